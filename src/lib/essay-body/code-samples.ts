// What a listener is told about a code block, which the voice does not read: the author's summary (fence meta
// say="…"), the file it shows (title="…"), or that the page shows code; a run of blocks is announced once.
import type { Element } from 'hast';

// A run of code blocks is short; past ten the announcement gives the figure, which the voice's rules then say.
const COUNTS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const PLACES = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const cardinal = (n: number): string => COUNTS[n] ?? String(n);
const ordinal = (n: number): string => PLACES[n] ?? `number ${n}`;

/** The fence meta the listener hears (src/plugins/remark-code-meta.ts puts it on the block's wrapper). */
export interface CodeSample {
  readonly title?: string;
  readonly say?: string;
}

/** The wrapper remark-code-meta.ts puts around a fenced block with meta: its title and summary, if it has them. */
export function codeSampleOf(node: Element): CodeSample | undefined {
  if (node.properties.dataCodeSample === undefined) return undefined;
  const { dataCodeTitle: title, dataCodeSay: say } = node.properties;
  return { ...(typeof title === 'string' ? { title } : {}), ...(typeof say === 'string' ? { say } : {}) };
}

const sentence = (text: string): string => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/** One block's own words: its summary, with the file it shows; undefined when the author gave neither. */
function describe({ title, say }: CodeSample): string | undefined {
  if (say !== undefined && title !== undefined) return `The file ${title}: ${sentence(say)}`;
  if (say !== undefined) return sentence(say);
  return title === undefined ? undefined : `The file ${title}.`;
}

/**
 * The one announcement for a run of consecutive code blocks: "The page shows code here." for one block the author
 * did not describe, their summary for one they did, and for several a count, then each summary by its place.
 */
export function codeAnnouncement(run: readonly CodeSample[]): string {
  const described = run.map(describe);
  if (run.length === 1) return described[0] ?? 'The page shows code here.';
  const count = `The page shows ${cardinal(run.length)} code samples here.`;
  const each = described.flatMap((words, i) => (words === undefined ? [] : [`The ${ordinal(i + 1)}: ${words}`]));
  return [count, ...each].join(' ');
}
