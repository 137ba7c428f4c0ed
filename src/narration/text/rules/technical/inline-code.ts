// Inline code (between the segmentation's marks) said as a person reading the essay aloud would say it: a URL,
// path, flag, version or package by its rule, markup by its tag, anything else as an expression; never nothing.
import { CODE_CLOSE, CODE_OPEN } from '../../../../lib/essay-body/spoken-marks.ts';
import { said } from '../../said-marks.ts';
import { sayPath, sayUrl, PATH } from './addresses.ts';
import { sayCodeExpression } from './code-expression.ts';
import { sayEmoji } from './emoji.ts';
import { withoutOwnArticle } from './determiners.ts';
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
  const spoken = words.replace(/\s+/g, ' ').trim();
  // Only commas or stops left ("`,,,`") is nothing a listener hears.
  return /[\p{L}\p{N}]/u.test(spoken) ? spoken : EMPTY_CODE;
}

// A plural or possessive written after the code ("`console.log`s", "`<Row>`'s") belongs to its last word.
const CODE = new RegExp(`${CODE_OPEN}([^${CODE_CLOSE}]*)${CODE_CLOSE}(?:('s|s)(?!\\w))?`, 'g');
// The prose names the kind itself ("a parent `<Table>` component"): the markup rule's own "component" goes.
const KIND_AFTER = /^\s*(?:component|tag|element)s?\b/i;

export function sayInlineCode(text: string): string {
  return text.replace(CODE, (_, code: string, ending: string | undefined, at: number, whole: string) => {
    let words = sayCode(code);
    const after = whole.slice(at + _.length);
    if (KIND_AFTER.test(after) && / (?:component|tag)$/.test(words))
      words = words.replace(/ (?:component|tag)$/, '').replace(/^the (?=\w)/, '');
    else words = withoutOwnArticle(words, whole.slice(0, at));
    return said(`${words}${ending ?? ''}`);
  });
}
