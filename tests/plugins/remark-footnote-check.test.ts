// Regressions the footnote fuzzer (footnotes-fuzz.test.ts) found, each with the line and label the author must fix.
import { expect, test } from 'vitest';
import { mdxError } from '../support/site-markdown.ts';

const FILE = 'content/essays/notes.mdx';

test("a dangling reference on the second line of a paragraph is reported on that line, not the paragraph's first", async () => {
  const error = await mdxError('Intro.\n\nA first line,\nthen a claim.[^ghost]\n', FILE);
  expect(error).toMatchObject({ file: FILE, line: 4, column: 14 });
  expect(String((error as Error).message)).toContain('Footnote reference [^ghost] has no definition');
});

test('a label with a space fails, where it would have been published as literal "[^x y]"', async () => {
  const error = await mdxError('A claim.[^x y]\n\n[^x y]: The note.\n', FILE);
  expect(error).toMatchObject({ file: FILE, line: 1 });
  expect(String((error as Error).message)).toContain(
    'Footnote label [^x y] has a space; a label is one word, such as [^x-y]',
  );
});

test('labels that differ only in case are one note: [^Note] resolves to [^note]', async () => {
  expect(await mdxError('A claim.[^Note]\n\n[^note]: The note.\n', FILE)).toBeUndefined();
});
