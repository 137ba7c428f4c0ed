// Bare Astro peer: MDX, the unified processor with remark-gfm and rehype-slug, Lectern's versions of each.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';

export default defineConfig({
  site: 'https://peer.example.org',
  integrations: [mdx()],
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] }) },
});
