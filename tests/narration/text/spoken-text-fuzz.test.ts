// Property: mixed prose, inline code, markup, maths, addresses, versions, flags and emoji, hostile or not, always
// give a voice something to say: never an exception, never an empty block, and never a raw code symbol read aloud.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { CODE_CLOSE, CODE_OPEN, SUP_CLOSE, SUP_OPEN } from '../../../src/lib/essay-body/spoken-marks.ts';
import { sayCode } from '../../../src/narration/text/rules/technical/inline-code.ts';
import { toSpokenText, toSpokenWords, toWrittenText } from '../../../src/narration/text/spoken-text.ts';
import { FUZZ } from '../../support/fuzz-settings.ts';

// Pieces of technical prose as essays hold them, from overreacted.io and the examples.
const PIECES = [
  'a',
  'the',
  'component',
  'renders',
  'It',
  'VS Code',
  'one thing - and another',
  'read/write',
  'e.g.',
  'etc.',
  '<p>You clicked 0 times</p>',
  '<ExpensiveTree />',
  '() => {…}',
  'useEffect(fn, [])',
  '[]',
  '{}',
  'a === b',
  'x != y && z || w',
  'a + birthYear',
  '50² = 2,500',
  'O(n²)',
  '(2025 - 42)',
  'x₁',
  '2 × 3 ÷ 6 ≤ 1',
  '1–3',
  'https://some-cool-free-hosting.com/x/y',
  'www.example.com',
  'me@example.com',
  '/src/bundle.js#onLike',
  'at://ruuuuu.de/app.bsky.feed.post/3lzy2ji',
  'network-utility@1.0.0',
  '1.0.1',
  'v18.2',
  '@astrojs/mdx',
  '--force',
  '-v',
  '🐞(n)',
  '⚠️',
  '🚀',
  '🥁🥁',
  '$5',
  '3/4',
  '10:30',
  '1990s',
  'Henry VIII',
  'API',
  '100%',
  '~10',
  'C#',
  '…',
  'Eq<X, X>',
  'webpack-dev-server > chokidar',
  '<A children={<B />} />',
  '<>',
  '</>',
  '__proto__',
  'snake_case_name',
  '$',
  '^',
  '|',
  '\\',
  '`',
  '"',
  "'",
  '<',
  '>',
  '{',
  '}',
  '=>',
  '_',
  '*',
  '#',
  '@',
  '&',
  '=',
  ';',
  ':',
];
const HOSTILE = fc.string({
  unit: fc.constantFrom(...'<>{}[]()=_$@#%^&*|\\/~`"\'.,;:!?-+ Aa1²₁é🐞'),
  maxLength: 12,
});
const piece = fc.oneof(fc.constantFrom(...PIECES), HOSTILE, fc.string({ maxLength: 8 }));
const inline = (code: string): string => `${CODE_OPEN}${code}${CODE_CLOSE}`;
const span = fc.oneof(
  { weight: 3, arbitrary: piece },
  { weight: 2, arbitrary: piece.map(inline) },
  { weight: 1, arbitrary: fc.constantFrom('2', 'n', '-1', 'x').map((s) => `${SUP_OPEN}${s}${SUP_CLOSE}`) },
);
const block = fc.array(span, { minLength: 1, maxLength: 8 }).map((spans) => spans.join(' '));

// Blocks reach the rules with their whitespace collapsed (spoken-blocks.ts), so a space is the only one here.
// Printable ASCII only: what flite has sounds for. No symbol a person would not read aloud.
const SAYABLE = /^[\x20-\x7E]*$/;
const RAW_CODE = /[<>{}[\]_\\|^`]|=>/;
const HAS_WORD = /[\p{L}\p{N}]/u;

test('flite is given ASCII words for any block, never raw code symbols, and never nothing for a block with words', () => {
  fc.assert(
    fc.property(block, (text) => {
      const spoken = toSpokenText(text);
      expect(spoken).toMatch(SAYABLE);
      expect(spoken).not.toMatch(RAW_CODE);
      if (text.includes(CODE_OPEN) || HAS_WORD.test(text)) expect(spoken).toMatch(/[A-Za-z]/);
    }),
    FUZZ,
  );
});

// Prose keeps its own punctuation for such an engine (it reads "(" or "{" as it likes); markup it would read aloud.
test('an engine that reads text as written is never given a raw tag, nor nothing for a block with inline code', () => {
  fc.assert(
    fc.property(block, (text) => {
      const written = toWrittenText(text);
      expect(written).not.toMatch(/<\/?[A-Za-z][\w.-]*\s*\/?>|<[A-Za-z][\w.-]*\s+[\w-]+=/);
      if (text.includes(CODE_OPEN)) expect(written).toMatch(/[\p{L}\p{N}]/u);
    }),
    FUZZ,
  );
});

test('inline code is always said, and said in words: never empty, never a raw symbol', () => {
  fc.assert(
    fc.property(piece, (code) => {
      const words = sayCode(code);
      expect(words).toMatch(/[\p{L}\p{N}]/u);
      expect(words).not.toMatch(/[<>{}[\]]|=>/);
    }),
    FUZZ,
  );
});

// The words, not flite's respellings ("a" said as "uh" is an article only where the first pass saw one), of real
// prose: symbols strewn at random ("<.A-") leave text a second pass reads again, and no essay holds that; and not of
// inline code, whose words are kept from the prose rules once ("`etc.`") and would not be the second time.
const realBlock = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((spans) => spans.join(' '));

test('spoken words said again are unchanged: the rules leave their own words alone', () => {
  fc.assert(
    fc.property(realBlock, (text) => {
      const spoken = toSpokenWords(text);
      expect(toSpokenWords(spoken)).toBe(spoken);
    }),
    FUZZ,
  );
});
