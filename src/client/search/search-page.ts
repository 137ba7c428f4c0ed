// The search page: loads Pagefind when the page opens, searches as the reader types, and keeps the query in the
// address (?q=) so that a search can be shared, reloaded and returned to.
import { loadPagefind } from './pagefind-api.ts';
import { resultItem } from './search-results.ts';
import { essayUrl } from '../../lib/site/urls.ts';
import { loadNarratedEssays } from '../queue/narrated-essays.ts';

const root = document.querySelector<HTMLElement>('[data-search]');
const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
const status = root?.querySelector<HTMLElement>('[data-search-status]');
const list = root?.querySelector<HTMLOListElement>('[data-search-results]');

const count = (n: number): string => (n === 1 ? '1 essay' : `${n} essays`);

async function start(): Promise<void> {
  if (!root?.dataset.script || !input || !status || !list) return;
  status.textContent = 'Loading search…';
  const narrated = loadNarratedEssays();
  const pagefind = await loadPagefind(root.dataset.script);
  await pagefind.init();
  input.disabled = false;
  status.textContent = '';

  const show = async (query: string): Promise<void> => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    // null: a newer keystroke replaced this search.
    const search = await pagefind.debouncedSearch(query);
    if (!search) return;
    const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    const essays = await narrated;
    list.replaceChildren(
      ...results.map((result) =>
        resultItem(
          result,
          essays.find((essay) => essayUrl(essay.slug) === result.url),
        ),
      ),
    );
    status.textContent =
      results.length === 0 ? `No essay contains “${query}”.` : `${count(search.results.length)} found for “${query}”.`;
  };
  input.addEventListener('input', () => void show(input.value));
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  if (initial) await show(initial);
  else input.focus();
}

start().catch((error: unknown) => {
  console.error('Lectern search could not start.', error);
  if (status) status.textContent = 'Search could not load. Every essay is listed in the archive.';
});
