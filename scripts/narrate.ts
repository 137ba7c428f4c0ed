// npm run narrate [slug…]: narrates each essay without recorded audio whose narration is missing or stale.
// The blocks come from the essay pages as built (a pre-pass build), so the listener hears what the reader sees.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { segmentSpokenBlocks } from '../src/lib/spoken-blocks.ts';
import { PARTIAL_SUFFIX } from '../src/narration/atomic-write.ts';
import { NARRATION_CACHE, narrationKey, readManifest, speechKey } from '../src/narration/manifest.ts';
import { generatedNarrationEnabled } from '../src/narration/mode.ts';
import { narrateEssay, narratorFor, spokenTexts } from '../src/narration/narrate-essay.ts';
import { essaysToNarrate } from '../src/narration/prepass.ts';
import { SITE } from '../src/site.config.ts';

/** A killed run leaves its temp files behind; nothing reads them, so the next run sweeps them away. */
function removePartialFiles(): void {
  if (!existsSync(NARRATION_CACHE)) return;
  for (const file of readdirSync(NARRATION_CACHE, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith(PARTIAL_SUFFIX)) rmSync(join(NARRATION_CACHE, file));
  }
}

const clock = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

async function main(requested: string[]): Promise<void> {
  if (!generatedNarrationEnabled()) {
    console.log('narrate: LECTERN_NARRATION=off, so no narration is generated');
    return;
  }
  const started = performance.now();
  // Before the pre-pass build: a wrong engine or option in the site config fails at once, naming it.
  const voice = await narratorFor(SITE.narration);
  removePartialFiles();
  const all = essaysToNarrate();
  const unknown = requested.filter((slug) => !all.some((e) => e.slug === slug));
  if (unknown.length) throw new Error(`narrate: no published essay with generated narration is called ${unknown.join(', ')}`);
  const chosen = all.filter((e) => requested.length === 0 || requested.includes(e.slug));
  const work = chosen.map((e) => ({ ...e, blocks: segmentSpokenBlocks(e.body, e.options) })).filter((e) => {
    const made = readManifest(e.slug);
    return made?.key !== narrationKey(e.blocks, voice) || made.speechKey !== speechKey(spokenTexts(e.blocks, voice));
  });
  console.log(`narrate: ${chosen.length - work.length} of ${chosen.length} narrations up to date; ${work.length} to make with ${voice.engine} (${voice.voice})`);

  let audioSeconds = 0;
  const synthStart = performance.now();
  for (const [index, essay] of work.entries()) {
    const label = `[${index + 1}/${work.length}] ${essay.slug}`;
    const essayStart = performance.now();
    let lastLine = 0;
    const manifest = await narrateEssay(essay.slug, essay.blocks, voice, ({ synthesized, toSynthesize, cached }) => {
      const elapsed = (performance.now() - essayStart) / 1000;
      const eta = synthesized ? (elapsed / synthesized) * (toSynthesize - synthesized) : undefined;
      const line = `${label}: ${synthesized}/${toSynthesize} blocks synthesized${cached ? `, ${cached} cached` : ''}${eta === undefined ? '' : `, ETA ${clock(eta)}`}`;
      if (process.stdout.isTTY) process.stdout.write(`\r\u001b[2K${line}`);
      else if (synthesized === toSynthesize || performance.now() - lastLine > 5000) {
        console.log(line);
        lastLine = performance.now();
      }
    });
    audioSeconds += manifest.durationSeconds;
    if (process.stdout.isTTY) process.stdout.write('\n');
    console.log(`${label}: ${clock(manifest.durationSeconds)} of audio, ${(manifest.bytes / 1024).toFixed(0)} KiB, in ${((performance.now() - essayStart) / 1000).toFixed(1)} s`);
  }
  const synthSeconds = (performance.now() - synthStart) / 1000;
  const total = (performance.now() - started) / 1000;
  if (work.length) console.log(`narrate: ${clock(audioSeconds)} of audio in ${synthSeconds.toFixed(1)} s (${(synthSeconds / audioSeconds).toFixed(4)} s per second of audio); ${total.toFixed(1)} s in all`);
  else console.log(`narrate: nothing to do (${total.toFixed(1)} s)`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
