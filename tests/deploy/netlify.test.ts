// netlify.toml builds the site the way CI does and sends the same headers as the dist/_headers the build writes.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { builtFiles, DIST } from '../support/built-site.ts';
import { parseHeadersFile, type HeaderRules } from '../support/headers-file.ts';

const ROOT = resolve(import.meta.dirname, '../..');
interface NetlifyConfig {
  build: { command: string; publish: string; environment: Record<string, string> };
  headers: Array<{ for: string; values: Record<string, string> }>;
}
const netlify = parse(readFileSync(join(ROOT, 'netlify.toml'), 'utf8')) as unknown as NetlifyConfig;
const projectNode = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
).devDependencies.node;

// Each page's Content-Security-Policy stays in _headers alone: Netlify reads dist/_headers too, and merges both.
const PER_PAGE = 'Content-Security-Policy';

/** Headers that one file sends and the other does not, or sends with another value. */
function headerDifferences(config: NetlifyConfig['headers'], file: HeaderRules): string[] {
  const differences: string[] = [];
  const toml = new Map(config.map((rule) => [rule.for, rule.values]));
  for (const [path, values] of toml) {
    for (const [name, value] of Object.entries(values)) {
      const built = file.get(path)?.[name];
      if (built !== value)
        differences.push(`${path} ${name}: netlify.toml "${value}", _headers "${built ?? '(none)'}"`);
    }
  }
  for (const [path, values] of file) {
    for (const name of Object.keys(values).filter((n) => n !== PER_PAGE)) {
      if (toml.get(path)?.[name] === undefined) differences.push(`${path} ${name}: in _headers, not in netlify.toml`);
    }
  }
  return differences;
}

describe('netlify.toml', () => {
  test('the header comparison notices a header missing on either side, or with another value', () => {
    const file = parseHeadersFile(
      '/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n\n/\n  Content-Security-Policy: x\n',
      '_headers',
    );
    expect(
      headerDifferences(
        [{ for: '/*', values: { 'X-Content-Type-Options': 'sniff', 'X-Frame-Options': 'DENY' } }],
        file,
      ),
    ).toEqual([
      '/* X-Content-Type-Options: netlify.toml "sniff", _headers "nosniff"',
      '/* X-Frame-Options: netlify.toml "DENY", _headers "(none)"',
      '/* Referrer-Policy: in _headers, not in netlify.toml',
    ]);
  });

  test('sends the same site-wide and narration headers as the _headers the build writes', () => {
    expect(builtFiles()).toContain('_headers');
    const file = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'), 'dist/_headers');
    expect(netlify.headers.length).toBeGreaterThan(0);
    expect(headerDifferences(netlify.headers, file)).toEqual([]);
  });

  test('checks the committed narration, then builds into dist/ on the Node major the project runs', () => {
    expect(netlify.build.command).toMatch(/^npm run narrate -- --check && npm run build$/);
    expect(netlify.build.publish).toBe('dist');
    expect(netlify.build.environment.NODE_VERSION).toBe(projectNode?.split('.')[0]);
  });
});
