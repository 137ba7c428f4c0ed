import { describe, expect, test } from 'vitest';
import { essaySchema } from '../../../src/lib/essays/essay-schema.ts';
import { readFrontmatter } from '../../../src/lib/essays/frontmatter.ts';
import {
  mostUsedCategory,
  newEssay,
  parseNewEssayArgs,
  type NewEssayInput,
} from '../../../src/lib/essays/new-essay.ts';

const LONDON = 'Europe/London';
const base: NewEssayInput = {
  title: 'The Plain Page',
  existingCategories: ['Craft', 'Listening', 'Craft'],
  existingPaths: ['content/essays/who-is-speaking.mdx'],
  now: new Date('2026-03-18T12:00:00Z'),
  timeZone: LONDON,
};
const frontmatterOf = (source: string) => readFrontmatter(source, 'new.mdx');

describe('newEssay', () => {
  test('names the file by the one slug rule', () => {
    expect(newEssay({ ...base, title: '  Café Society: a Reply!  ' }).path).toBe(
      'content/essays/cafe-society-a-reply.mdx',
    );
  });
  test("dates the essay today in the site's timezone, not in UTC", () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST) and still 30 June in Los Angeles.
    const now = new Date('2026-06-30T23:30:00Z');
    expect(frontmatterOf(newEssay({ ...base, now }).source).date).toBe('2026-07-01');
    expect(frontmatterOf(newEssay({ ...base, now, timeZone: 'America/Los_Angeles' }).source).date).toBe('2026-06-30');
  });
  test('takes --date as written once the strict parser accepts it', () => {
    expect(frontmatterOf(newEssay({ ...base, date: '2025-12-01' }).source).date).toBe('2025-12-01');
  });
  test('rejects a rolled-over --date: 2024-02-30', () => {
    expect(() => newEssay({ ...base, date: '2024-02-30' })).toThrow('--date: "2024-02-30" is not a real calendar date');
  });
  test('defaults the category to the one most essays have', () => {
    expect(frontmatterOf(newEssay(base).source).category).toBe('Craft');
    expect(frontmatterOf(newEssay({ ...base, category: 'Listening' }).source).category).toBe('Listening');
  });
  test('asks for --category when there is no essay to take one from', () => {
    expect(() => newEssay({ ...base, existingCategories: [] })).toThrow('give one with --category "Name"');
  });
  test('refuses a title that slugifies to nothing', () => {
    expect(() => newEssay({ ...base, title: '¿¡…!?' })).toThrow('the title "¿¡…!?" has no letter or digit');
  });
  test('refuses a slug already taken, naming the file, even in a subfolder', () => {
    const existingPaths = ['content/essays/2025/the-plain-page.mdx'];
    expect(() => newEssay({ ...base, existingPaths })).toThrow('content/essays/2025/the-plain-page.mdx already exists');
  });
  test('keeps a title with YAML syntax as text', () => {
    const title = 'Yes: #1, "quoted" & [bracketed]';
    expect(frontmatterOf(newEssay({ ...base, title }).source).title).toBe(title);
  });
  test('writes a draft whose frontmatter passes the essay schema', () => {
    const data = essaySchema({ timeZone: LONDON, publicFileExists: () => false }).parse(
      frontmatterOf(newEssay(base).source),
    );
    expect(data).toMatchObject({ title: 'The Plain Page', category: 'Craft', draft: true });
  });
});

describe('mostUsedCategory', () => {
  test('breaks a tie alphabetically, so the default does not depend on file order', () => {
    expect(mostUsedCategory(['Listening', 'Craft', 'Craft', 'Listening'])).toBe('Craft');
    expect(mostUsedCategory([])).toBeUndefined();
  });
});

describe('parseNewEssayArgs', () => {
  test('reads the title and the flags', () => {
    expect(parseNewEssayArgs(['A title', '--category', 'Craft', '--date', '2026-03-18'])).toEqual({
      help: false,
      title: 'A title',
      category: 'Craft',
      date: '2026-03-18',
    });
  });
  test('answers --help', () => {
    expect(parseNewEssayArgs(['--help'])).toEqual({ help: true });
  });
  test('refuses a missing title or an unknown flag, with the usage', () => {
    expect(() => parseNewEssayArgs([])).toThrow('give the title as one quoted argument (got 0)');
    expect(() => parseNewEssayArgs(['A title', '--categroy', 'Craft'])).toThrow(
      /Unknown option '--categroy'[\s\S]*Usage: npm run new/,
    );
  });
});
