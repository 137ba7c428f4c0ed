// After "a", "the", "your"…, a rule's own article goes: "a `<div>`" is "a div tag", not "a the div tag".
const DETERMINER = /\b(?:a|an|the|this|that|these|those|each|every|your|my|our|its|their|one|no|any)\s*$/i;

/** The words a rule chose for a token, without their leading article when the prose `before` them has one. */
export const withoutOwnArticle = (words: string, before: string): string =>
  DETERMINER.test(before) ? words.replace(/^(?:the|an?) (?=\w)/, '') : words;
