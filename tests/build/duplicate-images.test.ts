// A vector image needs no widths: SVGs are published once, with width and height and no srcset of copies, and
// dist/ never holds two byte-identical images over 4 KB. GIFs still become animated WebP.
import { NARRATION_OFF } from '../../src/lib/site/build-flags.ts';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { duplicateImages } from '../support/duplicate-images.ts';
import { buildFixtureSite, removeFixtureSite, type RunResult } from '../support/fixture-site.ts';
import { DIST } from '../support/built-site.ts';

// Over 4 KB, as an archive's illustrations are.
const circles = (colour: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400" viewBox="0 0 800 400">${Array.from(
    { length: 120 },
    (_, i) => `<circle cx="${(i * 37) % 800}" cy="${(i * 53) % 400}" r="${5 + (i % 20)}" fill="${colour}"/>`,
  ).join('')}</svg>`;

const ESSAY = `---
title: Pictures Once
date: 2026-03-18
category: Craft
description: Vector images, published once.
---
import EssayImage from '../../src/components/EssayImage.astro';
import chart from './images/chart.svg';

An essay whose pictures are drawn as vectors.

![A diagram of circles.](./images/diagram.svg)

<EssayImage src={chart} alt="A chart of circles." wide />

![A dot that moves.](./images/moving.gif)
`;

let site: RunResult;
let html: string;

beforeAll(async () => {
  // Two frames of 64 × 64: an animated GIF.
  const frames = Buffer.alloc(64 * 128 * 3);
  frames.fill(200, 0, 64 * 64 * 3);
  const gif = await sharp(frames, { raw: { width: 64, height: 128, channels: 3, pageHeight: 64 } })
    .gif({ loop: 0 })
    .toBuffer();
  site = await buildFixtureSite(
    {
      'content/essays/pictures-once.mdx': ESSAY,
      'content/essays/images/diagram.svg': circles('#345'),
      'content/essays/images/chart.svg': circles('#a53'),
      'content/essays/images/moving.gif': gif,
    },
    NARRATION_OFF,
  );
  html = readFileSync(join(site.dir, 'dist/essays/pictures-once/index.html'), 'utf8');
}, 240_000);
afterAll(() => removeFixtureSite(site.dir));

const imgTags = (alt: string): string[] => html.match(new RegExp(`<img[^>]*alt="${alt}"[^>]*>`, 'g')) ?? [];

test('the site builds', () => expect(site.code, site.output).toBe(0));

test.each(['A diagram of circles.', 'A chart of circles.'])(
  '"%s" is one SVG, with width and height and no srcset',
  (alt) => {
    const [img, ...others] = imgTags(alt);
    expect(others).toEqual([]);
    expect(img).toMatch(/src="[^"]+\.svg"/);
    expect(img).toMatch(/width="800"/);
    expect(img).toMatch(/height="400"/);
    expect(img).not.toMatch(/srcset=/);
  },
);

test('dist/ holds no two byte-identical images over 4 KB', () => {
  expect(duplicateImages(join(site.dir, 'dist'))).toEqual([]);
  expect(readdirSync(join(site.dir, 'dist/_astro')).filter((name) => name.endsWith('.svg'))).toHaveLength(2);
});

test('a GIF is still published as animated WebP', async () => {
  const [img] = imgTags('A dot that moves.');
  const src = /src="([^"]+)"/.exec(img ?? '')?.[1] ?? '';
  expect(src).toMatch(/\.webp$/);
  expect((await sharp(join(site.dir, 'dist', src)).metadata()).pages).toBe(2);
});

test("the sample site's dist/ holds no two byte-identical images over 4 KB", () => {
  expect(duplicateImages(DIST)).toEqual([]);
});

describe('duplicateImages', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lectern-duplicates-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a/one.svg'), circles('#000'));
    writeFileSync(join(dir, 'two.svg'), circles('#000'));
    writeFileSync(join(dir, 'other.svg'), circles('#fff'));
    writeFileSync(join(dir, 'small.png'), 'tiny');
    writeFileSync(join(dir, 'small-copy.png'), 'tiny');
    writeFileSync(join(dir, 'page.html'), circles('#000'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('finds byte-identical images over 4 KB, and only those', () => {
    expect(duplicateImages(dir)).toEqual([['a/one.svg', 'two.svg']]);
  });
});
