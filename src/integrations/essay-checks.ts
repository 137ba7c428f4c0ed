// After the build, what only the built essays show, each naming the essay's file and line: a link to no page of the
// site fails the build, as does an image from another site, which the CSP never shows (a published 404 is worse than
// a stopped build, and the importer rewrites the old links and copies the old site's images it knows); an inline
// style attribute, which the CSP blocks, and code in a language Prism lacks are warned about.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { isEssayFile, slugOfPath } from '../lib/essays/frontmatter.ts';
import { prepassEssays } from '../lib/site/build-flags.ts';
import { servedFile } from '../lib/site/redirects.ts';
import { isForeignImage, linkLine, unresolvedBecause } from '../lib/site/site-links.ts';
import { essayUrl } from '../lib/site/urls.ts';
import { ESSAYS_DIR } from '../narration/pipeline/plan.ts';
import { takeUnknownLanguages } from '../plugins/remark-code-languages.ts';
import { SITE } from '../site.config.ts';
import { filesUnder } from './deploy-report.ts';

interface Findings {
  brokenLinks: string[];
  inlineStyles: string[];
}

/** The essay's body as the page shows it (EssayArticle's data-essay-body), or undefined for a page without one. */
export function essayBody(html: string): Element | undefined {
  let body: Element | undefined;
  visit(fromHtml(html), 'element', (node) => {
    if (node.properties.dataEssayBody !== undefined) body = node;
  });
  return body;
}

/** Where each styled element is written, in page order (the order of their tags in the source): its line, or none. */
function styleLines(source: string): (tagName: string) => number | undefined {
  let cursor = 0;
  return (tagName) => {
    const tag = new RegExp(`<${tagName}\\b[^>]*?\\sstyle\\s*=`, 'gi');
    tag.lastIndex = cursor;
    const found = tag.exec(source);
    if (!found) return undefined;
    cursor = tag.lastIndex;
    return source.slice(0, found.index).split('\n').length;
  };
}

/** One warning per line and tag, "×7" for seven: an imported widget's inline styles said once, not seven times. */
function counted(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, n]) => (n > 1 ? line.replace('style="…">', `style="…"> ×${n}`) : line));
}

function checkEssay(file: string, page: string, files: ReadonlySet<string>): Findings {
  const source = readFileSync(file, 'utf8');
  const where = (line: number | undefined): string => (line === undefined ? file : `${file}:${line}`);
  const findings: Findings = { brokenLinks: [], inlineStyles: [] };
  const body = essayBody(readFileSync(page, 'utf8'));
  if (!body) return findings;
  const pagePath = essayUrl(slugOfPath(file));
  const styleLine = styleLines(source);
  visit(body, 'element', (node) => {
    // An image that is not published is as broken as a link (a raw <img> in a moved-in essay, say).
    const href = node.tagName === 'a' ? node.properties.href : node.tagName === 'img' ? node.properties.src : undefined;
    const reason = typeof href === 'string' ? unresolvedBecause(href, pagePath, SITE.url, files) : undefined;
    const what = node.tagName === 'img' ? 'the image' : 'the link to';
    if (node.tagName === 'img' && typeof href === 'string' && isForeignImage(href, pagePath, SITE.url))
      findings.brokenLinks.push(
        `${where(linkLine(source, href))}: the image ${href} is never shown: the Content-Security-Policy lets a page show only this site's images; save it beside the essay and write its file name`,
      );
    if (reason)
      findings.brokenLinks.push(
        `${where(linkLine(source, String(href)))}: ${what} ${String(href)} leads nowhere: ${reason}`,
      );
    if (node.properties.style !== undefined)
      findings.inlineStyles.push(
        `${where(styleLine(node.tagName))}: <${node.tagName} style="…"> is ignored: the Content-Security-Policy blocks inline styles; use a class and CSS in src/styles/`,
      );
  });
  return { ...findings, inlineStyles: counted(findings.inlineStyles) };
}

export default function essayChecks(): AstroIntegration {
  return {
    name: 'lectern-essay-checks',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = new Set(filesUnder(dist).map(({ path }) => path.slice(1)));
        const essays = existsSync(ESSAYS_DIR)
          ? readdirSync(ESSAYS_DIR, { recursive: true, encoding: 'utf8' }).filter(isEssayFile).sort()
          : [];
        // A pre-pass of some essays (npm run narrate <slug>) builds no page for the others, which their links may
        // name: each is taken as published here, and the site's own build checks them.
        const linkable = new Set(files);
        if (Array.isArray(prepassEssays()))
          for (const name of essays) linkable.add(servedFile(essayUrl(slugOfPath(name))));
        const all: Findings = { brokenLinks: [], inlineStyles: [] };
        let checked = 0;
        for (const name of essays) {
          const page = servedFile(essayUrl(slugOfPath(name)));
          if (!files.has(page)) continue; // a draft, or one dated in the future: not published
          checked++;
          const found = checkEssay(join(ESSAYS_DIR, name), join(dist, page), linkable);
          all.brokenLinks.push(...found.brokenLinks);
          all.inlineStyles.push(...found.inlineStyles);
        }
        for (const line of [...all.inlineStyles, ...takeUnknownLanguages(process.cwd())]) logger.warn(line);
        if (all.brokenLinks.length) throw new Error(all.brokenLinks.join('\n'));
        logger.info(`essay links: every link in ${checked} published essays leads to a page`);
      },
    },
  };
}
