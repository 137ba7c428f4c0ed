// The queue page: lists the queue with move up, move down and remove for each essay, keeps the focus on the control
// that was used, and says each change to screen readers.
import { essayUrl } from '../../lib/site/urls.ts';
import { continuousPlay, saveContinuousPlay } from './continuous-play.ts';
import { type QueuedEssay, removed } from './queue-list.ts';
import { moved } from './queue-order.ts';
import { onQueueChange, readQueue, saveQueue } from './queue-store.ts';

type Action = 'up' | 'down' | 'remove';

const root = document.querySelector<HTMLElement>('[data-queue-page]');
const list = root?.querySelector<HTMLOListElement>('[data-queue-items]');
const empty = root?.querySelector<HTMLElement>('[data-queue-empty]');
const status = root?.querySelector<HTMLElement>('[data-queue-status]');
const continuous = root?.querySelector<HTMLElement>('[data-queue-continuous]');

function button(action: Action, label: string, essay: QueuedEssay, disabled: boolean): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = `queue-action queue-${action}`;
  node.dataset.action = action;
  node.dataset.slug = essay.slug;
  node.disabled = disabled;
  node.textContent = label;
  node.setAttribute('aria-label', `${label}: ${essay.title}`);
  return node;
}

function item(essay: QueuedEssay, index: number, count: number): HTMLLIElement {
  const link = document.createElement('a');
  link.href = essayUrl(essay.slug);
  link.textContent = essay.title;
  const actions = document.createElement('div');
  actions.className = 'queue-actions';
  actions.append(
    button('up', 'Move up', essay, index === 0),
    button('down', 'Move down', essay, index === count - 1),
    button('remove', 'Remove', essay, false),
  );
  const node = document.createElement('li');
  node.append(link, actions);
  return node;
}

function render(): void {
  if (!list || !empty) return;
  const queue = readQueue();
  list.replaceChildren(...queue.map((essay, index) => item(essay, index, queue.length)));
  empty.hidden = queue.length > 0;
}

/** The focus stays with the essay moved (or, at an end, on its other move); after a removal it goes to a neighbour. */
function refocus(slug: string, action: Action): void {
  if (!list) return;
  const mine = (wanted: Action): HTMLButtonElement | null =>
    list.querySelector(`[data-slug="${CSS.escape(slug)}"][data-action="${wanted}"]`);
  const target =
    action === 'remove'
      ? list.querySelector<HTMLButtonElement>('[data-action="remove"]')
      : [mine(action), mine(action === 'up' ? 'down' : 'up')].find((node) => node && !node.disabled);
  (target ?? list.closest('main') ?? document.body).focus();
}

list?.addEventListener('click', (event) => {
  const control = (event.target as Element).closest<HTMLButtonElement>('[data-action]');
  const { action, slug = '' } = control?.dataset ?? {};
  if (action !== 'up' && action !== 'down' && action !== 'remove') return;
  const queue = readQueue();
  const title = queue.find((essay) => essay.slug === slug)?.title ?? '';
  const next = action === 'remove' ? removed(queue, slug) : moved(queue, slug, action === 'up' ? -1 : 1);
  saveQueue(next);
  refocus(slug, action);
  if (status)
    status.textContent =
      action === 'remove'
        ? `Removed ${title}.`
        : `Moved ${title} to ${next.findIndex((essay) => essay.slug === slug) + 1} of ${next.length}.`;
});

const checkbox = continuous?.querySelector<HTMLInputElement>('input');
if (continuous && checkbox) {
  checkbox.checked = continuousPlay();
  checkbox.addEventListener('change', () => saveContinuousPlay(checkbox.checked));
  continuous.hidden = false;
}
root?.querySelector('.queue-without-script')?.remove();
onQueueChange(render);
render();
