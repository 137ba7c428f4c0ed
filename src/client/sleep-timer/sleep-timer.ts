// The sleep timer at work, loaded when a listener first sets it (on-demand.ts), which it starts: counts down where
// they can see it, fades the narration out and pauses it, and can be cancelled.
import type { LecternPlayer } from '../player/lectern-player.ts';
import { fadeVolume, type SleepTimer, sleepClock, sleepLeft, startSleep } from './sleep-clock.ts';

// Four times a second keeps the fade smooth and the countdown on time, without waking the page for nothing.
const TICK_MS = 250;

function connectSleepTimer(root: HTMLElement): void {
  const player = root.closest('lectern-player') as LecternPlayer;
  const { audio } = player;
  const select = root.querySelector('select') as HTMLSelectElement;
  const left = root.querySelector<HTMLElement>('[data-sleep-left]');
  const remaining = root.querySelector('[data-sleep-remaining]');
  // Shown in the summary of the "More" that holds the timer, so that it shows while the panel is closed.
  const status = player.querySelector('[data-more-status]');
  let timer: SleepTimer | undefined;
  let tick: ReturnType<typeof setInterval> | undefined;
  // The listener's own volume, which the fade scales and a cancel gives back.
  let volume = audio.volume;

  const show = (clock: string): void => {
    // Four ticks a second, one new second: the page changes once a second.
    if (!remaining || remaining.textContent === clock) return;
    remaining.textContent = clock;
    if (status) status.textContent = clock && `Sleep ${clock}`;
  };
  const stop = (message: string): void => {
    clearInterval(tick);
    timer = undefined;
    audio.volume = volume;
    select.value = '';
    if (left) left.hidden = true;
    show('');
    player.announce(message);
  };
  const update = (): void => {
    if (!timer) return;
    const ms = sleepLeft(timer, Date.now(), {
      position: player.position,
      duration: player.duration,
      rate: audio.playbackRate,
    });
    show(sleepClock(ms));
    if (!audio.paused) audio.volume = volume * fadeVolume(ms);
    if (ms > 0) return;
    if (audio.paused) {
      stop('The sleep timer has ended');
      return;
    }
    // Pausing says "Paused at …"; the timer's news comes after it.
    audio.addEventListener('pause', () => stop('The sleep timer paused the narration'), { once: true });
    timer = undefined;
    audio.pause();
  };
  const set = (): void => {
    clearInterval(tick);
    if (timer) audio.volume = volume;
    timer = startSleep(select.value, Date.now());
    if (!timer) {
      stop('Sleep timer off');
      return;
    }
    volume = audio.volume;
    if (left) left.hidden = false;
    tick = setInterval(update, TICK_MS);
    update();
    player.announce(`Sleep timer set: ${select.selectedOptions[0]?.textContent ?? ''}`);
  };

  select.addEventListener('change', set);
  root.querySelector('[data-sleep-cancel]')?.addEventListener('click', () => stop('Sleep timer off'));
  set();
}

const root = document.querySelector<HTMLElement>('lectern-player [data-sleep]');
if (root) connectSleepTimer(root);
