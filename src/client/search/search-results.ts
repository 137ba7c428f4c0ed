// Draws search results as the essay lists look, from Pagefind's data, with the DOM's text nodes: titles and
// excerpts from the index are never parsed into the page as markup.
import type { PagefindResultData } from './pagefind-api.ts';
import type { QueuedEssay } from '../queue/queue-list.ts';

/** The excerpt's text, with Pagefind's <mark>s kept and anything else reduced to its text. */
export function excerptNodes(excerpt: string): Node[] {
  // A parsed, inert document: nothing in it runs or loads, and only its text and its marks are copied out.
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A result, with "Listen later" when the essay is narrated. */
/** "Listen later" as src/components/queue/QueueButton.astro renders it; the queue's script shows and labels it. */
function queueButton({ slug, title }: QueuedEssay): HTMLButtonElement {
  const button = element('button', 'queue-toggle');
  button.type = 'button';
  button.hidden = true;
  Object.assign(button.dataset, { queueToggle: '', slug, title });
  return button;
}

export function resultItem({ url, excerpt, meta }: PagefindResultData, narrated?: QueuedEssay): HTMLLIElement {
  const link = element('a', undefined, meta.title ?? url);
  link.href = url;
  const heading = element('h2');
  heading.append(link);
  const details = [meta.date, meta.category].filter((part): part is string => Boolean(part)).join(' · ');
  const text = element('p', 'search-excerpt');
  // Pagefind's excerpt is a window into the essay, usually mid-sentence at both ends.
  text.append('… ', ...excerptNodes(excerpt), ' …');
  const article = element('article');
  // As the essay lists have it: the date and category together, then "Listen later" beside them.
  const about = element('p', 'essay-list-meta');
  about.append(element('span', undefined, details), ...(narrated ? [queueButton(narrated)] : []));
  article.append(heading, about, text);
  const item = element('li');
  item.append(article);
  return item;
}
