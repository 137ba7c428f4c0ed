// The essays collection: content/essays/<slug>.mdx, validated against the frontmatter contract.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { essayLoader } from './collection/essay-loader.ts';
import { essaySchema } from './lib/essays/essay-schema.ts';
import { SITE } from './site.config.ts';

const essays = defineCollection({
  loader: essayLoader('./content/essays'),
  schema: essaySchema({
    timeZone: SITE.timezone,
    publicFileExists: (sitePath) => existsSync(join('public', sitePath)),
  }),
});

export const collections = { essays };
