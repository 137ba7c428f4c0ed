// Wakes the chapter list the first time it is wanted (play, opening it, previous or next, n or p); until then it is
// links to times, which the player follows by itself. Its code is its own self-contained bundle (see
// ../share-time/on-demand.ts for why), told of each step by an event.
import { CHAPTER_STEP, chapterKey } from './chapter-keys.ts';
import url from './chapters.ts?worker&url';

const root = document.querySelector('lectern-player [data-chapters]');
const player = root?.closest('lectern-player');
if (root && player) {
  const load = (): Promise<unknown> => import(/* @vite-ignore */ url);
  const step = (by: number): void =>
    void load().then(() => root.dispatchEvent(new CustomEvent(CHAPTER_STEP, { detail: by })));
  // Neither event bubbles; a capturing listener hears it from the audio and the disclosure inside.
  player.addEventListener('play', load, { capture: true, once: true });
  root.addEventListener('toggle', load, { capture: true, once: true });
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-chapter-step]');
    if (button) step(Number(button.dataset.chapterStep));
  });
  player.addEventListener('keydown', (event) => {
    const by = chapterKey(event as KeyboardEvent);
    if (!by) return;
    event.preventDefault();
    step(by);
  });
}
