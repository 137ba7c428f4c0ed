// Times as listeners write, read and hear them: "#t=1:35", "7:42", "3 minutes 12 seconds of 16 minutes", and "PT7M42S" for machines.

// Media Fragments URI 1.0 "npt" times: seconds, mm:ss or h:mm:ss, each with optional decimals.
const NPT = /^(?:npt:)?(?:(\d+)|(?:(\d+):)?([0-5]?\d):([0-5]\d))(\.\d*)?$/;

/** Seconds from "95", "95.5", "1:35" or "1:02:03"; undefined for anything else. */
export function parseMediaTime(text: string): number | undefined {
  const match = NPT.exec(text);
  if (!match) return undefined;
  const [, plainSeconds, hours = '0', minutes = '0', seconds = '0', fraction = ''] = match;
  const whole =
    plainSeconds !== undefined ? Number(plainSeconds) : Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return whole + (fraction.length > 1 ? Number(`0${fraction}`) : 0);
}

/** The start time of a URL fragment such as "#t=95" or "#t=1:35,2:00"; undefined without a valid one. */
export function fragmentStartTime(hash: string): number | undefined {
  // The last t= wins, as Media Fragments specify for repeated dimensions.
  const value = hash
    .replace(/^#/, '')
    .split('&')
    .filter((pair) => pair.startsWith('t='))
    .pop();
  if (value === undefined) return undefined;
  const start = decodeURIComponent(value.slice(2)).split(',')[0] ?? '';
  return parseMediaTime(start);
}

/** The fragment that starts the essay's player at a time, "#t=95.5": the form fragmentStartTime reads. */
export const timeFragment = (seconds: number): string => `#t=${Math.round(Math.max(0, seconds) * 1000) / 1000}`;

function wholeParts(seconds: number): [hours: number, minutes: number, seconds: number] {
  const total = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  return [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** "0:05", "7:42", "1:02:03": whole seconds, rounded down so elapsed never passes the total. */
export function formatClock(seconds: number): string {
  const [h, m, s] = wholeParts(seconds);
  return h > 0 ? `${h}:${twoDigits(m)}:${twoDigits(s)}` : `${m}:${twoDigits(s)}`;
}

/** ISO 8601 durations, as schema.org wants them: "PT3M12S", "PT1H0M5S"; whole seconds, rounded down. */
export function isoDuration(seconds: number): string {
  const [h, m, s] = wholeParts(seconds);
  return `PT${h > 0 ? `${h}H` : ''}${h > 0 || m > 0 ? `${m}M` : ''}${s}S`;
}

const count = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "3 minutes 12 seconds", "1 hour 5 seconds", "0 seconds": zero parts are left unsaid. */
export function spokenDuration(seconds: number): string {
  const [h, m, s] = wholeParts(seconds);
  const parts = [h && count(h, 'hour'), m && count(m, 'minute'), s && count(s, 'second')].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '0 seconds';
}

/** A seek bar's value text: "3 minutes 12 seconds of 16 minutes". */
export const spokenPosition = (position: number, duration: number): string =>
  `${spokenDuration(position)} of ${spokenDuration(duration)}`;
