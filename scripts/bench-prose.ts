// Odd tokens per 1,000 spoken words (src/narration/proofing/odd-tokens.ts) over a real archive of Markdown essays:
// each essay rendered by the site's Markdown pipeline, segmented into spoken blocks, and given to flite's text rules.
// Run: npm run bench:prose -- <folder of .md/.mdx essays> [--top 15]
// e.g. the search tool's fetch of github:gaearon/overreacted.io, then `git archive HEAD public | tar -x -C /tmp/or`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { segmentSpokenBlocks } from '../src/lib/essay-body/spoken-blocks.ts';
import { chosenSymbolNames, type OddToken, oddTokens, spokenWordCount } from '../src/narration/proofing/odd-tokens.ts';
import { spokenTexts } from '../src/narration/pipeline/narrate-essay.ts';
import { MARKDOWN_CHECKS, SITE_MARKDOWN } from '../src/plugins/site-markdown.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '15' } },
});
const [archive] = positionals;
if (!archive)
  throw new Error('bench-prose: give a folder of Markdown essays, e.g. npm run bench:prose -- /tmp/or/public');

const essays = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return essays(path);
    return /\.mdx?$/.test(name) ? [path] : [];
  });

const processor = await createMarkdownProcessor({
  syntaxHighlight: 'prism',
  ...SITE_MARKDOWN,
  remarkPlugins: SITE_MARKDOWN.remarkPlugins.filter((plugin) => !MARKDOWN_CHECKS.includes(plugin)),
});
let words = 0;
let blocks = 0;
const odd: Array<OddToken & { file: string; text: string }> = [];
const chosen: string[] = [];
const files = essays(archive);
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const { code } = await processor.render(body, { fileURL: new URL(`file://${file}`) });
  const segmented = segmentSpokenBlocks(fromHtml(code, { fragment: true }), { footnotes: 'read' });
  const spoken = spokenTexts(segmented, { readsTextAsWritten: false, marked: true });
  blocks += spoken.length;
  spoken.forEach((text, i) => {
    words += spokenWordCount(text);
    chosen.push(...chosenSymbolNames(text));
    const shown = segmented[i]?.text ?? '';
    odd.push(...oddTokens(text, shown).map((token) => ({ ...token, file: relative(archive, file), text })));
  });
}

const byKind = Map.groupBy(odd, (token) => token.kind);
const byToken = [...Map.groupBy(odd, (token) => `${token.kind}: ${token.token.toLowerCase()}`)].sort(
  (a, b) => b[1].length - a[1].length,
);
console.log(`archive:       ${archive} (${files.length} essays, ${blocks} spoken blocks, ${words} spoken words)`);
console.log(`odd tokens:    ${odd.length}, ${((odd.length / words) * 1000).toFixed(2)} per 1,000 spoken words`);
for (const [kind, tokens] of byKind) console.log(`  ${kind.padEnd(16)} ${tokens.length}`);
const chosenByName = [...Map.groupBy(chosen, (name) => name)].map(([name, all]) => `${name} ${all.length}`);
console.log(`chosen by a rule, not counted: ${chosen.length} symbol names (${chosenByName.join(', ')})`);
console.log(`most frequent:`);
for (const [token, tokens] of byToken.slice(0, Number(values.top)))
  console.log(
    `  ${String(tokens.length).padStart(5)}  ${token}   e.g. ${tokens[0]?.file}: "${tokens[0]?.text.slice(0, 90)}"`,
  );
