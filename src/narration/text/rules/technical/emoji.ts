// Emoji that stand for a word in technical writing are said by their short name ("🐞(n)" is "bug of n"); the rest
// decorate and are dropped with every other character a voice has no sound for.
const WORDS: Readonly<Record<string, string>> = {
  '🐞': 'bug',
  '🐛': 'bug',
  '⚠': 'warning',
  '✅': 'correct',
  '✔': 'correct',
  '❌': 'wrong',
  '✗': 'wrong',
  '🔒': 'lock',
  '🔑': 'key',
  '📦': 'package',
  '⭐': 'star',
  '🥁': 'drumroll',
};
// A run of one emoji ("🥁🥁🥁") is said once.
const EMOJI = new RegExp(`(${Object.keys(WORDS).join('|')})(?:\\uFE0F?\\1)*\\uFE0F?`, 'gu');

const DECORATION = /\p{Extended_Pictographic}\uFE0F?|[\u{1F3FB}-\u{1F3FF}\u200D]/gu;

// An emoji used as a function, "🐞(n)", is said as one: "bug of n".
const CALLED = new RegExp(`${EMOJI.source}\\(([^()]*)\\)`, 'gu');

export const sayEmoji = (text: string): string =>
  text
    .replace(CALLED, (_, emoji: string, inner: string) => ` ${WORDS[emoji]} of ${inner} `)
    .replace(EMOJI, (_, emoji: string) => ` ${WORDS[emoji]} `)
    .replace(DECORATION, ' ');
