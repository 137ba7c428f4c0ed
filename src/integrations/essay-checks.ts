// After the build, what only the built essays show, each naming the essay's file and line: a link to no page of the
// site fails the build (a published 404 is worse than a stopped build, and the importer rewrites the old links it
// knows); an inline style attribute, which the CSP blocks, and code in a language Prism lacks are warned about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { isEssayFile, slugOfPath } from '../lib/essays/frontmatter.ts';
import { servedFile } from '../lib/site/redirects.ts';
import { lineOf, linkLine, unresolvedBecause } from '../lib/site/site-links.ts';
import { essayUrl } from '../lib/site/urls.ts';
import { ESSAYS_DIR } from '../narration/pipeline/plan.ts';
import { takeUnknownLanguages } from '../plugins/remark-code-languages.ts';
import { SITE } from '../site.config.ts';
import { filesUnder } from './deploy-report.ts';
import { readdirSync, existsSync } from 'node:fs';

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

function checkEssay(file: string, page: string, files: ReadonlySet<string>): Findings {
  const source = readFileSync(file, 'utf8');
  const where = (line: number | undefined): string => (line === undefined ? file : `${file}:${line}`);
  const findings: Findings = { brokenLinks: [], inlineStyles: [] };
  const body = essayBody(readFileSync(page, 'utf8'));
  if (!body) return findings;
  const pagePath = essayUrl(slugOfPath(file));
  visit(body, 'element', (node) => {
    // An image that is not published is as broken as a link (a raw <img> in a moved-in essay, say).
    const href = node.tagName === 'a' ? node.properties.href : node.tagName === 'img' ? node.properties.src : undefined;
    const reason = typeof href === 'string' ? unresolvedBecause(href, pagePath, SITE.url, files) : undefined;
    const what = node.tagName === 'img' ? 'the image' : 'the link to';
    if (reason)
      findings.brokenLinks.push(
        `${where(linkLine(source, String(href)))}: ${what} ${String(href)} leads nowhere: ${reason}`,
      );
    if (node.properties.style !== undefined)
      findings.inlineStyles.push(
        `${where(lineOf(source, 'style='))}: <${node.tagName} style="…"> is ignored: the Content-Security-Policy blocks inline styles; use a class and CSS in src/styles/`,
      );
  });
  return findings;
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
        const all: Findings = { brokenLinks: [], inlineStyles: [] };
        let checked = 0;
        for (const name of essays) {
          const page = servedFile(essayUrl(slugOfPath(name)));
          if (!files.has(page)) continue; // a draft, or one dated in the future: not published
          checked++;
          const found = checkEssay(join(ESSAYS_DIR, name), join(dist, page), files);
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
