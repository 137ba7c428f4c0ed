// npm run narrate [--check] [--rescan] [--prune] [slug…]: makes the narration of each essay whose kept narration is
// missing or stale, from the blocks of its page as built (a pre-pass build of just those essays), so the listener
// hears what the reader sees. --check synthesizes nothing and fails naming each essay whose narration is not current.
// --prune removes the cached blocks that no current essay says. Each run warns of a narration too large to deploy.
// --shard k/n narrates only the k-th of n parts of the essays to render, so that n CI runners share an archive.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generatedNarrationEnabled } from '../src/lib/site/build-flags.ts';
import { filesUnder } from '../src/integrations/deploy-report.ts';
import { formatBytes, oversizeFiles, type PublishedFile } from '../src/lib/site/host-limits.ts';
import { formatClock } from '../src/lib/formats/media-time.ts';
import { narrationUrl } from '../src/lib/site/urls.ts';
import { checkSiteConfig } from '../src/site-config-schema.ts';
import { removePartialFiles } from '../src/files/atomic-write.ts';
import { pruneBlockCache, pruneFrameCache } from '../src/narration/pipeline/block-cache.ts';
import { NO_PRONUNCIATIONS } from '../src/lib/essays/pronunciations.ts';
import {
  essayNarrationPath,
  KEPT_NARRATION,
  NARRATION_CACHE,
  readManifest,
} from '../src/narration/pipeline/manifest.ts';
import {
  cachedFrameKeys,
  narrateEssay,
  type NarrationThreads,
  startNarrationThreads,
  synthesisVoiceFor,
  spokenSentences,
  type SynthesisVoice,
} from '../src/narration/pipeline/narrate-essay.ts';
import {
  type EssaySource,
  essaysWantingNarration,
  essaysWithRecordings,
  judgeRendered,
  planNarration,
  readPipelineFingerprint,
  recordCurrent,
  type Verdict,
  writePipelineFingerprint,
} from '../src/narration/pipeline/plan.ts';
import { alignRecordings } from '../src/narration/pipeline/align-recorded.ts';
import { essayBlocks, essaysToNarrate } from '../src/narration/pipeline/prepass.ts';
import {
  essayWeights,
  parseShard,
  type Shard,
  shardConflict,
  shardPart,
  type Weighted,
} from '../src/narration/pipeline/shard.ts';
import { auditPronunciations } from '../src/narration/proofing/audit.ts';
import { sayToFile } from '../src/narration/proofing/say-one.ts';
import { scriptLines } from '../src/narration/proofing/script-view.ts';
import { knownToVoice } from '../src/narration/proofing/voice-lexicon.ts';
import { readSiteLexicon } from '../src/narration/proofing/site-lexicon.ts';
import { pipelineFingerprint } from '../src/narration/pipeline/render-inputs.ts';
import { SITE } from '../src/site.config.ts';

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  const { values, positionals: requested } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      rescan: { type: 'boolean', default: false },
      script: { type: 'string' },
      audit: { type: 'boolean', default: false },
      say: { type: 'string' },
      prune: { type: 'boolean', default: false },
      shard: { type: 'string' },
    },
    allowPositionals: true,
  });
  // First of all, so that a runner of a CI matrix given a wrong shard fails before it builds anything.
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const conflict = shard && shardConflict({ ...values, slugs: requested });
  if (conflict) throw new Error(conflict);
  if (!generatedNarrationEnabled()) {
    console.log('narrate: LECTERN_NARRATION=off, so no narration is generated');
    return 0;
  }
  const started = performance.now();
  // First: a wrong field, engine or option in the site config fails at once, naming it.
  checkSiteConfig(SITE);
  const voice = await synthesisVoiceFor(SITE.narration);
  removePartialFiles([NARRATION_CACHE, KEPT_NARRATION]);
  const facts = {
    pronunciations: readSiteLexicon(),
    now: new Date(),
    timeZone: SITE.timezone,
    publicFileExists: (path: string) => existsSync(join('public', path)),
  };
  const all = essaysWantingNarration(facts);
  if (values.script !== undefined) return await printScript(all, values.script, voice);
  if (values.audit) return await printAudit(all, requested);
  if (values.say !== undefined) {
    const { path, spoken } = await sayToFile(values.say, SITE.narration, readSiteLexicon());
    console.log(`narrate --say: ${voice.engine} (${voice.voice}) said "${spoken}": ${path}`);
    return 0;
  }
  if (values.prune) return await prune(all, voice);
  const pipeline = pipelineFingerprint('.', SITE.narration);
  const { chosen, toRender } = planNarration(all, voice, readPipelineFingerprint() === pipeline, {
    requested,
    rescan: values.rescan,
    thorough: values.check,
  });
  console.log(
    `narrate: ${chosen.length - toRender.size} of ${chosen.length} narrations current by their fingerprints${toRender.size ? `; rendering ${toRender.size} to compare` : ''} (${seconds(started)})`,
  );
  // Recordings get read-along too; in the first shard only, so that a merge holds each alignment once.
  const recordingsCurrent =
    shard && shard.index !== 1
      ? true
      : await alignRecordings(
          essaysWithRecordings(facts).filter((e) => requested.length === 0 || requested.includes(e.slug)),
          {
            check: values.check,
            pipelineCurrent: readPipelineFingerprint() === pipeline,
            log: console.log,
            warn: console.error,
            render: essaysToNarrate,
          },
        );
  const toCompare = chosen.filter((e) => toRender.has(e.slug));
  const rendering = shard ? shardOf(toCompare, shard) : toCompare;
  if (shard && rendering.length === 0) {
    // Every shard records the pipeline fingerprint, as one run would: the merged parts then match one run's files.
    writePipelineFingerprint(pipeline);
    const n = toCompare.length;
    const elsewhere = n
      ? `: the ${n} ${n === 1 ? 'essay to render is in another part' : 'essays to render are in other parts'}`
      : '';
    console.log(`narrate --shard ${shard.index}/${shard.count}: nothing to narrate in this part${elsewhere}`);
    return 0;
  }
  const verdicts = rendering.length
    ? judgeRendered(
        rendering,
        // A first narration is rendered by a build, whose link checks then run before anything is synthesized; an
        // edit of a narrated plain-Markdown essay is rendered here (a few blocks at most are synthesized in vain
        // if the build then refuses it).
        await essayBlocks(rendering, { checkWhole: (essay) => !readManifest(essay.slug) }),
        voice,
        (blocks, essay) => spokenSentences(blocks, voice, essay.pronunciations),
      )
    : [];
  const stale = verdicts.filter((v) => v.stale);

  if (values.check) {
    for (const { essay, stale: why } of stale)
      console.error(`${essay.file}: its narration is not current: ${why}; run "npm run narrate ${essay.slug}"`);
    console.log(`narrate --check: ${chosen.length - stale.length} of ${chosen.length} narrations current`);
    const tooLarge = reportOversize(all);
    return tooLarge || stale.length || !recordingsCurrent ? 1 : 0;
  }

  recordCurrent(verdicts);
  await narrateAll(stale, voice);
  if (requested.length === 0) writePipelineFingerprint(pipeline);
  console.log(`narrate: done in ${seconds(started)}`);
  return reportOversize(all) ? 1 : 0;
}

