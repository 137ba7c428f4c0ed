import { describe, expect, test } from 'vitest';
import {
  byYear,
  categoriesOf,
  inCategory,
  neighbours,
  newestEssays,
  publishedEssays,
  tagsOf,
  withTag,
  type Essay,
} from '../../../src/lib/essays/essays.ts';

const essay = (id: string, date: string, category = 'Craft', draft = false, tags: string[] = []): Essay => ({
  id,
  data: { title: id, date: new Date(date), category, description: '', tags, draft, aliases: [], links: [] },
});

const ESSAYS = [
  essay('old', '2025-01-10T00:00:00Z'),
  essay('new', '2026-03-18T00:00:00Z', 'AI Essays'),
  essay('draft', '2026-02-01T00:00:00Z', 'Craft', true),
  essay('scheduled', '2026-12-25T00:00:00Z'),
];
const NOW = new Date('2026-11-26T12:00:00Z');

describe('publishedEssays', () => {
  test('lists essays newest first', () => {
    expect(publishedEssays(ESSAYS, { now: NOW, includeDrafts: false }).map((e) => e.id)).toEqual(['new', 'old']);
  });
  test('leaves drafts out of production and shows them in dev', () => {
    expect(publishedEssays(ESSAYS, { now: NOW, includeDrafts: true }).map((e) => e.id)).toEqual([
      'new',
      'draft',
      'old',
    ]);
  });
  test('holds back an essay dated after the build time until its date', () => {
    const later = new Date('2026-12-25T00:00:00Z');
    expect(publishedEssays(ESSAYS, { now: later, includeDrafts: false }).map((e) => e.id)).toEqual([
      'scheduled',
      'new',
      'old',
    ]);
  });
  test('does not reorder its input', () => {
    const input = [...ESSAYS];
    publishedEssays(input, { now: NOW, includeDrafts: false });
    expect(input).toEqual(ESSAYS);
  });
});

describe('categories', () => {
  test('counts essays per category, sorted by name', () => {
    expect(categoriesOf(ESSAYS)).toEqual([
      { name: 'AI Essays', slug: 'ai-essays', count: 1 },
      { name: 'Craft', slug: 'craft', count: 3 },
    ]);
  });
  test('rejects two spellings that share one URL', () => {
    expect(() => categoriesOf([essay('a', '2026-01-01', 'AI Essays'), essay('b', '2026-01-02', 'AI essays')])).toThrow(
      'Essay "b": category "AI essays" and "AI Essays" share the URL slug "ai-essays"',
    );
  });
  test('selects a category by its slug', () => {
    expect(inCategory(ESSAYS, 'ai-essays').map((e) => e.id)).toEqual(['new']);
  });
});

describe('byYear', () => {
  test('groups by calendar year in the site timezone, newest year first', () => {
    const groups = byYear([essay('nye', '2025-12-31T20:00:00Z'), essay('jan', '2025-06-01T00:00:00Z')], 'Asia/Tokyo');
    expect(groups.map((g) => [g.year, g.essays.map((e) => e.id)])).toEqual([
      [2026, ['nye']],
      [2025, ['jan']],
    ]);
  });
});

describe('tags', () => {
  const TAGGED = [
    essay('a', '2026-01-01', 'Craft', false, ['Speech Synthesis', 'ai']),
    essay('b', '2026-01-02', 'Craft', false, ['ai']),
    essay('c', '2026-01-03', 'Craft', false, []),
  ];
  test('counts essays per tag, sorted by name, each with the one slug rule', () => {
    expect(tagsOf(TAGGED)).toEqual([
      { name: 'ai', slug: 'ai', count: 2 },
      { name: 'Speech Synthesis', slug: 'speech-synthesis', count: 1 },
    ]);
  });
  test('counts a tag written twice in one essay once', () => {
    expect(tagsOf([essay('a', '2026-01-01', 'Craft', false, ['ai', 'ai'])])).toEqual([
      { name: 'ai', slug: 'ai', count: 1 },
    ]);
  });
  test('rejects two spellings that share one URL', () => {
    expect(() => tagsOf([...TAGGED, essay('d', '2026-01-04', 'Craft', false, ['speech synthesis'])])).toThrow(
      'Essay "d": tag "speech synthesis" and "Speech Synthesis" share the URL slug "speech-synthesis"',
    );
  });
  test('selects exactly the essays with a tag, by its slug, keeping their order', () => {
    expect(withTag(TAGGED, 'ai').map((e) => e.id)).toEqual(['a', 'b']);
    expect(withTag(TAGGED, 'speech-synthesis').map((e) => e.id)).toEqual(['a']);
    expect(withTag(TAGGED, 'nothing')).toEqual([]);
  });
});

describe('newestEssays', () => {
  const LIST = publishedEssays(ESSAYS, { now: new Date('2026-12-31T00:00:00Z'), includeDrafts: false });
  test('keeps the newest, in order, and drops the rest', () => {
    expect(newestEssays(LIST, 2).map((e) => e.id)).toEqual(['scheduled', 'new']);
  });
  test('keeps every essay when there are fewer than the limit', () => {
    expect(newestEssays(LIST, 20).map((e) => e.id)).toEqual(['scheduled', 'new', 'old']);
  });
});

describe('neighbours', () => {
  const LIST = publishedEssays(ESSAYS, { now: new Date('2026-12-31T00:00:00Z'), includeDrafts: false });
  test('gives the newer and the older essay by date', () => {
    const { newer, older } = neighbours(LIST, 'new');
    expect([newer?.id, older?.id]).toEqual(['scheduled', 'old']);
  });
  test('gives the newest essay no newer one, and the oldest no older one', () => {
    expect(neighbours(LIST, 'scheduled').newer).toBeUndefined();
    expect(neighbours(LIST, 'old').older).toBeUndefined();
  });
  test('fails, naming it, for an essay not in the list', () => {
    expect(() => neighbours(LIST, 'draft')).toThrow('Essay "draft" is not among the published essays');
  });
});
