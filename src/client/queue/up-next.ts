// "Up next", put on the page at the first play (up-next-start.ts): shows the next essay in the mini player, and when the narration ends starts the
// queue's next essay after a cancellable countdown, or offers the next in this category. The next essay starts on its
// own page: this page marks it (queue-store.ts) and goes there, and that page's player resumes where it was left.
import type { LecternPlayer } from '../player/lectern-player.ts';
import { essayUrl } from '../../lib/site/urls.ts';
import { type NarratedEssay, nextInCategory } from './category-next.ts';
import { loadNarratedEssays } from './narrated-essays.ts';
import { COUNTDOWN_SECONDS, secondsLeft } from './countdown.ts';
import { continuousPlay } from './continuous-play.ts';
import { type QueuedEssay, removed } from './queue-list.ts';
import { nextInQueue } from './queue-order.ts';
import { forgetQueueMove, markQueueMove, queueMovedTo, queuePrevious } from './queue-moves.ts';
import { onQueueChange, readQueue, saveQueue } from './queue-store.ts';

interface Next {
  essay: QueuedEssay;
  /** From the queue; otherwise the next in this category, which is only offered. */
  queued: boolean;
  category?: string;
}

const categoryNext = async (slug: string): Promise<NarratedEssay | undefined> =>
  nextInCategory(await loadNarratedEssays(), slug);

function essayLink(essay: QueuedEssay, onFollow: () => void): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = essayUrl(essay.slug);
  link.textContent = essay.title;
  link.addEventListener('click', onFollow);
  return link;
}

async function connectUpNext(player: LecternPlayer): Promise<void> {
  await customElements.whenDefined('lectern-player');
  const { audio } = player;
  const slug = player.dataset.slug ?? '';
  const panel = player.querySelector<HTMLElement>('[data-up-next]');
  const line = panel?.querySelector<HTMLElement>('[data-up-next-line]');
  const cancel = panel?.querySelector<HTMLButtonElement>('[data-up-next-cancel]');
  const mini = player.querySelector<HTMLElement>('[data-mini-next]');
  const category = categoryNext(slug);
  let inCategory: NarratedEssay | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;

  const next = (): Next | undefined => {
    const queued = nextInQueue(readQueue(), slug);
    if (queued) return { essay: queued, queued: true };
    return inCategory && { essay: inCategory, queued: false, category: inCategory.category };
  };
  /** Leaves this essay for another: neither stays in the queue, and the next page's player starts. */
  const leaveFor = (essay: QueuedEssay): void => {
    saveQueue(removed(removed(readQueue(), slug), essay.slug));
    markQueueMove(essay.slug, slug);
  };
  const go = (essay: QueuedEssay): void => {
    leaveFor(essay);
    location.assign(essayUrl(essay.slug));
  };
  const stop = (): void => {
    clearInterval(timer);
    timer = undefined;
    if (cancel) cancel.hidden = true;
  };
  const show = (label: string, essay?: QueuedEssay): void => {
    if (!panel || !line) return;
    line.replaceChildren(label, ...(essay ? [' ', essayLink(essay, () => leaveFor(essay))] : []));
    panel.hidden = false;
  };
  const labelOf = ({ queued, category: name }: Next): string => (queued ? 'Up next:' : `Next in ${name}:`);

  const showMini = (): void => {
    if (!mini) return;
    const upNext = next();
    mini.replaceChildren(...(upNext ? ['Up next: ', essayLink(upNext.essay, () => leaveFor(upNext.essay))] : []));
    mini.hidden = !upNext;
    if ('mediaSession' in navigator)
      navigator.mediaSession.setActionHandler('nexttrack', upNext ? () => go(upNext.essay) : null);
  };

  const countDown = (essay: QueuedEssay): void => {
    const deadline = Date.now() + COUNTDOWN_SECONDS * 1000;
    const tick = (): void => {
      const left = secondsLeft(deadline, Date.now());
      if (left === 0) {
        stop();
        go(essay);
      } else show(`Up next in ${left} s:`, essay);
    };
    tick();
    if (cancel) cancel.hidden = false;
    timer = setInterval(tick, 250);
    player.announce(`Finished. Up next in ${COUNTDOWN_SECONDS} seconds: ${essay.title}. Cancel to stay.`);
  };

  audio.addEventListener('ended', () => {
    const upNext = next();
    if (!upNext) return;
    if (upNext.queued && continuousPlay()) countDown(upNext.essay);
    else show(labelOf(upNext), upNext.essay);
  });
  audio.addEventListener('play', () => {
    stop();
    if (panel) panel.hidden = true;
  });
  cancel?.addEventListener('click', () => {
    stop();
    const upNext = next();
    if (upNext) show(labelOf(upNext), upNext.essay);
    player.announce('Staying on this essay.');
    line?.querySelector('a')?.focus();
  });

  const previous = queuePrevious();
  if (previous && previous !== slug && 'mediaSession' in navigator)
    navigator.mediaSession.setActionHandler('previoustrack', () => {
      // Back to the essay the queue came from, and this one waits at the head of the queue again.
      saveQueue([{ slug, title: player.dataset.title ?? '' }, ...removed(readQueue(), slug)]);
      markQueueMove(previous, slug);
      location.assign(essayUrl(previous));
    });

  onQueueChange(showMini);
  showMini();
  if (queueMovedTo(slug)) {
    forgetQueueMove();
    audio.play().catch((error: DOMException) => {
      if (error.name === 'NotAllowedError') show('Your queue brought you here. Press play to listen.');
    });
  }
  inCategory = await category;
  showMini();
}

const player = document.querySelector<LecternPlayer>('lectern-player');
if (player)
  connectUpNext(player).catch((error: unknown) => console.error('Lectern: "Up next" could not start.', error));
