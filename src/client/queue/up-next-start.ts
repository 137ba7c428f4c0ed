// Up front on an essay page, and small: loads "Up next" (up-next.ts) on the first play, or at once when the queue
// moved to this essay, so that its player starts.
import type { LecternPlayer } from '../player/lectern-player.ts';
import { takeQueueStart } from './queue-store.ts';

const player = document.querySelector<LecternPlayer>('lectern-player');
const load = (start: boolean): void => {
  import('./up-next.ts')
    .then(({ connectUpNext }) => connectUpNext(player as LecternPlayer, start))
    .catch((error: unknown) => console.error('Lectern: "Up next" could not load.', error));
};
if (player) {
  if (takeQueueStart(player.dataset.slug ?? '')) load(true);
  else player.querySelector('audio')?.addEventListener('play', () => load(false), { once: true });
}
