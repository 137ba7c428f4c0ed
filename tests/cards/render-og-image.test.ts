// The share card, drawn for real with satori and resvg: its size, its cache, and hostile titles kept as text.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { ogCardSvg, renderOgImage } from '../../src/cards/render-og-image.ts';
import { ogCardTree, type OgNode } from '../../src/cards/og-card.ts';

const FACTS = { title: 'The Plain Page', category: 'Craft', siteName: 'Lectern', narrated: true };
const HOSTILE = '</svg><script>alert(1)</script><foreignObject><img src=x onerror=alert(1)></foreignObject> & ]]>';
const cacheDir = mkdtempSync(join(tmpdir(), 'lectern-og-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const texts = (tree: OgNode | string): string[] =>
  typeof tree === 'string'
    ? [tree]
    : [tree.props.children ?? []].flat().flatMap((child) => texts(child as OgNode | string));

describe('the share card', () => {
  test('is a 1,200 × 630 PNG', async () => {
    const { png } = await renderOgImage(FACTS, cacheDir);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  }, 60_000);

  test('shows the title, the category, the site name, and "Narrated" only when there is audio', () => {
    expect(texts(ogCardTree(FACTS))).toEqual(['Craft', 'The Plain Page', 'Lectern', 'Narrated']);
    expect(texts(ogCardTree({ ...FACTS, narrated: false }))).toEqual(['Craft', 'The Plain Page', 'Lectern']);
  });

  test('is drawn once: the same card again is read from the cache, untouched; a changed one is drawn', async () => {
    const first = await renderOgImage({ ...FACTS, title: 'Cached' }, cacheDir);
    const [file] = readdirSync(cacheDir)
      .filter((f) => f.endsWith('.png'))
      .map((f) => join(cacheDir, f))
      .filter((f) => statSync(f).size === first.png.length);
    const written = statSync(file ?? '').mtimeMs;
    const again = await renderOgImage({ ...FACTS, title: 'Cached' }, cacheDir);
    expect([first.drawn, again.drawn]).toEqual([true, false]);
    expect(again.png.equals(first.png)).toBe(true);
    expect(statSync(file ?? '').mtimeMs).toBe(written);
    expect((await renderOgImage({ ...FACTS, title: 'Cached, then renamed' }, cacheDir)).drawn).toBe(true);
  }, 60_000);

  test('keeps a hostile title and category as text: the tree holds them as strings, the SVG as glyph paths', async () => {
    const facts = { ...FACTS, title: HOSTILE, category: HOSTILE };
    expect(texts(ogCardTree(facts)).filter((t) => t === HOSTILE)).toHaveLength(2);
    const svg = await ogCardSvg(facts);
    const elementNames = new Set<string>();
    const walk = (value: unknown, name?: string): void => {
      if (name && !name.startsWith('@')) elementNames.add(name);
      if (value && typeof value === 'object')
        for (const [key, child] of Object.entries(value)) walk(child, Array.isArray(value) ? name : key);
    };
    walk(new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(svg));
    expect(
      [...elementNames].filter(
        (n) => !['svg', 'defs', 'clipPath', 'mask', 'rect', 'path', 'polygon', 'g', '#text'].includes(n),
      ),
    ).toEqual([]);
    expect(svg).not.toMatch(/script|foreignObject|onerror|<img/i);
    expect((await renderOgImage(facts, cacheDir)).png.length).toBeGreaterThan(0);
  }, 60_000);
});
