// npm run new -- "Essay title": starts an essay file, so an author never copies frontmatter by hand.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEssayFile, readFrontmatter } from '../src/lib/essays/frontmatter.ts';
import { ESSAYS_FOLDER, NEW_ESSAY_USAGE, newEssay, parseNewEssayArgs } from '../src/lib/essays/new-essay.ts';
import { absoluteUrl, essayUrl } from '../src/lib/site/urls.ts';
import { SITE } from '../src/site.config.ts';

const essayPaths = (): string[] =>
  existsSync(ESSAYS_FOLDER)
    ? readdirSync(ESSAYS_FOLDER, { recursive: true, encoding: 'utf8' })
        .filter(isEssayFile)
        .sort()
        .map((file) => join(ESSAYS_FOLDER, file))
    : [];

const categoryOf = (path: string): string => String(readFrontmatter(readFileSync(path, 'utf8'), path).category ?? '');

function main(args: string[]): void {
  const request = parseNewEssayArgs(args);
  if (request.help) {
    console.log(NEW_ESSAY_USAGE);
    return;
  }
  const paths = essayPaths();
  const essay = newEssay({
    ...request,
    existingPaths: paths,
    // Only read the other essays when the default is needed: a broken essay elsewhere should not block this one.
    existingCategories: request.category === undefined ? paths.map(categoryOf) : [],
    now: new Date(),
    timeZone: SITE.timezone,
  });
  mkdirSync(ESSAYS_FOLDER, { recursive: true });
  // 'wx' refuses an existing file even if one appeared since the check above.
  writeFileSync(essay.path, essay.source, { flag: 'wx' });
  console.log(`new: wrote ${essay.path} (a draft: it shows in npm run dev, not in the built site)`);
  console.log(`new: once published, it will be at ${absoluteUrl(essayUrl(essay.slug))}`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`new: ${(error as Error).message}`);
  process.exitCode = 1;
}
