// The one generator of synthetic essays for the benchmark: every peer gets these same essays, in its own format.
import type { FootnoteDefinition, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { slugify } from '../../src/lib/essays/slug.ts';
import { seededRandom, type Random } from './seeded-random.ts';
import { CATEGORIES, WORDS } from './vocabulary.ts';

export const FOOTNOTES_PER_ESSAY = 8;
export const WORDS_PER_ESSAY = { min: 1450, max: 1550 } as const;
export const FIRST_DAY = '2016-01-01';
// Ten years of days (2016-2025), so the archive spreads over ten years whatever the number of essays.
const DAYS = 3653;
const SECTIONS = 4;
// Per section: a paragraph, the h3, two more paragraphs; plus the introduction.
const PARAGRAPHS = 1 + SECTIONS * 3;
const LIST_ITEMS = 4;

export interface SyntheticEssay {
  readonly slug: string;
  readonly title: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly category: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly body: Root;
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const words = (random: Random, count: number): string[] => Array.from({ length: count }, () => random.pick(WORDS));
const sentence = (random: Random, count: number): string => `${capitalise(words(random, count).join(' '))}.`;

/** Prose of exactly `count` words, in sentences of 6 to 18 words. */
function prose(random: Random, count: number): string {
  const sentences: string[] = [];
  for (let left = count; left > 0; ) {
    const length = left <= 18 ? left : Math.min(random.int(6, 18), left - 6);
    sentences.push(sentence(random, length));
    left -= length;
  }
  return sentences.join(' ');
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: 2 | 3, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });

// Splits `total` words among `parts` parts of roughly equal size, exactly.
function shares(random: Random, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.7 + random.next() * 0.6);
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w / sum) * total));
  out[0] = (out[0] ?? 0) + total - out.reduce((a, b) => a + b, 0);
  return out;
}

function body(random: Random, slug: string): Root {
  const target = random.int(WORDS_PER_ESSAY.min, WORDS_PER_ESSAY.max);
  const headings = Array.from({ length: SECTIONS * 2 }, () => capitalise(words(random, random.int(2, 4)).join(' ')));
  const notes = Array.from({ length: FOOTNOTES_PER_ESSAY }, () => prose(random, random.int(10, 18)));
  const items = Array.from({ length: LIST_ITEMS }, () => prose(random, random.int(6, 10)));
  const fixed = [...headings, ...notes, ...items].reduce((sum, part) => sum + part.split(' ').length, 0);
  const paragraphs = shares(random, target - fixed, PARAGRAPHS).map((count) => prose(random, count));
  // Paragraphs 1-8 each cite one note, in order; the introduction cites none.
  const para = (i: number): Paragraph => {
    const value = paragraphs[i] ?? '';
    if (i === 2) {
      // The one link: the paragraph's first three words, to a page outside the site.
      const [first, second, third, ...rest] = value.split(' ');
      const linked: PhrasingContent = {
        type: 'link',
        url: `https://example.org/notes/${slug}`,
        children: [text(`${first} ${second} ${third}`)],
      };
      return paragraph([linked, text(` ${rest.join(' ')}`), ...citation(i)]);
    }
    return paragraph([text(value), ...citation(i)]);
  };
  const citation = (i: number): PhrasingContent[] =>
    i >= 1 && i <= FOOTNOTES_PER_ESSAY ? [{ type: 'footnoteReference', identifier: String(i), label: String(i) }] : [];
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph([text(item)])] })),
  };
  const children: RootContent[] = [para(0)];
  for (let s = 0; s < SECTIONS; s++) {
    const p = 1 + s * 3;
    children.push(heading(2, headings[s * 2] ?? ''), para(p), heading(3, headings[s * 2 + 1] ?? ''), para(p + 1));
    if (s === 1) children.push(list);
    children.push(para(p + 2));
  }
  const definitions: FootnoteDefinition[] = notes.map((note, i) => ({
    type: 'footnoteDefinition',
    identifier: String(i + 1),
    label: String(i + 1),
    children: [paragraph([text(note)])],
  }));
  return { type: 'root', children: [...children, ...definitions] };
}

const dayAfter = (first: string, days: number): string =>
  new Date(Date.parse(`${first}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Essay `index` of `count`: the same for the same seed, wherever and whenever it runs. */
export function syntheticEssay(index: number, count: number, seed: number): SyntheticEssay {
  const random = seededRandom(seed * 100_003 + index);
  const title = capitalise(words(random, random.int(3, 6)).join(' '));
  const slug = `${String(index + 1).padStart(4, '0')}-${slugify(title)}`;
  return {
    slug,
    title,
    // Stratified: essay i falls in the i-th of `count` equal slices of the ten years.
    date: dayAfter(FIRST_DAY, Math.floor(((index + random.next()) * DAYS) / count)),
    category: CATEGORIES[index % CATEGORIES.length] ?? 'Craft',
    description: sentence(random, random.int(12, 18)),
    tags: [...new Set(words(random, 2))],
    body: body(random, slug),
  };
}

export const syntheticEssays = (count: number, seed: number): SyntheticEssay[] =>
  Array.from({ length: count }, (_, index) => syntheticEssay(index, count, seed));

/** The essay with its introduction rewritten (same length, other words): the one-paragraph edit of a rebuild. */
export function withEditedParagraph(essay: SyntheticEssay, seed: number): SyntheticEssay {
  const [first, ...rest] = essay.body.children;
  if (first?.type !== 'paragraph') throw new Error(`${essay.slug}: a synthetic essay starts with a paragraph`);
  const count = first.children.reduce(
    (sum, node) => sum + (node.type === 'text' ? node.value.split(' ').length : 0),
    0,
  );
  const edited = paragraph([text(prose(seededRandom(seed), count))]);
  return { ...essay, body: { ...essay.body, children: [edited, ...rest] } };
}
