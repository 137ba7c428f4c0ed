import { describe, expect, it } from 'vitest';
import { escapeCueText, unescapeCueText } from '../../../src/lib/formats/cue-text.ts';

describe('escapeCueText', () => {
  it('escapes &, < and >, so text never opens a tag or an arrow', () => {
    expect(escapeCueText('a & b <i> --> c')).toBe('a &amp; b &lt;i&gt; --&gt; c');
  });

  it('joins lines and collapses runs of spaces, since a blank line would end the cue', () => {
    expect(escapeCueText('  first\n\nsecond\r\n\tthird  ')).toBe('first second third');
  });

  it('keeps non-breaking spaces, which are text, not layout', () => {
    expect(escapeCueText('10\u00a0kg')).toBe('10\u00a0kg');
  });

  it('reads back to the text, as a parsed cue is read by the page and the JSON transcript', () => {
    for (const text of ['a & b <i> c', '&lt; is written &amp;lt;', 'plain'])
      expect(unescapeCueText(escapeCueText(text))).toBe(text);
  });
});
