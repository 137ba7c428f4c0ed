// Fills and shows the home page's "Continue listening" card from the player's saved state, and hides it for good
// (until the reader listens on) when dismissed.
import { continueListening, dismissContinueListening } from './continue-offer.ts';
import { formatClock } from '../../lib/formats/media-time.ts';
import { essayUrl } from '../../lib/site/urls.ts';

const card = document.querySelector<HTMLElement>('[data-continue-listening]');
const offer = continueListening();
if (card && offer) {
  const link = card.querySelector<HTMLAnchorElement>('[data-continue-link]');
  const time = card.querySelector<HTMLElement>('[data-continue-time]');
  if (link && time) {
    link.href = essayUrl(offer.slug);
    link.textContent = offer.title;
    time.textContent = `— ${formatClock(offer.position)} of ${formatClock(offer.duration)}`;
    card.hidden = false;
    card.querySelector('[data-continue-dismiss]')?.addEventListener('click', () => {
      dismissContinueListening(offer.slug, offer.position);
      card.hidden = true;
    });
  }
}
