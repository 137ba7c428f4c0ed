// Renders share cards to PNG (satori draws the SVG, resvg rasterizes it), keeping each in a cache named by a hash
// of everything that decides its pixels, so an unchanged essay's card is read back, never drawn again.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { sha256 } from '../files/sha256.ts';
import { OG_IMAGE_SIZE, ogCardTree, type OgCardFacts } from './og-card.ts';

const require = createRequire(import.meta.url);
// satori reads TTF, OTF and WOFF (not WOFF2); the font comes from npm, never from the network.
const FONT_FILES = [400, 700].map((weight) => ({
  weight: weight as 400 | 700,
  file: require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`),
}));
const VERSIONS = ['satori', '@resvg/resvg-js'].map(
  (name) => `${name}@${String(require(`${name}/package.json`).version)}`,
);

const DEFAULT_CACHE_DIR = '.cache/og';

let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;
const loadFonts = () =>
  (fonts ??= FONT_FILES.map(({ weight, file }) => ({
    name: 'Source Serif 4',
    data: readFileSync(file),
    weight,
    style: 'normal' as const,
  })));

/** The card as SVG: satori turns every glyph into a path, so no text of the essay's reaches the markup. */
export function ogCardSvg(facts: OgCardFacts): Promise<string> {
  // satori's types want React elements; its runtime takes any { type, props } tree.
  return satori(ogCardTree(facts) as unknown as Parameters<typeof satori>[0], { ...OG_IMAGE_SIZE, fonts: loadFonts() });
}

export function cardHash(facts: OgCardFacts): string {
  const fontBytes = loadFonts().map((font) => sha256(font.data));
  return sha256(JSON.stringify([ogCardTree(facts), fontBytes, VERSIONS, OG_IMAGE_SIZE]));
}

/** The card as PNG, from the cache when one with the same hash was drawn before; `drawn` says which. */
export async function renderOgImage(
  facts: OgCardFacts,
  cacheDir = DEFAULT_CACHE_DIR,
): Promise<{ png: Buffer; drawn: boolean }> {
  const file = join(cacheDir, `${cardHash(facts)}.png`);
  if (existsSync(file)) return { png: readFileSync(file), drawn: false };
  const png = new Resvg(await ogCardSvg(facts), { fitTo: { mode: 'width', value: OG_IMAGE_SIZE.width } })
    .render()
    .asPng();
  // A build stopped mid-write must never leave half a PNG under a valid name.
  writeFileAtomic(file, png);
  return { png, drawn: true };
}
