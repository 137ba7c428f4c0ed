// The peer's essays: content/essays/*.md with the synthetic essays' frontmatter.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const essays = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/essays' }),
  schema: z.object({ title: z.string(), date: z.coerce.date(), category: z.string(), description: z.string(), tags: z.array(z.string()) }),
});

export const collections = { essays };
