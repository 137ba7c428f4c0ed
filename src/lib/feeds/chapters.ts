// Podcast chapters (JSON Chapters 1.2) from the narration's cues: the headings are spoken blocks, so each
// chapter starts where its heading's cue starts, by construction rather than by a second timing.
import { visit } from 'unist-util-visit';
import type { EssayBody } from '../essay-body/prepare.ts';

export interface Chapter {
  startTime: number;
  title: string;
}

export interface JsonChapters {
  version: '1.2.0';
  chapters: Chapter[];
}

export interface ChapterHeading {
  /** The heading's spoken-block id, which names its cue. */
  id: string;
  title: string;
}

const CHAPTER_LEVELS = new Set(['h2', 'h3']);

/** The h2 and h3 headings of an essay body that narration speaks, in reading order. */
export function chapterHeadings({ tree, blocks }: EssayBody): ChapterHeading[] {
  const spoken = new Map(blocks.filter((b) => b.kind === 'heading').map((b) => [b.id, b.text]));
  const headings: ChapterHeading[] = [];
  visit(tree, 'element', (node) => {
    const id = String(node.properties.dataSay ?? '');
    const title = spoken.get(id);
    if (CHAPTER_LEVELS.has(node.tagName) && title !== undefined) headings.push({ id, title });
  });
  return headings;
}

// WebVTT timestamps are whole milliseconds: a chapter starts exactly where its cue does in the published cues.
const toMilliseconds = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/** The essay's title at 0, then each heading at its cue's start. Throws, naming the heading, if a cue is missing. */
export function essayChapters(
  title: string,
  headings: readonly ChapterHeading[],
  cues: ReadonlyArray<{ id: string; start: number }>,
): JsonChapters {
  const starts = new Map(cues.map((cue) => [cue.id, toMilliseconds(cue.start)]));
  const chapters = headings.map((heading): Chapter => {
    const startTime = starts.get(heading.id);
    if (startTime === undefined)
      throw new Error(`the narration has no cue for the heading "${heading.title}" (${heading.id})`);
    return { startTime, title: heading.title };
  });
  // An essay that opens with a heading starts with that chapter, not an empty title chapter of no length.
  return {
    version: '1.2.0',
    chapters: chapters[0]?.startTime === 0 ? chapters : [{ startTime: 0, title }, ...chapters],
  };
}
