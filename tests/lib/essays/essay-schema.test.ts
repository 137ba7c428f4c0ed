// The frontmatter contract, case by case: each mistake an author can make gets the field and the problem,
// in the words the build prints (tests/build/bad-essays.test.ts shows one of them in a real build).
import { describe, expect, test } from 'vitest';
import { checkEssay, EXISTING_AUDIO } from '../../support/frontmatter-problems.ts';

const FILE = 'content/essays/example.mdx';
const GOOD: Record<string, string> = {
  title: 'A fine essay',
  date: '2026-03-18',
  category: 'Craft',
  description: 'A plain description.',
};

/** The essay's source, with fields replaced (a string of YAML) or removed (undefined). */
function essay(changes: Record<string, string | undefined>): string {
  const fields = { ...GOOD, ...changes };
  const lines = Object.entries(fields).flatMap(([name, value]) => (value === undefined ? [] : [`${name}: ${value}`]));
  return `---\n${lines.join('\n')}\n---\n\nThe body.\n`;
}

const problemsOf = (changes: Record<string, string | undefined>): string[] => {
  const checked = checkEssay(essay(changes), FILE);
  return checked.ok ? [] : checked.problems;
};

describe('essaySchema accepts a well-formed essay', () => {
  test('with the values written, the date at midnight in the site timezone, and the defaults filled in', () => {
    const checked = checkEssay(essay({ tags: '[typography, web]', updated: '2026-07-01' }), FILE);
    expect(checked).toEqual({
      ok: true,
      data: {
        title: 'A fine essay',
        category: 'Craft',
        description: 'A plain description.',
        tags: ['typography', 'web'],
        draft: false,
        aliases: [],
        links: [],
        date: new Date('2026-03-18T00:00:00Z'),
        updated: new Date('2026-06-30T23:00:00Z'),
      },
    });
  });
  test('with a full date-time and offset, a recording that exists, a narrator and narration settings', () => {
    const checked = checkEssay(
      essay({
        date: '2026-03-18T09:30:00+01:00',
        audio: EXISTING_AUDIO,
        narrator: 'Ada',
        narration: '{ footnotes: skip }',
        draft: 'true',
      }),
      FILE,
    );
    expect(checked.ok && checked.data).toMatchObject({
      date: new Date('2026-03-18T08:30:00Z'),
      audio: EXISTING_AUDIO,
      narrator: 'Ada',
      narration: { footnotes: 'skip' },
      draft: true,
    });
  });
  test('with narration: false', () => {
    expect(problemsOf({ narration: 'false' })).toEqual([]);
  });
  test('with what an import keeps: the old paths, the old feed id and the links out', () => {
    const checked = checkEssay(
      essay({
        aliases: '[/my-post.html, /2019/01/my-post/]',
        guid: 'tag:example.org,2019-01-05:/my-post/',
        links: '[{ label: Discuss on Bluesky, url: "https://bsky.app/profile/a.example/post/3k" }]',
      }),
      FILE,
    );
    expect(checked.ok && checked.data).toMatchObject({
      aliases: ['/my-post.html', '/2019/01/my-post/'],
      guid: 'tag:example.org,2019-01-05:/my-post/',
      links: [{ label: 'Discuss on Bluesky', url: 'https://bsky.app/profile/a.example/post/3k' }],
    });
  });
  test('with its own pronunciations, kept as written for narration to read', () => {
    const checked = checkEssay(essay({ pronunciations: '{ Siobhan: shiv-AWN, Kyiv: { say: keev } }' }), FILE);
    expect(checked.ok && checked.data.pronunciations).toEqual({ Siobhan: 'shiv-AWN', Kyiv: { say: 'keev' } });
  });
});

