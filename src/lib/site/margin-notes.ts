// Whether a page sets notes in the margin (global.css, "The margin"), read from its main content as rendered: the
// frame makes room for them from the first paint, and a page without one keeps the home page's column.

// Every margin note carries the class (src/lib/essay-body/sidenotes.ts, essay-elements.ts), as the HTML writes it.
const MARGIN_NOTE = /<[a-z]+\s[^>]*\bclass="(?:[^"]*\s)?margin-note[\s"]/;

export const hasMarginNotes = (html: string): boolean => MARGIN_NOTE.test(html);
