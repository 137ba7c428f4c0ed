// The pure checks at the content boundary: each mistake is reported with the file's path and what to do.
import { describe, expect, test } from 'vitest';
import {
  decodeUtf8,
  isEssayFile,
  readFrontmatter,
  slugCollisions,
  slugOfPath,
} from '../../../src/lib/essays/frontmatter.ts';

const FILE = 'content/essays/example.mdx';

describe('readFrontmatter', () => {
  test('reads the fields, leaving dates as the text written so the schema can reject 2024-02-30', () => {
    expect(readFrontmatter('---\ntitle: A title\ndate: 2024-02-30\ntags: [a, b]\n---\n\nBody.\n', FILE)).toEqual({
      title: 'A title',
      date: '2024-02-30',
      tags: ['a', 'b'],
    });
  });
  test('reads a file saved with a byte-order mark and Windows line endings', () => {
    expect(readFrontmatter('\uFEFF---\r\ntitle: A title\r\n---\r\n\r\nBody.\r\n', FILE)).toEqual({ title: 'A title' });
  });
  test('rejects a file with no frontmatter, saying what an essay starts with', () => {
    expect(() => readFrontmatter('# Just a heading\n\nBody.\n', FILE)).toThrow(
      `${FILE}: no frontmatter; an essay starts with a --- block holding title, date, category and description`,
    );
  });
  test('rejects a frontmatter block that is never closed', () => {
    expect(() => readFrontmatter('---\ntitle: A title\n\nBody.\n', FILE)).toThrow(`${FILE}: no frontmatter`);
  });
  test('rejects invalid YAML, naming the file and the line', () => {
    expect(() => readFrontmatter('---\ntitle: "unclosed\ndate: 2026-03-18\n---\n', FILE)).toThrow(
      new RegExp(
        `^${FILE}: the frontmatter is not valid YAML: unexpected end of the stream within a double quoted scalar in "${FILE}" \\(3:1\\)`,
      ),
    );
  });
  test.each([
    ['a list', '- title\n- date'],
    ['a single word', 'title'],
    ['empty', ''],
  ])('rejects frontmatter that is %s rather than a set of fields', (_case, yaml) => {
    expect(() => readFrontmatter(`---\n${yaml}\n---\n`, FILE)).toThrow(
      `${FILE}: the frontmatter must be a set of fields such as "title: My essay"`,
    );
  });
});

describe('decodeUtf8', () => {
  test('decodes UTF-8 text', () => {
    expect(decodeUtf8(new TextEncoder().encode('Café — naïve'), FILE)).toBe('Café — naïve');
  });
  test('rejects Latin-1 rather than publishing replacement characters', () => {
    const latin1 = Uint8Array.from([...'Caf'].map((c) => c.charCodeAt(0)).concat(0xe9));
    expect(() => decodeUtf8(latin1, FILE)).toThrow(`${FILE}: the file is not valid UTF-8 text; save it as UTF-8`);
  });
});

describe('slugs', () => {
  test("an essay's slug is its file name, in whatever folder", () => {
    expect(slugOfPath('content/essays/2025/the-plain-page.mdx')).toBe('the-plain-page');
  });
  test("a plain Markdown essay's slug is its file name too", () => {
    expect(slugOfPath('content/essays/the-plain-page.md')).toBe('the-plain-page');
  });
  test("a page bundle's slug is its folder's name, for index.md and index.mdx alike", () => {
    expect(slugOfPath('content/essays/2025/moved-in/index.md')).toBe('moved-in');
    expect(slugOfPath('moved-in/index.mdx')).toBe('moved-in');
  });
  test('an essay is a .md or .mdx file; its images and notes are not', () => {
    expect(['a.md', 'b/index.mdx', 'b/photo.jpg', 'c.markdown', 'd.mdx.bak'].filter(isEssayFile)).toEqual([
      'a.md',
      'b/index.mdx',
    ]);
  });
  test('.md beside .mdx, and a bundle beside a file, with one slug are rejected, naming both', () => {
    expect(slugCollisions(['content/essays/same.mdx', 'content/essays/same.md'])).toEqual([
      'content/essays/same.md and content/essays/same.mdx have the same slug "same"; rename one of them',
    ]);
    expect(slugCollisions(['content/essays/same/index.md', 'content/essays/same.mdx'])).toEqual([
      'content/essays/same.mdx and content/essays/same/index.md have the same slug "same"; rename one of them',
    ]);
  });
  test('two files with one name in different folders are rejected, naming both', () => {
    expect(
      slugCollisions(['content/essays/same.mdx', 'content/essays/2025/same.mdx', 'content/essays/other.mdx']),
    ).toEqual([
      'content/essays/2025/same.mdx and content/essays/same.mdx have the same slug "same"; rename one of them',
    ]);
  });
  test('every collision is named, not only the first', () => {
    expect(slugCollisions(['a/x.mdx', 'b/x.md', 'a/y.md', 'b/y/index.mdx', 'c/z.mdx'])).toHaveLength(2);
  });
  test('distinct names pass', () => {
    expect(slugCollisions(['content/essays/a.mdx', 'content/essays/2025/b.mdx'])).toEqual([]);
  });
});
