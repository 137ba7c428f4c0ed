// Inline code (between the segmentation's marks) said as a person reading the essay aloud would say it: a URL,
// path, flag, version or package by its rule, markup by its tag, anything else as an expression; never nothing.
import { CODE_CLOSE, CODE_OPEN } from '../../../../lib/essay-body/spoken-marks.ts';
import { said } from '../../said-marks.ts';
import { sayPath, sayUrl, PATH } from './addresses.ts';
import { sayCodeExpression } from './code-expression.ts';
import { sayEmoji } from './emoji.ts';
import { sayFlag } from './flags.ts';
import { HAS_MARKUP, sayMarkup } from './markup.ts';
import { sayPackageSpec, sayVersion, VERSION } from './versions.ts';

const EMPTY_CODE = 'this code';

/** A token that is one thing as a whole: a URL, a flag, a package, a version or a path. */
const wholeToken = (code: string): string | undefined =>
  sayUrl(code) ??
  sayFlag(code) ??
  sayPackageSpec(code) ??
  (VERSION.test(code) ? sayVersion(code) : undefined) ??
  (PATH.test(code) ? sayPath(code) : undefined);

/** The words for one span of inline code; "this code" when nothing in it can be said. */
export function sayCode(code: string): string {
  const trimmed = sayEmoji(code).trim();
  const words =
    wholeToken(trimmed) ??
    (HAS_MARKUP.test(trimmed) ? sayCodeExpression(sayMarkup(trimmed, sayCode)) : sayCodeExpression(trimmed));
  return words.replace(/\s+/g, ' ').trim() || EMPTY_CODE;
}

// After "a", "the", "your"…, the code's own article goes: "a `<div>`" is "a div tag", not "a the div tag".
const DETERMINER = /\b(?:a|an|the|this|that|these|those|each|every|your|my|our|its|their|one|no|any)\s*$/i;
const CODE = new RegExp(`${CODE_OPEN}([^${CODE_CLOSE}]*)${CODE_CLOSE}`, 'g');

export function sayInlineCode(text: string): string {
  return text.replace(CODE, (_, code: string, at: number, whole: string) => {
    const words = sayCode(code);
    return said(DETERMINER.test(whole.slice(0, at)) ? words.replace(/^(?:the|an?) (?=\w)/, '') : words);
  });
}
