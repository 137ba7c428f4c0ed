// "Listen later" / "Remove from queue" on every narrated essay in a list and on its own page: shown once this runs,
// and kept in step with the queue, in this tab and others, and in lists drawn in the browser (search's results).
import { added, inQueue, removed } from './queue-list.ts';
import { onQueueChange, readQueue, saveQueue } from './queue-store.ts';

const SELECTOR = '[data-queue-toggle]';

/** Shows each button on the page, labelled for whether its essay is queued. */
function update(): void {
  const queue = readQueue();
  for (const button of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) {
    const queued = inQueue(queue, button.dataset.slug ?? '');
    button.textContent = queued ? 'Remove from queue' : 'Listen later';
    // The visible words first, then the essay's title, so that each of a list's buttons says which essay it is.
    button.setAttribute('aria-label', `${button.textContent}: ${button.dataset.title ?? ''}`);
    button.toggleAttribute('data-queued', queued);
    button.hidden = false;
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>(SELECTOR);
  if (!button) return;
  const { slug = '', title = '' } = button.dataset;
  const queue = readQueue();
  saveQueue(inQueue(queue, slug) ? removed(queue, slug) : added(queue, { slug, title }));
});
onQueueChange(update);
// A list the browser draws is marked data-queue-live (search.astro): its buttons are shown as they arrive.
for (const live of document.querySelectorAll('[data-queue-live]'))
  new MutationObserver(update).observe(live, { childList: true });
update();
