// What a build reports about an essay's frontmatter, without a build: Lectern's reader and schema, parsed with
// Astro's own zod error map and listed as Astro lists them ("  **date**: …", bold dropped, as in a terminal log).
import { errorMap } from '../../node_modules/astro/dist/core/errors/zod-error-map.js';
import { essaySchema, type EssayData } from '../../src/lib/essays/essay-schema.ts';
import { readFrontmatter } from '../../src/lib/essays/frontmatter.ts';

export const TIME_ZONE = 'Europe/London';
/** The one recording that exists in these tests' public/ folder. */
export const EXISTING_AUDIO = '/audio/recorded.mp3';

const schema = essaySchema({ timeZone: TIME_ZONE, publicFileExists: (path) => path === EXISTING_AUDIO });

export type Checked = { ok: true; data: EssayData } | { ok: false; problems: string[] };

/** Validates frontmatter fields as the content collection does. */
export function checkFields(fields: Record<string, unknown>): Checked {
  const parsed = schema.safeParse(fields, { error: errorMap });
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
}

/** An essay file's source through readFrontmatter (which throws, naming the file) and then the schema. */
export const checkEssay = (source: string, file: string): Checked => checkFields(readFrontmatter(source, file));
