// Renders an MDX file through the site's own Astro MDX pipeline (vitest runs on Astro's Vite config).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

export async function renderMdx(load: () => Promise<{ default: AstroComponentFactory }>): Promise<string> {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  return container.renderToString((await load()).default);
}
