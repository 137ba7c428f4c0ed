import { describe, expect, test } from 'vitest';
import { renderArtwork } from '../../src/cards/artwork.ts';
import { imageSize } from '../support/image-size.ts';

const square =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#7a3b1d"/></svg>';

describe('renderArtwork', () => {
  test('renders a square PNG of the size asked for', () => {
    expect(imageSize(Buffer.from(renderArtwork(square, 3000, 'art.svg')))).toEqual({
      format: 'png',
      width: 3000,
      height: 3000,
    });
    expect(imageSize(Buffer.from(renderArtwork(square, 192, 'art.svg')))).toEqual({
      format: 'png',
      width: 192,
      height: 192,
    });
  });
  test('refuses an artwork that is not square, naming the file and its size', () => {
    const wide = square.replace('0 0 64 64', '0 0 128 64');
    expect(() => renderArtwork(wide, 3000, 'src/artwork.svg')).toThrow(
      'src/artwork.svg: the artwork must be square; it is 128 × 64',
    );
  });
  test('refuses a file that is not SVG, naming it', () => {
    expect(() => renderArtwork('not svg', 512, 'src/artwork.svg')).toThrow(
      /^src\/artwork\.svg: the artwork is not an SVG that can be drawn/,
    );
  });
});

describe('imageSize (the test support that reads the artwork)', () => {
  test('reads a JPEG frame header', () => {
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x05, 0x78, 0x0b, 0xb8, 0x03,
    ]);
    expect(imageSize(jpeg)).toEqual({ format: 'jpeg', width: 3000, height: 1400 });
  });
  test('knows neither a GIF nor garbage', () => {
    expect(imageSize(Buffer.from('GIF89a\u0001\u0000\u0001\u0000'))).toBeUndefined();
    expect(imageSize(Buffer.from('hello world, not an image'))).toBeUndefined();
  });
});
