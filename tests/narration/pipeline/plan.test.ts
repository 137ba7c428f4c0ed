// What `npm run narrate` renders, decided from files alone: the essays that want generated narration, and of those
// only the ones whose fingerprints changed (or that were named), each with the reason it prints.
import { NO_PRONUNCIATIONS } from '../../../src/lib/essays/pronunciations.ts';
import { rmSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import type { SpokenBlock } from '../../../src/lib/essay-body/spoken-blocks.ts';
import { essayNarrationPath, readManifest } from '../../../src/narration/pipeline/manifest.ts';
import {
  type EssaySource,
  essaysWantingNarration,
  judgeRendered,
  planNarration,
  recordCurrent,
} from '../../../src/narration/pipeline/plan.ts';
import { essayFingerprint } from '../../../src/narration/pipeline/render-inputs.ts';
import { inTempSiteFolder, KEPT_VOICE as VOICE, keepNarration } from '../../support/temp-site-folder.ts';

const write = inTempSiteFolder('plan');
beforeEach(() => rmSync('content', { recursive: true, force: true }));

const FACTS = {
  now: new Date('2026-03-18T12:00:00Z'),
  timeZone: 'Europe/London',
  publicFileExists: () => true,
  pronunciations: NO_PRONUNCIATIONS,
};
const BLOCKS: SpokenBlock[] = [{ id: 'p-one', kind: 'paragraph', text: 'The ear forgives.' }];
const essay = (slug: string, extra = '', date = '2026-03-01'): void =>
  write(
    `content/essays/${slug}.mdx`,
    `---\ntitle: ${slug}\ndate: ${date}\ncategory: Craft\ndescription: About ${slug}.\n${extra}---\n\nThe ear forgives.\n`,
  );

/** The narration the pipeline would have kept for `source`, current in every respect. */
const narrated = (source: EssaySource, blocks = BLOCKS): void => {
  keepNarration(write, { slug: source.slug, blocks, inputs: source.inputs });
};
const plan = (all: EssaySource[], request: Partial<Parameters<typeof planNarration>[3]> = {}, pipelineCurrent = true) =>
  planNarration(all, VOICE, pipelineCurrent, { requested: [], rescan: false, thorough: false, ...request });

describe('essaysWantingNarration', () => {
  test('lists the published essays that want generated narration, by slug wherever they sit, with their fingerprints', () => {
    essay('c-third');
    essay('b-second');
    write(
      'content/essays/zz/a-first.mdx',
      '---\ntitle: A\ndate: 2025-01-01\ncategory: Craft\ndescription: A.\n---\n\nA.\n',
    );
    expect(essaysWantingNarration(FACTS)).toEqual(
      ['zz/a-first', 'b-second', 'c-third'].map((name) => {
        const file = `content/essays/${name}.mdx`;
        return {
          slug: name.replace('zz/', ''),
          file,
          inputs: essayFingerprint('.', file),
          pronunciations: NO_PRONUNCIATIONS,
          data: expect.objectContaining({ category: 'Craft' }),
        };
      }),
    );
  });

  test.each([
    ['a draft', 'draft: true\n', '2026-03-01'],
    ['an essay dated after now', '', '2026-03-19'],
    ['an essay with a recording', 'audio: /audio/read.mp3\n', '2026-03-01'],
    ['an essay that asks for no narration', 'narration: false\n', '2026-03-01'],
  ])('leaves out %s', (_case, extra, date) => {
    essay('kept-in');
    essay('left-out', extra, date);
    expect(essaysWantingNarration(FACTS).map((e) => e.slug)).toEqual(['kept-in']);
  });

  test('keeps an essay whose frontmatter does not validate, so the pre-pass stops naming it', () => {
    essay('bad-date', '', '2024-02-30');
    write('content/essays/no-frontmatter.mdx', 'Just text.\n');
    expect(essaysWantingNarration(FACTS).map((e) => e.slug)).toEqual(['bad-date', 'no-frontmatter']);
  });

  test('is empty for a site with no essays folder', () => {
    expect(essaysWantingNarration(FACTS)).toEqual([]);
  });
});

describe('planNarration', () => {
  const sources = (): EssaySource[] => {
    essay('current');
    essay('edited');
    essay('new');
    const all = essaysWantingNarration(FACTS);
    for (const source of all.filter((e) => e.slug !== 'new')) narrated(source);
    essay('edited', 'tags: [later]\n');
    return essaysWantingNarration(FACTS);
  };

  test('renders only the essays whose fingerprints changed, each with its reason, and skips the current one', () => {
    const { chosen, toRender } = plan(sources());
    expect(chosen.map((e) => e.slug)).toEqual(['current', 'edited', 'new']);
    expect([...toRender]).toEqual([
      ['edited', 'the essay changed'],
      ['new', 'it has no narration yet'],
    ]);
  });

  test('renders every essay to compare when the pipeline changed, or on --rescan', () => {
    const all = sources();
    const changed = plan(all, {}, false);
    expect(changed.toRender.get('current')).toBe('the code that renders essays changed');
    expect([...plan(all, { rescan: true }).toRender.keys()]).toEqual(['current', 'edited', 'new']);
  });

  test('renders the essays named, and only those, whatever their fingerprints say', () => {
    const { chosen, toRender } = plan(sources(), { requested: ['current'] });
    expect(chosen.map((e) => e.slug)).toEqual(['current']);
    expect([...toRender]).toEqual([['current', 'it was named']]);
  });

  test('refuses a named essay that does not exist, naming it', () => {
    expect(() => plan(sources(), { requested: ['current', 'missing'] })).toThrow(
      'narrate: no published essay with generated narration is called missing',
    );
  });

  test('checks the MP3 by hash only when thorough (--check)', () => {
    const all = sources();
    write(essayNarrationPath('current', 'mp3'), 'ID3 stands in for the audiO');
    expect(plan(all).toRender.has('current')).toBe(false);
    expect(plan(all, { thorough: true }).toRender.get('current')).toContain('is not the one its manifest describes');
  });
});

describe('after rendering', () => {
  test('judges each rendered essay by its blocks, and gives no verdict on one the pre-pass did not return', () => {
    for (const slug of ['same', 'changed', 'skipped']) essay(slug);
    const all = essaysWantingNarration(FACTS);
    for (const source of all) narrated(source);
    const edited: SpokenBlock[] = [{ id: 'p-one', kind: 'paragraph', text: 'The ear forgives much.' }];
    const rendered = [
      { slug: 'same', blocks: BLOCKS },
      { slug: 'changed', blocks: edited },
    ];
    const verdicts = judgeRendered(all, rendered, VOICE, (blocks) => blocks.map((b) => b.text));
    expect(verdicts.map((v) => [v.essay.slug, v.stale])).toEqual([
      ['changed', 'its text changed'],
      ['same', undefined],
    ]);
  });

  test('records the new fingerprint of an essay found current after all, and leaves a stale one alone', () => {
    essay('retagged');
    essay('rewritten');
    for (const source of essaysWantingNarration(FACTS)) narrated(source);
    essay('retagged', 'tags: [new]\n');
    essay('rewritten', 'tags: [new]\n');
    const all = essaysWantingNarration(FACTS);
    const [retagged, rewritten] = all;
    const oldInputs = readManifest('rewritten')?.inputs;
    recordCurrent([
      { essay: retagged as EssaySource, stale: undefined, blocks: BLOCKS },
      { essay: rewritten as EssaySource, stale: 'its text changed', blocks: BLOCKS },
    ]);
    expect(readManifest('retagged')?.inputs).toBe(retagged?.inputs);
    expect(readManifest('rewritten')?.inputs).toBe(oldInputs);
    expect(plan(all).toRender.has('retagged')).toBe(false);
  });
});
