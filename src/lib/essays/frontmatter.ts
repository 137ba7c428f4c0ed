// Pure checks of an essay file at the content boundary: its slug, its encoding and its frontmatter.
import { basename } from 'node:path';
import yaml from 'js-yaml';

// An essay is <slug>.md(x), or a page bundle <slug>/index.md(x) with its images beside it.
const ESSAY_FILE = /\.mdx?$/;
const BUNDLE_INDEX = /[/\\]index\.mdx?$/;

/** Whether a file below the essays folder is an essay (MDX or plain Markdown) rather than an image or a note. */
export const isEssayFile = (path: string): boolean => ESSAY_FILE.test(path);

/** The essay's slug is its file name, or its bundle folder's name, wherever it sits below the essays folder. */
export const slugOfPath = (path: string): string => basename(path.replace(BUNDLE_INDEX, '')).replace(ESSAY_FILE, '');

/** Frontmatter as YAML's core schema reads it: dates stay strings, so the schema can reject 2024-02-30. */
export function readFrontmatter(source: string, file: string): Record<string, unknown> {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match)
    throw new Error(
      `${file}: no frontmatter; an essay starts with a --- block holding title, date, category and description`,
    );
  let data: unknown;
  try {
    data = yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: the frontmatter must be a set of fields such as "title: My essay"`);
  }
  return data as Record<string, unknown>;
}

/** Decodes strictly: a Latin-1 file would otherwise publish with replacement characters. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new Error(`${file}: the file is not valid UTF-8 text; save it as UTF-8`, { cause: error });
  }
}

/** Two files with one slug (in different folders, .md beside .mdx, or a bundle beside a file) would publish at one URL. */
export function slugCollisions(paths: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const collisions: string[] = [];
  for (const path of [...paths].sort()) {
    const slug = slugOfPath(path);
    const other = seen.get(slug);
    if (other) collisions.push(`${other} and ${path} have the same slug "${slug}"; rename one of them`);
    else seen.set(slug, path);
  }
  return collisions;
}
