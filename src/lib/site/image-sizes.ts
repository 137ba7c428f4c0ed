// How wide an essay's images are drawn, so the browser picks a file from srcset before layout (widths in global.css).

/** The widths Astro renders besides the original's own (astro.config.mjs: image.breakpoints). */
export const IMAGE_BREAKPOINTS = [400, 640, 960, 1280, 1600];

/** The text column: min(100% - 2.5rem, 65ch), 38rem at the body's size. */
export const COLUMN_SIZES = '(min-width: 40.5rem) 38rem, calc(100vw - 2.5rem)';

/** A wide figure reaches up to 14rem past the column on wide screens (global.css, "Figures"). */
export const WIDE_SIZES = '(min-width: 60rem) 52rem, (min-width: 40.5rem) 38rem, calc(100vw - 2.5rem)';

/** A vector image draws sharp at any width: a srcset of it would be byte-identical copies (16 MB of SVGs made 99 MB). */
export const isVectorFormat = (format: string): boolean => format.toLowerCase() === 'svg';
