// "Copy link at this time", loaded by the first press (on-demand.ts), which it answers: copies the essay's address
// with #t= at the player's position, and says so on the button for a moment ([data-copied] shows its "Link copied")
// and to screen readers.
import { formatClock, timeFragment } from '../../lib/formats/media-time.ts';
import type { LecternPlayer } from '../player/lectern-player.ts';

// Long enough to read "Link copied", short enough that the button is soon itself again.
const CONFIRM_MS = 2000;

/** The page's address that starts its narration at this second (whole seconds: a link, not a cue). */
export const timeLink = (page: { origin: string; pathname: string }, seconds: number): string =>
  `${page.origin}${page.pathname}${timeFragment(Math.floor(seconds))}`;

let restore: ReturnType<typeof setTimeout> | undefined;

async function copyTimeLink(button: HTMLElement): Promise<void> {
  const player = button.closest('lectern-player') as LecternPlayer;
  const seconds = Math.floor(player.position);
  const link = timeLink(location, seconds);
  try {
    await navigator.clipboard.writeText(link);
    player.announce(`Link to ${formatClock(seconds)} copied`);
    clearTimeout(restore);
    button.toggleAttribute('data-copied', true);
    restore = setTimeout(() => button.removeAttribute('data-copied'), CONFIRM_MS);
  } catch (error) {
    // No clipboard (an insecure page, a refused permission): the link is still there, in the address bar.
    history.replaceState(null, '', link);
    player.announce('Could not copy the link; it is in the address bar');
    console.info(error);
  }
}

const button = document.querySelector<HTMLElement>('lectern-player [data-share-time]');
if (button) {
  void copyTimeLink(button);
  button.addEventListener('click', () => void copyTimeLink(button));
}
