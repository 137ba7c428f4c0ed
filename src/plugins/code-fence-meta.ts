// The fence meta Lectern reads: ```js {3-5} title="app.js" say="What the block does". Parsed once, here: what it
// asks for, as far as that can be honoured (remark-code-meta.ts), and what is wrong with it (remark-code-meta-check.ts,
// which fails the build on it). A bare word is another tool's flag (overreacted's `eval`), left alone.

export interface FenceMeta {
  /** The lines to highlight, 1-based, in order, none past the block's last line. */
  readonly lines: readonly number[];
  readonly title?: string;
  readonly say?: string;
}

export interface ParsedFenceMeta {
  readonly meta: FenceMeta;
  /** What the author must fix, each naming the token at fault; empty when the meta is sound. */
  readonly problems: readonly string[];
}

const TOKEN = /\{([^}]*)\}|([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')|(\S+)/g;
const KEYS = ['title', 'say'] as const;
type Key = (typeof KEYS)[number];

/** The line numbers of "3-5" or "1,3-5" that the block has, and a problem for each range it cannot honour. */
function lineNumbers(ranges: string, count: number, problems: string[]): number[] {
  const lines = new Set<number>();
  // A trailing comma ({1,}, as overreacted.io's functional-html writes) is not an empty range.
  for (const range of ranges
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)) {
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(range);
    const [from, to] = [Number(match?.[1]), Number(match?.[2] ?? match?.[1])];
    if (!match) problems.push(`line range "${range}" is not a line or a range such as 3-5`);
    else if (from < 1 || to < from)
      problems.push(`line range "${range}" runs backwards or from line 0; lines count from 1`);
    else {
      if (to > count) problems.push(`line range "${range}" goes past the block's last line, ${count}`);
      for (let n = from; n <= Math.min(to, count); n++) lines.add(n);
    }
  }
  return [...lines].sort((a, b) => a - b);
}

/** The meta of a fence whose code has `count` lines, and what is wrong with it. */
export function parseFenceMeta(text: string, count: number): ParsedFenceMeta {
  const problems: string[] = [];
  let lines: number[] = [];
  const found: { -readonly [K in Key]?: string } = {};
  for (const [token, ranges, key, double, single, bare] of text.matchAll(TOKEN)) {
    if (ranges !== undefined) lines = lineNumbers(ranges, count, problems);
    else if (key !== undefined) {
      const value = (double ?? single ?? '').trim();
      if (!KEYS.includes(key as Key))
        problems.push(`fence meta ${key}="…" is unknown; Lectern reads {3-5}, title="…" and say="…"`);
      else if (value === '')
        problems.push(`fence meta ${key}="" is empty; say what the block ${key === 'say' ? 'does' : 'is'}`);
      else found[key as Key] = value;
    } else if (bare !== undefined && /["'=]/.test(bare))
      problems.push(`fence meta ${token} is not key="value": is a quote missing?`);
  }
  return { meta: { lines, ...found }, problems };
}
