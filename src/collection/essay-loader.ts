// Loads content/essays/**/*.{md,mdx} (single files and page bundles) through Astro's glob loader, adding the checks it lacks at the boundary (src/lib/essays/frontmatter.ts).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { prepassEssays } from '../lib/site/build-flags.ts';
import { decodeUtf8, isEssayFile, readFrontmatter, slugCollisions, slugOfPath } from '../lib/essays/frontmatter.ts';
import { withoutRenderErrorDumps } from '../lib/essays/render-error-dumps.ts';

const escapeGlob = (text: string): string => text.replace(/[\\*?[\]{}()!+@,]/g, '\\$&');

/** Every essay, or, for the narration pre-pass, only those it must render (src/narration/pipeline/prepass.ts names them). */
function essayPattern(only = prepassEssays()): string {
  if (only === undefined || only === '*') return '**/*.{md,mdx}';
  const names = only.map(escapeGlob);
  const name = names.length === 1 ? names[0] : `{${names.join(',')}}`;
  // <slug>.md(x) or the bundle <slug>/index.md(x): the same slug rule as slugOfPath.
  return `**/{${name},${name}/index}.{md,mdx}`;
}

// Astro's glob loader logs a .md essay that fails to render and builds on, publishing it empty: "Error rendering
// x.md: Failed to parse Markdown file "/abs/x.md":\nline 4: …" (the line from src/plugins/fail-at.ts, in the body).
const RENDER_ERROR =
  /^Error rendering (.+?): (?:Failed to parse Markdown file "[^"]*":\s*)?(?:line (\d+): )?([\s\S]*)$/;

/** The lines of a file before its body as the content layer renders it: the frontmatter, then the blank lines it trims. */
const frontmatterLines = (source: string): number =>
  (/^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)(?:[ \t]*\r?\n)*/.exec(source)?.[0] ?? '').split('\n').length - 1;

/** The logger the glob loader is given: its render errors are kept in problems, as the essay's file and line. */
function keepingRenderErrors(
  logger: LoaderContext['logger'],
  base: string,
  offsets: Map<string, number>,
  problems: string[],
) {
  const failed: string[] = [];
  const kept: LoaderContext['logger'] = Object.create(logger);
  kept.error = (message: string) => {
    const [, entry, line, reason] = RENDER_ERROR.exec(message) ?? [];
    if (entry === undefined || reason === undefined) return logger.error(message);
    const file = relative(process.cwd(), join(base, entry));
    const at = line === undefined ? '' : `:${Number(line) + (offsets.get(file) ?? 0)}`;
    problems.push(`${file}${at}: ${reason.trim()}`);
    failed.push(slugOfPath(entry));
  };
  return { kept, failed };
}

/** A problem with the essay's file or frontmatter, as one line naming the file (Astro's schema errors are Markdown). */
function fileProblem(file: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replaceAll('**', '').trim();
  return message.startsWith(file) ? message : `${file}: ${message}`;
}

export function essayLoader(base: string): Loader {
  const inner = glob({ pattern: essayPattern(), base, generateId: ({ entry }) => slugOfPath(entry) });
  return {
    name: 'lectern-essays',
    load: async (context) => {
      const entries = await readdir(base, { recursive: true });
      const problems = slugCollisions(entries.filter(isEssayFile).map((entry) => join(base, entry)));
      const offsets = new Map<string, number>();
      const { kept, failed } = keepingRenderErrors(context.logger, base, offsets, problems);
      await withoutRenderErrorDumps(() =>
        inner.load({
          ...context,
          logger: kept,
          parseData: async (entry) => {
            const file = relative(process.cwd(), entry.filePath ?? entry.id);
            try {
              const source = decodeUtf8(await readFile(entry.filePath ?? entry.id), file);
              offsets.set(file, frontmatterLines(source));
              return await context.parseData({ ...entry, data: readFrontmatter(source, file) as typeof entry.data });
            } catch (error) {
              // Kept to report with every other essay's problem at the end of the load, not one per build.
              problems.push(fileProblem(file, error));
              failed.push(entry.id);
              return entry.data;
            }
          },
        }),
      );
      // Every essay that failed, in one run, rather than one problem per build; forgotten by the data store, which
      // would otherwise keep it as rendered (empty) and never render it again while its text is unchanged.
      for (const id of failed) context.store.delete(id);
      if (problems.length) throw new Error(problems.sort().join('\n'));
    },
  };
}
