// npm run narrate [--check] [--rescan] [slug…]: makes the narration of each essay whose kept narration is missing
// or stale, from the blocks of its page as built (a pre-pass build of just those essays), so the listener hears
// what the reader sees. --check synthesizes nothing and fails naming each essay whose narration is not current.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatClock } from '../src/lib/media-time.ts';
import { checkSiteConfig } from '../src/lib/site-config-schema.ts';
import { segmentSpokenBlocks } from '../src/lib/spoken-blocks.ts';
import { PARTIAL_SUFFIX } from '../src/narration/pipeline/atomic-write.ts';
import {
  KEPT_NARRATION,
  NARRATION_CACHE,
  narrationFilesProblem,
  narrationKey,
  readManifest,
  speechKey,
  writeManifest,
} from '../src/narration/pipeline/manifest.ts';
import { generatedNarrationEnabled } from '../src/narration/mode.ts';
import { narrateEssay, narratorFor, spokenTexts, type Narrator } from '../src/narration/pipeline/narrate-essay.ts';
import {
  essaysWantingNarration,
  readPipelineFingerprint,
  reasonToRender,
  writePipelineFingerprint,
  type EssaySource,
} from '../src/narration/pipeline/plan.ts';
import { essaysToNarrate } from '../src/narration/pipeline/prepass.ts';
import { pipelineFingerprint } from '../src/narration/pipeline/render-inputs.ts';
import { SITE } from '../src/site.config.ts';

/** A killed run leaves its temp files behind; nothing reads them, so the next run sweeps them away. */
function removePartialFiles(): void {
  for (const dir of [NARRATION_CACHE, KEPT_NARRATION]) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith(PARTIAL_SUFFIX)) rmSync(join(dir, file));
    }
  }
}

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

interface Verdict {
  essay: EssaySource;
  /** Why it must be narrated, or undefined when its narration turned out current. */
  stale: string | undefined;
  blocks: ReturnType<typeof segmentSpokenBlocks>;
}

/** Renders the essays (one pre-pass build of just them) and compares their blocks with their kept narration. */
function judgeRendered(
  essays: readonly EssaySource[],
  reasons: ReadonlyMap<string, string>,
  voice: Narrator,
): Verdict[] {
  const bodies = new Map(essaysToNarrate(essays.map((e) => e.slug)).map((body) => [body.slug, body]));
  return essays.flatMap((essay) => {
    const body = bodies.get(essay.slug);
    if (!body) return [];
    const blocks = segmentSpokenBlocks(body.body, body.options);
    const made = readManifest(essay.slug);
    const key = narrationKey(blocks, voice);
    let stale: string | undefined;
    if (!made) stale = reasons.get(essay.slug);
    else if (made.key !== key)
      stale = made.engine === voice.engine && made.voice === voice.voice ? 'its text changed' : reasons.get(essay.slug);
    else if (made.speechKey !== speechKey(spokenTexts(blocks, voice)))
      stale = 'what the voice is given to say changed (text normalisation)';
    else stale = narrationFilesProblem(made, { thorough: true });
    return [{ essay, stale, blocks }];
  });
}

