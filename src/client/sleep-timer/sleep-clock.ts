// The sleep timer's arithmetic, with time passed in: what it can be set to, how long is left, and how loud the
// narration is while it fades out.
import { formatClock } from '../../lib/formats/media-time.ts';

/** The choices the player offers, as its select's values: the end of this essay, or minutes. */
export const SLEEP_CHOICES = [
  { value: 'end', label: 'End of this essay' },
  { value: '15', label: '15 minutes' },
  { value: '30', label: '30 minutes' },
  { value: '60', label: '60 minutes' },
] as const;

/** A set timer: until the narration ends, or until a moment on the clock (milliseconds since the epoch). */
export type SleepTimer = { until: 'end' } | { until: number };

/** Where the narration is, for a timer that waits for its end. */
export interface Listening {
  position: number;
  duration: number;
  rate: number;
}

/** How long the narration fades out before it stops: long enough to drift off, short enough to notice. */
export const FADE_MS = 6000;

/** The timer a select's value sets at `now`; undefined for "Off" or anything unknown. */
export function startSleep(value: string, now: number): SleepTimer | undefined {
  if (value === 'end') return { until: 'end' };
  const minutes = Number(value);
  return value !== '' && minutes > 0 ? { until: now + minutes * 60_000 } : undefined;
}

/** Milliseconds until the timer stops the narration: by the clock, or the listening left at this speed. */
export function sleepLeft(timer: SleepTimer, now: number, { position, duration, rate }: Listening): number {
  if (timer.until === 'end') return Math.max(0, ((duration - position) / (rate || 1)) * 1000);
  return Math.max(0, timer.until - now);
}

/**
 * The share of the listener's volume to play at, with `left` milliseconds to go: all of it until the fade, then down
 * to silence along a square curve, which the ear hears as a steadier fall than a straight line.
 */
export function fadeVolume(left: number, fade: number = FADE_MS): number {
  if (left >= fade) return 1;
  const share = Math.max(0, left) / fade;
  return share * share;
}

/** The time left as the player shows it, "14:32", counting whole seconds up so that it reads 0:00 only at the end. */
export const sleepClock = (left: number): string => formatClock(Math.ceil(left / 1000));
