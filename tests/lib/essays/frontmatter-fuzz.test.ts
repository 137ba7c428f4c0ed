// Property: any frontmatter, with any YAML type in any field, either validates with exactly the values written, or is
// rejected with an error that names the file (readFrontmatter) or the field (the schema). Nothing else, nothing silent.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isoCalendarDate } from '../../../src/lib/formats/dates.ts';
import type { EssayData } from '../../../src/lib/essays/essay-schema.ts';
import { checkEssay, EXISTING_AUDIO, TIME_ZONE } from '../../support/frontmatter-problems.ts';
import { FUZZ } from '../../support/fuzz-settings.ts';

const FILE = 'content/essays/fuzzed.mdx';
const FIELDS = [
  'title',
  'date',
  'updated',
  'category',
  'description',
  'tags',
  'narrator',
  'audio',
  'narration',
  'draft',
];
const TEXT_FIELDS = new Set(['title', 'category', 'description', 'narrator']);
const DATE_FIELDS = new Set(['date', 'updated']);

/** What the author wrote for a field, and the value YAML gives it (`invalid`: YAML must refuse it). */
interface Written {
  yaml: string;
  value: unknown;
}
const INVALID = Symbol('invalid YAML');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const calendarText = fc
  .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
const dateTimeText = fc
  .tuple(
    calendarText,
    fc.constantFrom('T', ' '),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.constantFrom('', ':00', ':59', ':60', '.5', ':30.123'),
    fc.constantFrom('Z', '+01:00', '-05:30', '+0530', '+14:00', '-00:00', '+24:00', '+99:99', '+01:60', ''),
  )
  .map(([day, sep, h, m, rest, zone]) => `${day}${sep}${pad(h)}:${pad(m)}${rest === '.5' ? ':00.5' : rest}${zone}`);
const ODD_DATES = [
  '2024-02-30',
  '0000-01-01',
  '2026-13-01',
  '2024-02-29',
  '2025-02-29',
  '1900-02-29',
  '2000-02-29',
  '0099-12-31',
  '9999-12-31',
  '2026-03-18',
  ' 2026-03-18 ',
  '2026-3-8',
  '+002026-03-18',
  '2026-03-18T09:30:00+01:00',
  '2026-03-18T09:30:00+99:99',
];
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u0007bell',
    '\u202eright-to-left',
    '\uFEFF',
    'Café',
    '日本語の題',
    '🎉',
    'read',
    'skip',
    EXISTING_AUDIO,
    '/audio/x.mp3',
  ),
  fc.string({ minLength: 2000, maxLength: 6000 }),
  calendarText,
  dateTimeText,
  fc.constantFrom(...ODD_DATES),
);
const { value: jsonValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('footnotes')), tie('value'), { maxKeys: 2 }),
  ),
}));

// Written as JSON (YAML 1.2 reads JSON as itself), or as one of the plain scalars YAML's core schema reads its own way.
// The invalid ones are invalid on any line: an unclosed quote is not, as a later quote can close it.
const PLAIN: Written[] = [
  { yaml: '2024-02-30', value: '2024-02-30' },
  { yaml: '0000-01-01', value: '0000-01-01' },
  { yaml: '2026-13-01', value: '2026-13-01' },
  { yaml: '2026-03-18', value: '2026-03-18' },
  { yaml: '2026-03-18T09:30:00+01:00', value: '2026-03-18T09:30:00+01:00' },
  { yaml: '2026-03-18 09:30:00Z', value: '2026-03-18 09:30:00Z' },
  { yaml: 'March 3rd 2026', value: 'March 3rd 2026' },
  { yaml: 'yes', value: 'yes' },
  { yaml: 'no', value: 'no' },
  { yaml: 'true', value: true },
  { yaml: 'False', value: false },
  { yaml: '1984', value: 1984 },
  { yaml: '0x1F', value: 31 },
  { yaml: '1e3', value: 1000 },
  { yaml: '.inf', value: Infinity },
  { yaml: '~', value: null },
  { yaml: '', value: null },
  { yaml: '[]', value: [] },
  { yaml: '{}', value: {} },
  { yaml: '[read, skip]', value: ['read', 'skip'] },
  { yaml: '{ footnotes: skip }', value: { footnotes: 'skip' } },
  { yaml: "'it''s'", value: "it's" },
  { yaml: '"tab\\tand\\u00e9"', value: 'tab\tandé' },
  { yaml: '&anchor Plain words', value: 'Plain words' },
  { yaml: '!!str 2026', value: '2026' },
  { yaml: '!!timestamp 2024-02-30', value: INVALID },
  { yaml: '!!binary aGk=', value: INVALID },
  { yaml: '*nowhere', value: INVALID },
  { yaml: '@reserved', value: INVALID },
  { yaml: 'a: b: c', value: INVALID },
];
const asJson = (value: unknown): Written => ({
  yaml: JSON.stringify(value) ?? 'null',
  value: JSON.parse(JSON.stringify(value) ?? 'null') as unknown,
});
const anything: fc.Arbitrary<Written> = fc.oneof(
  { weight: 2, arbitrary: jsonValue.map(asJson) },
  { weight: 1, arbitrary: fc.constantFrom(...PLAIN) },
);

