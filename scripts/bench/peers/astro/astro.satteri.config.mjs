// Bare Astro peer on Astro 7's default Markdown engine (Sätteri): the same site, no markdown.processor.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://peer.example.org',
  integrations: [mdx()],
});
