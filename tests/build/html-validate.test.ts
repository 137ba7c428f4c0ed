// Every page in the built site is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
// Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Report } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';

const pages = builtPages();
const htmlvalidate = new HtmlValidate();

const describeErrors = (report: Report): string =>
  report.results
    .flatMap((result) => result.messages)
    .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} at ${m.selector ?? 'the document'}`)
    .join('\n');

describe('html-validate over dist', () => {
  it('has every kind of page to validate', () => {
    console.info(`html-validate: ${pages.length} pages`);
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    expect(pages.some((page) => page.startsWith('essays/'))).toBe(true);
    const highlighted = pages.filter((page) =>
      readFileSync(join(DIST, page), 'utf8').includes('<pre class="language-'),
    );
    expect(highlighted, 'an essay with highlighted code').not.toEqual([]);
  });

  it('holds the pages to the recommended rules', async () => {
    const html =
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p id="a">1</p><p id="a">2</p></body></html>';
    const result = await htmlvalidate.validateString(html, join(DIST, 'probe.html'));
    expect(result.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(['no-dup-id']);
  });

  it('rejects code coloured by inline styles, as Shiki writes it (the CSP blocks them)', async () => {
    const html =
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><pre><code><span style="color:#D73A49">const</span></code></pre></body></html>';
    const result = await htmlvalidate.validateString(html, join(DIST, 'probe.html'));
    expect(result.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(['no-inline-style']);
  });

  for (const page of pages) {
    it(`${page} has no errors`, async () => {
      const result = await htmlvalidate.validateFile(join(DIST, page));
      expect(result.errorCount, describeErrors(result)).toBe(0);
    });
  }
});