/** The shard's part of the essays to render, balanced by their words, and what it is of the whole. */
function shardOf(toRender: readonly EssaySource[], shard: Shard): EssaySource[] {
  if (toRender.length === 0) return [];
  const weights = essayWeights(toRender);
  const part = new Set(shardPart(weights, shard).map((e) => e.slug));
  const words = (list: readonly Weighted[]): string => list.reduce((sum, e) => sum + e.weight, 0).toLocaleString('en');
  console.log(
    `narrate --shard ${shard.index}/${shard.count}: ${part.size} of the ${toRender.length} essays to render, ${words(weights.filter((e) => part.has(e.slug)))} of ${words(weights)} words`,
  );
  return toRender.filter((e) => part.has(e.slug));
}

/** Renders every essay to learn what it says, then empties the block cache of everything else. */
async function prune(all: readonly EssaySource[], voice: SynthesisVoice): Promise<number> {
  const rendered = (await essayBlocks(all)).map(({ slug, blocks }) => ({
    blocks,
    // With each essay's lexicon, as narrate speaks it: without, a pronounced sentence's audio would be pruned.
    lexicon: all.find((e) => e.slug === slug)?.pronunciations ?? NO_PRONUNCIATIONS,
  }));
  // The frames first: their names come from the cached sentences.
  const frames = pruneFrameCache(new Set(rendered.flatMap((e) => cachedFrameKeys(e.blocks, voice, e.lexicon))));
  const sentences = pruneBlockCache(
    rendered.flatMap((e) => spokenSentences(e.blocks, voice, e.lexicon)),
    voice,
  );
  console.log(
    `narrate --prune: removed ${sentences.files} cached sentences and ${frames.files} encoded blocks that no current essay uses, freeing ${formatBytes(sentences.bytes + frames.bytes)}`,
  );
  return 0;
}

/** --script <slug>: the essay rendered, and what its voice would be given, block by block; nothing is synthesized. */
async function printScript(all: readonly EssaySource[], slug: string, voice: SynthesisVoice): Promise<number> {
  const essay = all.find((e) => e.slug === slug);
  if (!essay) throw new Error(`narrate --script: no published essay with generated narration is called ${slug}`);
  const [rendered] = await essayBlocks([essay]);
  if (!rendered) throw new Error(`narrate --script: the pre-pass rendered no blocks for ${slug}`);
  console.log(`${essay.file}: what ${voice.engine} (${voice.voice}) is given to say, block by block\n`);
  for (const line of scriptLines(rendered.blocks, voice, essay.pronunciations)) console.log(line);
  return 0;
}

