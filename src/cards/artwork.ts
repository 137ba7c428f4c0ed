// The cover art as PNGs, rendered from the one SVG (SITE.artwork) at each size a directory or a lock screen asks for.
import { Resvg } from '@resvg/resvg-js';

export const ARTWORK_SIZES = {
  /** Apple Podcasts takes 1,400 to 3,000 px; the largest stays sharp on every screen. */
  podcast: 3000,
  /** Media Session: lock screens and notifications pick the size they draw. */
  lockScreen: [192, 512],
} as const;

export const allArtworkSizes = (): number[] => [ARTWORK_SIZES.podcast, ...ARTWORK_SIZES.lockScreen];

/** A square PNG of `size` px. Throws, naming `file`, for an SVG that does not parse or is not square. */
export function renderArtwork(svg: string, size: number, file: string): Uint8Array<ArrayBuffer> {
  let image: Resvg;
  try {
    // No system fonts: the same SVG must give the same PNG on every machine.
    image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  } catch (error) {
    throw new Error(`${file}: the artwork is not an SVG that can be drawn (${(error as Error).message})`);
  }
  if (image.width !== image.height)
    throw new Error(`${file}: the artwork must be square; it is ${image.width} × ${image.height}`);
  return new Uint8Array(image.render().asPng());
}
