// The chapter list at work, loaded on first use (on-demand.ts): marks the chapter playing, and jumps to a chapter
// from the list or with previous and next, saying where it went.
import type { LecternPlayer } from '../player/lectern-player.ts';
import { CHAPTER_STEP } from './chapter-keys.ts';
import { chapterAt, chapterStep } from './chapter-steps.ts';

function connectChapters(root: HTMLElement): void {
  const player = root.closest('lectern-player') as LecternPlayer;
  const { audio } = player;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-start]')];
  const starts = links.map((link) => Number(link.dataset.start));
  const titles = links.map((link) => link.firstElementChild?.textContent ?? '');
  const now = root.querySelector('[data-chapter-now]');
  let current = -1;

  const mark = (): void => {
    const index = chapterAt(starts, player.position);
    if (index === current) return;
    links[current]?.removeAttribute('aria-current');
    links[index]?.setAttribute('aria-current', 'true');
    if (now) now.textContent = titles[index] ?? '';
    current = index;
  };

  const jump = (index: number | undefined, play: boolean): void => {
    if (index === undefined) {
      player.announce('This is the last chapter');
      return;
    }
    const message = `Chapter ${index + 1} of ${links.length}: ${titles[index]}`;
    // Starting to play says "Playing"; the chapter is said after it, not drowned by it.
    if (play && audio.paused) audio.addEventListener('play', () => player.announce(message), { once: true });
    else player.announce(message);
    player.seekTo(starts[index] ?? 0, { play });
    mark();
  };

  for (const type of ['timeupdate', 'seeked']) audio.addEventListener(type, mark);
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-start]');
    if (!link) return;
    event.preventDefault();
    jump(links.indexOf(link), true);
  });
  root.addEventListener(CHAPTER_STEP, (event) =>
    jump(chapterStep(starts, player.position, (event as CustomEvent<number>).detail), false),
  );
  mark();
}

const root = document.querySelector<HTMLElement>('lectern-player [data-chapters]');
if (root) connectChapters(root);