// Mostly what each field takes, so that whole, valid essays come up often.
const someDay = fc.date({
  min: new Date('1000-01-01T00:00:00Z'),
  max: new Date('9999-12-30T00:00:00Z'),
  noInvalidDate: true,
});
const offset = fc
  .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45))
  .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`);
const dateish = fc.oneof(
  { weight: 3, arbitrary: someDay.map((day) => day.toISOString().slice(0, 10)) },
  { weight: 2, arbitrary: fc.tuple(someDay, offset).map(([day, zone]) => `${day.toISOString().slice(0, 19)}${zone}`) },
  { weight: 2, arbitrary: fc.oneof(calendarText, dateTimeText, fc.constantFrom(...ODD_DATES)) },
);
const words = fc.oneof({ weight: 4, arbitrary: fc.string({ minLength: 1 }) }, { weight: 1, arbitrary: text });
const TYPICAL: Record<string, fc.Arbitrary<unknown>> = {
  title: words,
  category: words,
  description: words,
  narrator: words,
  date: dateish,
  updated: dateish,
  tags: fc.array(words, { maxLength: 4 }),
  audio: fc.oneof(
    { weight: 3, arbitrary: fc.constant(EXISTING_AUDIO) },
    { weight: 1, arbitrary: fc.constantFrom('/audio/missing.mp3', 'audio/recorded.mp3') },
  ),
  narration: fc.oneof(
    fc.constant(false),
    fc.record({ footnotes: fc.constantFrom('read', 'skip', 'read', 'skip', 'loud', 'READ') }, { requiredKeys: [] }),
  ),
  draft: fc.oneof(
    { weight: 4, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom('true', 'yes', 0, 1) },
  ),
};
const REQUIRED = new Set(['title', 'date', 'category', 'description']);

// A typical essay (a required field missing one time in twenty, an optional one present half the time); in half the
// cases one to three fields given anything at all, and now and then a field Lectern does not have.
const frontmatter = fc
  .tuple(
    fc.record(
      Object.fromEntries(
        FIELDS.map((name) => [
          name,
          fc.option((TYPICAL[name] ?? jsonValue).map(asJson), { freq: REQUIRED.has(name) ? 20 : 2, nil: undefined }),
        ]),
      ),
    ),
    fc.option(fc.dictionary(fc.constantFrom(...FIELDS), anything, { minKeys: 1, maxKeys: 3 }), { freq: 2, nil: {} }),
    fc.oneof(
      { weight: 7, arbitrary: fc.constant({}) },
      {
        weight: 1,
        arbitrary: fc.dictionary(
          fc.oneof(fc.string(), fc.constantFrom('titel', 'Title', '__proto__', 'constructor')),
          anything,
          { minKeys: 1, maxKeys: 1 },
        ),
      },
    ),
  )
  .map(([typical, wild, unknown]) =>
    Object.fromEntries(
      Object.entries({ ...typical, ...wild, ...unknown }).filter(
        (entry): entry is [string, Written] => entry[1] !== undefined,
      ),
    ),
  );

/** The instant a date-time states, worked out apart from the code under test; undefined if it is not one. */
function statedInstant(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const [offsetHours, offsetMinutes] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  if (hour! > 23 || minute! > 59 || second! > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year!, month! - 1, day!);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day)
    return undefined;
  date.setUTCHours(hour!, minute!, second!, Math.floor(Number(`0${m[7] ?? ''}`) * 1000));
  return date.getTime() - (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
}

function expectWrittenDate(date: Date, value: unknown): void {
  expect(typeof value).toBe('string');
  const written = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(written)) expect(isoCalendarDate(date, TIME_ZONE)).toBe(written);
  else expect(date.getTime()).toBe(statedInstant(written));
}

/** Accepted: every field holds what was written (text trimmed, defaults where absent). */
function expectValuesWritten(data: EssayData, fields: Record<string, Written>): void {
  expect(Object.keys(fields).every((name) => FIELDS.includes(name))).toBe(true);
  for (const name of FIELDS) {
    const value = fields[name]?.value;
    const got = (data as Record<string, unknown>)[name];
    if (TEXT_FIELDS.has(name) || name === 'audio')
      expect(got).toBe(value === undefined ? undefined : (value as string).trim());
    else if (DATE_FIELDS.has(name))
      value === undefined ? expect(got).toBeUndefined() : expectWrittenDate(got as Date, value);
    else if (name === 'tags')
      expect(got).toEqual(value === undefined ? [] : (value as string[]).map((tag) => tag.trim()));
    else if (name === 'draft') expect(got).toBe(value ?? false);
    else expect(got).toEqual(value);
  }
}

// Zod's and Astro's own wording: a message like this means a field has no message of Lectern's.
const GENERIC = /Invalid input|Expected|Received|Did not match|Too (small|big)|Unrecognized/;
const DATE_PROBLEM =
  /^"[\s\S]*" is not a (date: write it as YYYY-MM-DD|real calendar date|real time of day|real offset from UTC)|^"[\s\S]*" would be shown as/;

/** Rejected by the schema: every problem names a field the author wrote or must write, in Lectern's words. */
function expectFieldProblems(problems: string[], fields: Record<string, Written>): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    const [path = '', message = ''] = problem.split(/: ([\s\S]*)/);
    const field = path.split('.')[0] ?? '';
    expect(message).not.toMatch(GENERIC);
    if (field === '') {
      const unknown = Object.keys(fields).filter((name) => !FIELDS.includes(name));
      expect(message).toBe(`unknown field(s): ${unknown.join(', ')}`);
      continue;
    }
    expect(FIELDS).toContain(field);
    const namesField =
      message.startsWith(`${field} `) ||
      message.startsWith('each tag ') ||
      (DATE_FIELDS.has(field) && DATE_PROBLEM.test(message));
    expect(namesField, problem).toBe(true);
  }
}

test('any frontmatter validates with the values written, or fails naming the file or the field', () => {
  const outcomes = { accepted: 0, fieldProblems: 0, fileErrors: 0 };
  fc.assert(
    fc.property(frontmatter, (fields) => {
      const lines = Object.entries(fields).map(([name, { yaml }]) => `${JSON.stringify(name)}: ${yaml}`);
      const source = `---\n${lines.join('\n')}\n---\n\nThe body.\n`;
      let checked: ReturnType<typeof checkEssay>;
      try {
        checked = checkEssay(source, FILE);
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).constructor).toBe(Error);
        expect((error as Error).message.startsWith(`${FILE}: `)).toBe(true);
        const yamlMayFail = Object.values(fields).some(({ value }) => value === INVALID);
        expect(yamlMayFail || lines.length === 0, (error as Error).message).toBe(true);
        outcomes.fileErrors++;
        return;
      }
      expect(
        Object.values(fields).some(({ value }) => value === INVALID),
        'invalid YAML was accepted',
      ).toBe(false);
      if (checked.ok) expectValuesWritten(checked.data, fields);
      else expectFieldProblems(checked.problems, fields);
      outcomes[checked.ok ? 'accepted' : 'fieldProblems']++;
    }),
    FUZZ,
  );
  // A fuzzer that never reaches a valid essay could not catch a wrong value: each outcome must come up (about 17% accepted).
  expect(outcomes.accepted).toBeGreaterThan(50);
  expect(outcomes.fieldProblems).toBeGreaterThan(50);
  expect(outcomes.fileErrors).toBeGreaterThan(5);
});