/** --audit [slug…]: the words the voice may get wrong, most frequent first; renders the essays, synthesizes nothing. */
async function printAudit(all: readonly EssaySource[], requested: readonly string[]): Promise<number> {
  const chosen = all.filter((e) => requested.length === 0 || requested.includes(e.slug));
  const missing = requested.filter((slug) => !chosen.some((e) => e.slug === slug));
  if (missing.length)
    throw new Error(`narrate --audit: no published essay with generated narration is called ${missing.join(', ')}`);
  const lexicons = new Map(chosen.map((e) => [e.slug, e.pronunciations]));
  const rendered = (await essayBlocks(chosen)).map(({ slug, blocks }) => ({
    slug,
    blocks,
    lexicon: lexicons.get(slug) ?? readSiteLexicon(),
  }));
  const rows = auditPronunciations(rendered, knownToVoice, readSiteLexicon());
  console.log(`narrate --audit: ${rows.length} words the voice may get wrong, in ${rendered.length} essays\n`);
  for (const { word, why, count, essays, covered } of rows) {
    const cover = covered ? `covered by the ${covered} lexicon` : 'no entry';
    console.log(
      `${String(count).padStart(4)}  ${word.padEnd(24)}  ${why.padEnd(12)}  ${cover.padEnd(24)}  ${essays.join(', ')}`,
    );
  }
  return 0;
}

/** Warns of each kept narration and public file over deploy.maxFileMiB; true when deploy.oversize makes it an error. */
function reportOversize(all: readonly EssaySource[]): boolean {
  const narrations = all.flatMap(({ slug, file }): PublishedFile[] => {
    const mp3 = essayNarrationPath(slug, 'mp3');
    return existsSync(mp3) ? [{ path: narrationUrl(slug, 'mp3'), bytes: statSync(mp3).size, essay: file }] : [];
  });
  const problems = oversizeFiles([...narrations, ...filesUnder('public')], SITE.deploy.maxFileMiB);
  const error = SITE.deploy.oversize === 'error';
  for (const problem of problems) console.error(`narrate: ${error ? 'error' : 'warning'}: ${problem}`);
  return error && problems.length > 0;
}

async function narrateAll(work: readonly Verdict[], voice: SynthesisVoice): Promise<void> {
  let audioSeconds = 0;
  const synthStart = performance.now();
  // One set of threads for every essay: each essay starting its own cost 0.65 CPU seconds (measured).
  const threads = await startNarrationThreads(voice);
  try {
    for (const [index, verdict] of work.entries())
      audioSeconds += await narrateOne(verdict, `[${index + 1}/${work.length}] ${verdict.essay.slug}`, voice, threads);
  } finally {
    await threads.close();
  }
  if (work.length) {
    const synthSeconds = (performance.now() - synthStart) / 1000;
    console.log(
      `narrate: ${formatClock(audioSeconds)} of audio in ${synthSeconds.toFixed(1)} s (${(synthSeconds / audioSeconds).toFixed(4)} s per second of audio)`,
    );
  }
}

/** Narrates one essay, telling its progress; returns the seconds of audio made. */
async function narrateOne(
  { essay, stale, blocks }: Verdict,
  label: string,
  voice: SynthesisVoice,
  threads: NarrationThreads,
): Promise<number> {
  console.log(`${label}: narrating with ${voice.engine} (${voice.voice}), because ${stale}`);
  const essayStart = performance.now();
  let lastLine = 0;
  const manifest = await narrateEssay(
    { slug: essay.slug, blocks, inputs: essay.inputs, pronunciations: essay.pronunciations },
    voice,
    ({ synthesized, toSynthesize, cached }) => {
      const elapsed = (performance.now() - essayStart) / 1000;
      const eta = synthesized ? (elapsed / synthesized) * (toSynthesize - synthesized) : undefined;
      const line = `${label}: ${synthesized}/${toSynthesize} sentences synthesized${cached ? `, ${cached} cached` : ''}${eta === undefined ? '' : `, ETA ${formatClock(eta)}`}`;
      if (process.stdout.isTTY) process.stdout.write(`\r\u001b[2K${line}`);
      else if (synthesized === toSynthesize || performance.now() - lastLine > 5000) {
        console.log(line);
        lastLine = performance.now();
      }
    },
    threads,
  );
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.log(
    `${label}: ${formatClock(manifest.durationSeconds)} of audio, ${(manifest.bytes / 1024).toFixed(0)} KiB, in ${seconds(essayStart)}`,
  );
  return manifest.durationSeconds;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
