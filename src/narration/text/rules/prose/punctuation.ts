// Pauses where the eye sees them: ellipses, parentheses, and the commas and stops the other rules leave.

// An ellipsis is a pause: a full stop before a new sentence, a comma inside one.
export function sayEllipses(text: string): string {
  return text
    .replace(/(^|[("])\s*\.{3}\s*/g, '$1')
    .replace(/\s*\.{3}(\s+(?=[A-Z"])|\s*$)/g, '.$1')
    .replace(/\s*\.{3}\s*/g, ', ');
}

// flite reads "(b)" without a pause; commas give the aside the pause a reader hears.
export const sayParentheses: (text: string) => string = (text) =>
  text.replace(/\s*[([]\s*/g, ', ').replace(/\s*[)\]]/g, ',');

export function tidyPunctuation(text: string): string {
  return (
    text
      .replace(/[ \t]+/g, ' ')
      // A dash that an earlier rule left spaced ("<- a" is "less than - a") is a pause, as one written so.
      .replace(/ -+ /g, ', ')
      .replace(/ +([,.;:!?])/g, '$1')
      .replace(/,(?:\s*,)+/g, ',')
      .replace(/,\s*([.;:!?])/g, '$1')
      .replace(/([.;:!?])\s*,/g, '$1')
      .replace(/(^|\n)\s*,\s*/g, '$1')
      .replace(/,\s*$/g, '.')
      .replace(/([,;:])(?=[A-Za-z])/g, '$1 ')
      .trim()
  );
}
