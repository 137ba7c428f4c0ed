// Private-use marks the segmentation puts around inline code, superscripts and subscripts in the text it hands the
// narration (never in the page, the cues or the block ids), so that the spoken-text rules know what the reader sees.
export const CODE_OPEN = '\uE000';
export const CODE_CLOSE = '\uE001';
export const SUP_OPEN = '\uE004';
export const SUP_CLOSE = '\uE005';
export const SUB_OPEN = '\uE006';
export const SUB_CLOSE = '\uE007';

/** The marks for an inline element that the voice says differently from its text, by tag. */
export const MARKS: Readonly<Record<string, readonly [open: string, close: string]>> = {
  code: [CODE_OPEN, CODE_CLOSE],
  sup: [SUP_OPEN, SUP_CLOSE],
  sub: [SUB_OPEN, SUB_CLOSE],
};

const ANY_MARK = /[\uE000\uE001\uE004-\uE007]/g;

/** The text with the segmentation's marks taken out: what the reader sees. */
export const unmarked = (text: string): string => text.replace(ANY_MARK, '');
