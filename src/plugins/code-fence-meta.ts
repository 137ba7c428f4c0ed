// The fence meta Lectern reads: ```js {3-5} title="app.js" say="What the block does". Parsed once, here, for the
// remark plugin that carries it onto the page; a bare word is another tool's flag (overreacted's `eval`), left alone.

export interface FenceMeta {
  /** The lines to highlight, 1-based, in order. */
  readonly lines: readonly number[];
  readonly title?: string;
  readonly say?: string;
}

const TOKEN = /\{([^}]*)\}|([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')|(\S+)/g;
const KEYS = ['title', 'say'] as const;

/** The line numbers of "3-5" or "1,3-5"; a problem as a string. */
function lineNumbers(ranges: string, count: number): number[] | string {
  const lines = new Set<number>();
  for (const range of ranges
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)) {
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(range);
    if (!match) return `line range "${range}" is not a line or a range such as 3-5`;
    const [from, to] = [Number(match[1]), Number(match[2] ?? match[1])];
    if (from < 1 || to < from) return `line range "${range}" runs backwards or from line 0; lines count from 1`;
    if (to > count) return `line range "${range}" goes past the block's last line, ${count}`;
    for (let n = from; n <= to; n++) lines.add(n);
  }
  return [...lines].sort((a, b) => a - b);
}

/** The meta of a fence whose code has `count` lines, or a problem to report at the fence. */
export function parseFenceMeta(meta: string, count: number): FenceMeta | string {
  let lines: number[] = [];
  const found: { title?: string; say?: string } = {};
  for (const [token, ranges, key, double, single, bare] of meta.matchAll(TOKEN)) {
    if (ranges !== undefined) {
      const parsed = lineNumbers(ranges, count);
      if (typeof parsed === 'string') return parsed;
      lines = parsed;
    } else if (key !== undefined) {
      if (!KEYS.includes(key as (typeof KEYS)[number]))
        return `fence meta ${key}="…" is unknown; Lectern reads {3-5}, title="…" and say="…"`;
      const value = (double ?? single ?? '').trim();
      if (value === '') return `fence meta ${key}="" is empty; say what the block ${key === 'say' ? 'does' : 'is'}`;
      found[key as (typeof KEYS)[number]] = value;
    } else if (bare !== undefined && /["'=]/.test(bare))
      return `fence meta ${token} is not key="value": is a quote missing?`;
  }
  return { lines, ...found };
}
