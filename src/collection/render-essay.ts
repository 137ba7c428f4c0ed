// Renders an essay's body to an HTML string outside a page, for the feeds and the chapters (src/feeds/feed-essays.ts).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import type { EssayEntry } from './published-essays.ts';

let container: Promise<AstroContainer> | undefined;

export async function renderEssayHtml(essay: EssayEntry): Promise<string> {
  // One container for the whole build: creating one per essay costs ~50 ms each.
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(essay);
  return (await container).renderToString(Content);
}
