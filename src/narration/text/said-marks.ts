// Marks around words a technical rule chose (code, maths, an address), carried until the voice is given the text:
// the article rule ("a" → "uh") stays out of them, and the prose benchmark does not count their symbol names as odd.
export const SAID_OPEN = '\uE002';
export const SAID_CLOSE = '\uE003';

/** Words a rule chose to say, marked; spaced so that the prose rules' word boundaries still hold around them. */
export const said = (words: string): string => ` ${SAID_OPEN}${words}${SAID_CLOSE} `;

const MARK = /[\uE002\uE003]/g;

/** The text as a voice is given it: marks gone, and the spaces they leave tidied. */
export const unmarkSaid = (text: string): string =>
  text
    .replace(MARK, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ +([,.;:!?)\]])/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/,\s*([.;:!?])/g, '$1')
    .replace(/([([]) +/g, '$1')
    .replace(/^ | $/gm, '')
    // a pause that a rule left before the first words or after the last
    .replace(/^,\s*/gm, '')
    .replace(/,$/gm, '.');

/** The text in and out of marks, in order: a rule that must keep out of said words maps only the `said: false` parts. */
export function splitSaid(text: string): Array<{ text: string; said: boolean }> {
  return text
    .split(/(\uE002[^\uE003]*\uE003)/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, said: part.startsWith(SAID_OPEN) }));
}
