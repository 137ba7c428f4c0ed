// The Saved page: lists the saved essays with their sizes and a remove button. Online, it checks each against the
// essay as published: one re-narrated since is removed and flagged, with "Save again".
import { unitOf } from './cache-names.ts';
import { canKeepOffline, registerWorker } from './register-worker.ts';
import { formatBytes } from './sizes.ts';
import { factsOf, removeSaved, type Saved, saveEssay, savedEssays } from './store.ts';

const page = document.querySelector<HTMLElement>('[data-saved-page]');
const list = page?.querySelector<HTMLUListElement>('[data-saved-list]');
const row = page?.querySelector<HTMLTemplateElement>('[data-saved-row]');
const note = page?.querySelector<HTMLElement>('[data-saved-note]');
const total = page?.querySelector<HTMLElement>('[data-saved-total]');
const status = page?.querySelector<HTMLElement>('[data-saved-status]');

/** The version of the essay as published now, or undefined when it cannot be asked (offline). */
async function publishedVersion(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return undefined;
    return factsOf(new DOMParser().parseFromString(await response.text(), 'text/html'))?.version;
  } catch {
    return undefined;
  }
}

function item({ cacheName, record }: Saved): HTMLLIElement | undefined {
  const copy = row?.content.firstElementChild?.cloneNode(true);
  if (!(copy instanceof HTMLLIElement)) return undefined;
  const part = <T extends HTMLElement>(name: string): T | null => copy.querySelector<T>(`[data-${name}]`);
  const title = part<HTMLAnchorElement>('title');
  if (title) {
    title.href = record.url;
    title.textContent = record.title;
  }
  const size = part('size');
  if (size) size.textContent = formatBytes(record.bytes);
  for (const name of copy.querySelectorAll('[data-name]')) name.textContent = ` ${record.title}`;
  part('remove')?.addEventListener('click', async () => {
    await removeSaved(cacheName);
    if (status) status.textContent = `Removed ${record.title}.`;
    await show();
  });
  const again = part<HTMLButtonElement>('save-again');
  const flag = part('flag');
  again?.addEventListener('click', async () => {
    again.disabled = true;
    try {
      await saveEssay(record.url, (done, all) => {
        if (flag) flag.textContent = `Saving: ${formatBytes(done)} of ${formatBytes(all)}`;
      });
      await show();
    } catch (error) {
      if (flag) flag.textContent = `Could not save: ${(error as Error).message}.`;
      again.disabled = false;
    }
  });
  void publishedVersion(record.url).then(async (version) => {
    // The cache's name says which narration it holds (cache-names.ts).
    if (version === undefined || version === unitOf(cacheName)?.version) return;
    // Its audio must never play against the new cues: the copy goes now, and the row says why.
    await removeSaved(cacheName);
    if (flag) {
      flag.hidden = false;
      flag.textContent = 'Re-narrated since you saved it: the old copy was removed.';
    }
    if (again) again.hidden = false;
    part('remove')?.remove();
    if (size) size.textContent = '';
  });
  return copy;
}

async function show(): Promise<void> {
  const saved = await savedEssays();
  list?.replaceChildren(...saved.flatMap((one) => item(one) ?? []));
  const bytes = saved.reduce((sum, { record }) => sum + record.bytes, 0);
  if (note) note.textContent = saved.length === 0 ? 'Nothing is saved yet.' : '';
  if (total)
    total.textContent =
      saved.length === 0
        ? ''
        : `${saved.length} ${saved.length === 1 ? 'essay' : 'essays'}, ${formatBytes(bytes)} in all`;
}

if (canKeepOffline()) {
  // Here too, so the page is kept for offline use once a listener has opened it.
  void registerWorker();
  void show().catch(console.warn);
} else if (note) note.textContent = 'This browser cannot keep essays for offline listening.';