describe('essaySchema names the field and the problem', () => {
  test.each([
    ['a missing title', { title: undefined }, 'title: title is required'],
    ['a missing date', { date: undefined }, 'date: date must be a date such as 2026-03-18'],
    ['a missing category', { category: undefined }, 'category: category is required'],
    ['a missing description', { description: undefined }, 'description: description is required'],
    ['a title of spaces', { title: '"   "' }, 'title: title must not be empty'],
    [
      'a pronunciation with nothing to say',
      { pronunciations: '{ Siobhan: "" }' },
      'pronunciations: "Siobhan" needs a non-empty say',
    ],
    [
      'pronunciations as a list',
      { pronunciations: '[Siobhan]' },
      'pronunciations: pronunciations must be a map of words to how they are said',
    ],
    ['a title that is a list', { title: '[one, two]' }, 'title: title must be text'],
    ['a title that YAML reads as a number', { title: '1984' }, 'title: title must be text'],
    [
      'a date in words',
      { date: 'March 3rd 2026' },
      'date: "March 3rd 2026" is not a date: write it as YYYY-MM-DD, for example 2026-03-18',
    ],
    ['a rolled-over date: 2024-02-30', { date: '2024-02-30' }, 'date: "2024-02-30" is not a real calendar date'],
    [
      'a month and day out of range: 2024-13-45',
      { date: '2024-13-45' },
      'date: "2024-13-45" is not a real calendar date',
    ],
    [
      'an impossible time of day',
      { date: '2026-03-18T25:00:00Z' },
      'date: "2026-03-18T25:00:00Z" is not a real time of day',
    ],
    [
      'a rolled-over update: 2025-02-29',
      { updated: '2025-02-29' },
      'updated: "2025-02-29" is not a real calendar date',
    ],
    [
      'a category with no letter or digit',
      { category: '"!!!"' },
      'category: category must contain a letter or digit, so that it has a URL',
    ],
    [
      'a tag with no letter or digit',
      { tags: '["ok", "🎧"]' },
      'tags.1: each tag must contain a letter or digit, so that it has a URL',
    ],
    ['tags that are not a list', { tags: '3' }, 'tags: tags must be a list of words'],
    ['a tag that is not text', { tags: '[words, [nested]]' }, 'tags.1: each tag must be text'],
    ['draft as "yes"', { draft: 'yes' }, 'draft: draft must be true or false'],
    ['narration as "yes"', { narration: 'yes' }, 'narration: narration must be false, or { footnotes: read | skip }'],
    [
      'narration with an unknown footnotes choice',
      { narration: '{ footnotes: loud }' },
      'narration: narration must be false, or { footnotes: read | skip }',
    ],
    ['an empty narrator', { narrator: '""' }, 'narrator: narrator must not be empty'],
    [
      'audio that is not a site path',
      { audio: 'audio/x.mp3' },
      'audio: audio must be a site path under public/, such as /audio/essay.mp3',
    ],
    [
      'a cover that is not beside the essay',
      { cover: '/images/cover.jpg' },
      'cover: cover must be an image beside the essay, such as ./images/cover.jpg',
    ],
    [
      'an audio file that does not exist',
      { audio: '/audio/missing.mp3' },
      'audio: audio file public/audio/missing.mp3 does not exist',
    ],
    [
      'an alias that is not a site path',
      { aliases: '[my-post.html]' },
      'aliases.0: each alias must be a site path starting with "/", such as /my-post.html',
    ],
    [
      'an alias on another host',
      { aliases: '["//old.example.org/my-post/"]' },
      'aliases.0: each alias must be a site path starting with "/", such as /my-post.html',
    ],
    [
      'aliases as one path',
      { aliases: '/my-post.html' },
      'aliases: aliases must be a list of site paths, such as [/my-post.html]',
    ],
    ['an empty guid', { guid: '""' }, 'guid: guid must not be empty'],
    [
      'a link without a label',
      { links: '[{ url: "https://a.example/" }]' },
      "links.0.label: each link's label is required",
    ],
    [
      'a link that is not a web address',
      { links: '[{ label: Mail, url: "mailto:a@example.org" }]' },
      "links.0.url: each link's url must be an http(s) address",
    ],
    ['a link as a string', { links: '["https://a.example/"]' }, 'links.0: each link must be { label, url }'],
    ['a misspelt field', { titel: 'Typo' }, ': unknown field(s): titel'],
  ])('%s', (_case, changes, problem) => {
    expect(problemsOf(changes)).toEqual([problem]);
  });

  test('lists every problem at once', () => {
    expect(problemsOf({ title: undefined, date: '2024-02-30', draft: 'yes' }).sort()).toEqual([
      'date: "2024-02-30" is not a real calendar date',
      'draft: draft must be true or false',
      'title: title is required',
    ]);
  });
});
