// What `npm run new` writes, decided without disk or clock: the slug, the file, its frontmatter and placeholder body.
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { isoCalendarDate, parseCalendarDate } from '../formats/dates.ts';
import { slugOfPath } from './frontmatter.ts';
import { slugify } from './slug.ts';

/** Where essays live, relative to the site's root. */
export const ESSAYS_FOLDER = 'content/essays';

export const NEW_ESSAY_USAGE = `Usage: npm run new -- "Essay title" [--category "Name"] [--date YYYY-MM-DD]

Writes content/essays/<slug>.mdx as a draft, with a placeholder description and body.
  --category  the essay's category (default: the category most essays already have)
  --date      the publication date (default: today in the site's timezone)`;

export type NewEssayRequest =
  | { readonly help: true }
  | {
      readonly help: false;
      readonly title: string;
      readonly category?: string | undefined;
      readonly date?: string | undefined;
    };

const parseCommandLine = (args: readonly string[]) =>
  parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { category: { type: 'string' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });

/** Reads the command line; a missing title or an unknown flag throws with the usage. */
export function parseNewEssayArgs(args: readonly string[]): NewEssayRequest {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(args);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\n${NEW_ESSAY_USAGE}`, { cause: error });
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1) {
    throw new Error(`give the title as one quoted argument (got ${positionals.length})\n\n${NEW_ESSAY_USAGE}`);
  }
  return { help: false, title: positionals[0] ?? '', category: values.category, date: values.date };
}

/** The category most essays have (ties: the first in alphabetical order), so a new essay joins the main series. */
export function mostUsedCategory(categories: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const category of categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b))[0]?.[0];
}

export interface NewEssayInput {
  readonly title: string;
  readonly category?: string | undefined;
  readonly date?: string | undefined;
  /** Categories of the existing essays, for the default. */
  readonly existingCategories: readonly string[];
  /** Paths of the existing essays, so that a slug already taken anywhere below content/essays/ is refused. */
  readonly existingPaths: readonly string[];
  readonly now: Date;
  readonly timeZone: string;
}

export interface NewEssay {
  readonly slug: string;
  /** Relative to the site's root. */
  readonly path: string;
  readonly source: string;
}

const PLACEHOLDER_DESCRIPTION = 'One or two plain sentences that say what this essay is about.';
const PLACEHOLDER_BODY = 'Write the essay here. Remove `draft: true` above when it is ready to publish.\n';

export function newEssay(input: NewEssayInput): NewEssay {
  const title = input.title.trim();
  const slug = slugify(title);
  if (slug === '') throw new Error(`the title "${input.title}" has no letter or digit to make a file name from`);
  const path = `${ESSAYS_FOLDER}/${slug}.mdx`;
  const taken = input.existingPaths.find((existing) => slugOfPath(existing) === slug);
  if (taken)
    throw new Error(`${taken} already exists with the slug "${slug}"; choose another title, or edit that file`);
  const category = input.category?.trim() || mostUsedCategory(input.existingCategories);
  if (!category) throw new Error('there are no essays to take a category from: give one with --category "Name"');
  if (slugify(category) === '') throw new Error(`the category "${category}" has no letter or digit to make a URL from`);
  if (input.date !== undefined) {
    try {
      parseCalendarDate(input.date, input.timeZone);
    } catch (error) {
      throw new Error(`--date: ${(error as Error).message}`, { cause: error });
    }
  }
  const date = input.date?.trim() ?? isoCalendarDate(input.now, input.timeZone);
  // The core schema keeps the date a string, as the essay loader reads it.
  const frontmatter = yaml.dump(
    { title, date, category, description: PLACEHOLDER_DESCRIPTION, draft: true },
    { schema: yaml.CORE_SCHEMA, lineWidth: -1 },
  );
  return { slug, path, source: `---\n${frontmatter}---\n\n${PLACEHOLDER_BODY}` };
}