async function main(): Promise<number> {
  const { values, positionals: requested } = parseArgs({
    options: { check: { type: 'boolean', default: false }, rescan: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (!generatedNarrationEnabled()) {
    console.log('narrate: LECTERN_NARRATION=off, so no narration is generated');
    return 0;
  }
  const started = performance.now();
  // First: a wrong field, engine or option in the site config fails at once, naming it.
  checkSiteConfig(SITE);
  const voice = await narratorFor(SITE.narration);
  removePartialFiles();
  const all = essaysWantingNarration({
    now: new Date(),
    timeZone: SITE.timezone,
    publicFileExists: (path) => existsSync(join('public', path)),
  });
  const unknown = requested.filter((slug) => !all.some((e) => e.slug === slug));
  if (unknown.length)
    throw new Error(`narrate: no published essay with generated narration is called ${unknown.join(', ')}`);
  const chosen = all.filter((e) => requested.length === 0 || requested.includes(e.slug));

  const pipeline = pipelineFingerprint('.', SITE.narration);
  const pipelineCurrent = !values.rescan && readPipelineFingerprint() === pipeline;
  // An essay named on the command line is always rendered: the page's own check may know better than fingerprints.
  const reasons = new Map(
    chosen.flatMap((e) => {
      const reason = requested.includes(e.slug)
        ? 'it was named'
        : reasonToRender(e, voice, pipelineCurrent, { thorough: values.check });
      return reason ? [[e.slug, reason] as const] : [];
    }),
  );
  const toRender = chosen.filter((e) => reasons.has(e.slug));
  console.log(
    `narrate: ${chosen.length - toRender.length} of ${chosen.length} narrations current by their fingerprints${toRender.length ? `; rendering ${toRender.length} to compare` : ''} (${seconds(started)})`,
  );
  const verdicts = toRender.length ? judgeRendered(toRender, reasons, voice) : [];
  const stale = verdicts.filter((v) => v.stale);

  if (values.check) {
    for (const { essay, stale: why } of stale)
      console.error(`${essay.file}: its narration is not current: ${why}; run "npm run narrate ${essay.slug}"`);
    console.log(`narrate --check: ${chosen.length - stale.length} of ${chosen.length} narrations current`);
    return stale.length ? 1 : 0;
  }

  // Current after all (a frontmatter edit, a refactor): record the new fingerprint, touch nothing else.
  for (const { essay } of verdicts.filter((v) => !v.stale)) {
    const made = readManifest(essay.slug);
    if (made) writeManifest({ ...made, inputs: essay.inputs });
  }
  await narrateAll(stale, voice);
  if (requested.length === 0) writePipelineFingerprint(pipeline);
  console.log(`narrate: done in ${seconds(started)}`);
  return 0;
}

async function narrateAll(work: readonly Verdict[], voice: Narrator): Promise<void> {
  let audioSeconds = 0;
  const synthStart = performance.now();
  for (const [index, { essay, stale, blocks }] of work.entries()) {
    const label = `[${index + 1}/${work.length}] ${essay.slug}`;
    console.log(`${label}: narrating with ${voice.engine} (${voice.voice}), because ${stale}`);
    const essayStart = performance.now();
    let lastLine = 0;
    const manifest = await narrateEssay(
      { slug: essay.slug, blocks, inputs: essay.inputs },
      voice,
      ({ synthesized, toSynthesize, cached }) => {
        const elapsed = (performance.now() - essayStart) / 1000;
        const eta = synthesized ? (elapsed / synthesized) * (toSynthesize - synthesized) : undefined;
        const line = `${label}: ${synthesized}/${toSynthesize} blocks synthesized${cached ? `, ${cached} cached` : ''}${eta === undefined ? '' : `, ETA ${formatClock(eta)}`}`;
        if (process.stdout.isTTY) process.stdout.write(`\r\u001b[2K${line}`);
        else if (synthesized === toSynthesize || performance.now() - lastLine > 5000) {
          console.log(line);
          lastLine = performance.now();
        }
      },
    );
    audioSeconds += manifest.durationSeconds;
    if (process.stdout.isTTY) process.stdout.write('\n');
    console.log(
      `${label}: ${formatClock(manifest.durationSeconds)} of audio, ${(manifest.bytes / 1024).toFixed(0)} KiB, in ${seconds(essayStart)}`,
    );
  }
  if (work.length) {
    const synthSeconds = (performance.now() - synthStart) / 1000;
    console.log(
      `narrate: ${formatClock(audioSeconds)} of audio in ${synthSeconds.toFixed(1)} s (${(synthSeconds / audioSeconds).toFixed(4)} s per second of audio)`,
    );
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
