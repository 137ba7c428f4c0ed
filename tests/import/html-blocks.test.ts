import { describe, expect, test } from 'vitest';
import { keepHtmlBlocksWhole } from '../../src/import/html-blocks.ts';

describe("keepHtmlBlocksWhole: an HTML block stays one block, as Pelican's Markdown kept it", () => {
  test('drops the blank lines inside a block that starts a line, up to its matching closing tag', () => {
    // The shape of jakevdp.github.io's static-interactive-widgets: nested divs, an indented <img> after a blank line,
    // its data: URI running over lines.
    const source = [
      'Before.',
      '',
      '<div>',
      '  ',
      '    <div name="a">',
      '      <img src="data:image/png;base64,iVBOR',
      'AAALEgAA">',
      '    </div>',
      '',
      '</div>',
      '',
      'After, with <b>inline</b> HTML.',
    ].join('\n');
    expect(keepHtmlBlocksWhole(source)).toEqual({
      body: [
        'Before.',
        '',
        '<div>',
        '    <div name="a">',
        '      <img src="data:image/png;base64,iVBOR',
        'AAALEgAA">',
        '    </div>',
        '</div>',
        '',
        'After, with <b>inline</b> HTML.',
      ].join('\n'),
      joined: 1,
    });
  });
  test('leaves <pre>, code fences, one-line blocks, void tags and an unclosed block alone', () => {
    const source = [
      '<pre>',
      'a',
      '',
      'b',
      '</pre>',
      '',
      '```html',
      '<div>',
      '',
      '```',
      '',
      '<p>One line.</p>',
      '',
      '<img src="a.png" alt="A">',
      '',
      '<div>never closed',
      '',
      'text',
    ].join('\n');
    expect(keepHtmlBlocksWhole(source)).toEqual({ body: source, joined: 0 });
  });
});
