// Up front on an essay page, and small: loads "Up next" (up-next.ts) at the first play, or at once when the queue moved
// to this essay so that its player starts. Vite builds up-next.ts whole into one file of its own (the ?worker&url
// build, here run as a page script): a dynamic import() would bring Vite's ~1 KB preloading helper up front with it.
import upNextScript from './up-next.ts?worker&url';
import { queueMovedTo } from './queue-moves.ts';

const player = document.querySelector<HTMLElement>('lectern-player');
const load = (): void => {
  const script = document.createElement('script');
  // A module: the dev server serves it with its imports; the build's single file runs as one too.
  script.type = 'module';
  script.src = upNextScript;
  document.head.append(script);
};
if (player) {
  if (queueMovedTo(player.dataset.slug ?? '')) load();
  else player.querySelector('audio')?.addEventListener('play', load, { once: true });
}
