// A WebVTT cue's text, escaped and read back: the narration writes it (audio/webvtt.ts), and the page and the JSON
// transcript read it, and a parsed cue keeps its escapes.

// A line break would end the cue early and "<" opens a tag, so text becomes one line with &, <, > escaped.
export function escapeCueText(text: string): string {
  return text
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export const unescapeCueText = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
