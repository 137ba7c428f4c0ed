import { describe, expect, test } from 'vitest';
import { isPlainMarkdown } from '../../../src/lib/essay-body/plain-markdown.ts';

const PLAIN = `## A heading

Prose with *emphasis*, a [link](/essays/other/), \`code\`, a footnote[^1] and a table:

| a | b |
| - | - |
| 1 | 2 |

- a list
- of two

\`\`\`js
const fenced = true;
\`\`\`

[^1]: The note.
`;

describe('plain Markdown: what the site processor alone renders as the page shows it', () => {
  test('prose, headings, lists, tables, fenced code and footnotes, in .md and in .mdx', () => {
    expect(isPlainMarkdown(PLAIN, 'md')).toBe(true);
    expect(isPlainMarkdown(PLAIN, 'mdx')).toBe(true);
  });

  test.each([
    ['a component', `${PLAIN}\n<Aside>A note.</Aside>\n`],
    ['an import', `import Chart from '../chart.astro';\n\n${PLAIN}`],
    ['an expression', `${PLAIN}\nThe year is {2026}.\n`],
    ['an HTML element, which MDX reads as JSX', `${PLAIN}\n<div>Raw.</div>\n`],
    ['indented code, which MDX reads as a paragraph', `Prose.\n\n    indented code\n\n${PLAIN}`],
    ['an autolink, which MDX refuses', `${PLAIN}\nSee <https://example.com>.\n`],
    ['a "<" before a letter, which MDX cannot read', `${PLAIN}\nWhen a <b, say so.\n`],
  ])('not in .mdx with %s', (_case, body) => {
    expect(isPlainMarkdown(body, 'mdx')).toBe(false);
  });

  test('HTML in a .md essay is still plain: the processor renders it as the content layer does', () => {
    expect(isPlainMarkdown(`Prose.\n\n    indented code\n\n<div>Raw.</div>\n\n${PLAIN}`, 'md')).toBe(true);
  });

  test.each([
    ['an image', '![A tree](./tree.jpg)'],
    ['an image by reference', '![A tree][tree]\n\n[tree]: ./tree.jpg'],
  ])('never with %s, which Astro replaces after the processor runs', (_case, image) => {
    expect(isPlainMarkdown(`${PLAIN}\n${image}\n`, 'md')).toBe(false);
    expect(isPlainMarkdown(`${PLAIN}\n${image}\n`, 'mdx')).toBe(false);
  });
});
