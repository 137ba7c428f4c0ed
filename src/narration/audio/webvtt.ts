// Writes the WebVTT cue file that lets the page follow the narration sentence by sentence.
import { escapeCueText } from '../../lib/formats/cue-text.ts';

// One cue per sentence; the id (cue-ids.ts) ties the cue to its block's element on the page and to the sentence.
export type Cue = { readonly id: string; readonly start: number; readonly end: number; readonly text: string };

export function buildWebVtt(cues: readonly Cue[]): string {
  checkCues(cues);
  const blocks = cues.map((cue) =>
    [cue.id, `${formatTimestamp(cue.start)} --> ${formatTimestamp(cue.end)}`, escapeCueText(cue.text)].join('\n'),
  );
  return `${['WEBVTT', ...blocks].join('\n\n')}\n`;
}

// HH:MM:SS.mmm, rounded to the millisecond; hours grow past two digits rather than wrap.
export function formatTimestamp(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`formatTimestamp: invalid time ${seconds}`);
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const secs = Math.floor(ms / 1000) % 60;
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(secs, 2)}.${pad(ms % 1000, 3)}`;
}

// The spec's rules for identifiers and timings; a broken cue file would silently stop the page following along.
function checkCues(cues: readonly Cue[]): void {
  const seen = new Set<string>();
  let previousStart = 0;
  for (const cue of cues) {
    if (cue.id === '' || cue.id.includes('-->') || /[\r\n]/.test(cue.id) || seen.has(cue.id)) {
      throw new Error(`buildWebVtt: cue id "${cue.id}" must be unique, non-empty, one line and without "-->"`);
    }
    if (cue.end < cue.start || cue.start < previousStart) {
      throw new Error(`buildWebVtt: cue "${cue.id}" ends before it starts or starts before the previous cue`);
    }
    seen.add(cue.id);
    previousStart = cue.start;
  }
}
