// Writes dist/_headers for static hosts: each page's Content-Security-Policy (from the meta tag Astro hashes),
// sent as a real header, plus the directives a meta tag cannot carry, and how long narration may be cached.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { narrationFilesPattern } from '../lib/site/urls.ts';

// frame-ancestors is ignored in a meta tag; only a header can forbid framing.
const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";
const SITE_WIDE = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];
// Narration URLs carry no content hash, so a re-narrated essay must not play cached audio against its new cues:
// keep a copy, but ask the host (a cheap 304 with the ETag) before each use.
const NARRATION = 'Cache-Control: public, max-age=0, must-revalidate';

export function pagePolicy(html: string): string | undefined {
  let policy: string | undefined;
  // The policy sits in the head: parsing only that is a fraction of parsing a long essay, for every page of the archive.
  const headEnd = html.indexOf('</head>');
  visit(fromHtml(headEnd < 0 ? html : html.slice(0, headEnd)), 'element', (node) => {
    if (node.tagName === 'meta' && String(node.properties.httpEquiv).toLowerCase() === 'content-security-policy') {
      policy = String(node.properties.content);
    }
  });
  return policy;
}

/** The site path a built HTML file is served at: essays/x/index.html -> /essays/x/. */
export const pagePath = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export function headersFile(pages: ReadonlyArray<{ path: string; policy: string }>): string {
  const rules = [
    ['/*', ...SITE_WIDE],
    [narrationFilesPattern(), NARRATION],
    ...pages.map(({ path, policy }) => [
      path,
      `Content-Security-Policy: ${policy.replace(/;\s*$/, '')}; ${HEADER_ONLY_DIRECTIVES}`,
    ]),
  ];
  return `${rules.map(([path, ...headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n')).join('\n\n')}\n`;
}

export default function cspHeaders(): AstroIntegration {
  return {
    name: 'lectern-csp-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html'))
          .sort()
          .map((file) => {
            const policy = pagePolicy(readFileSync(join(root, file), 'utf8'));
            if (!policy) throw new Error(`${file} has no Content-Security-Policy meta tag`);
            return { path: pagePath(file), policy };
          });
        writeFileSync(join(root, '_headers'), headersFile(pages));
        logger.info(`_headers: a Content-Security-Policy for each of ${pages.length} pages`);
      },
    },
  };
}
