// Markup said as a person names it: "<p>" is "the p tag", "<ExpensiveTree />" "the expensive tree component",
// "<p>You clicked 0 times</p>" "a p tag saying You clicked 0 times"; attributes and props are left to the page.
import { said } from '../../said-marks.ts';
import { withoutOwnArticle } from './determiners.ts';
import { sayIdentifier } from './identifiers.ts';

// A capitalised or dotted name is a component (JSX); a lower-case one an HTML element.
const kind = (name: string): string => (/^[A-Z]|\./.test(name) ? 'component' : 'tag');
const nameOf = (name: string): string =>
  kind(name) === 'tag' ? name.toLowerCase() : name.split('.').map(sayIdentifier).join(' dot ');

// "an A component", "an input tag": a vowel, or a letter whose name starts with one.
const article = (name: string): string => (/^(?:[aeio]|[aefhilmnorsx](?![a-z]))/i.test(name) ? 'an' : 'a');
// An opening tag never follows a name directly (a closing one may: "Hello</p>"): "Eq<X, X>" is a generic type (code-expression.ts), not the X component.
const ELEMENT = /(?<![\w$])<([A-Za-z][\w.-]*)\b[^<>]*>([\s\S]*?)<\/\1\s*>/g;
const TAG = /(?:(?<![\w$])<|<(?=\/))(\/)?([A-Za-z][\w.-]*)\b[^<>]*?(\/)?>/g;
const FRAGMENT = /<>/g;
const FRAGMENT_END = /<\/>/g;

/** Every tag in `code` as words; `sayText` says what an element holds. */
export function sayMarkup(code: string, sayText: (text: string) => string): string {
  let said = code;
  // Innermost first, so "<p>Hello, <i>Alice</i>!</p>" says the italic inside the paragraph.
  for (let before = ''; before !== said; ) {
    before = said;
    said = said.replace(ELEMENT, (_, name: string, inner: string) => {
      const text = inner.trim() ? sayText(inner).trim() : '';
      return ` ${article(nameOf(name))} ${nameOf(name)} ${kind(name)}${text ? ` saying ${text}` : ''} `;
    });
  }
  // Innermost first here too: "<A children={<B />} />" holds a tag in its props.
  for (let before = ''; before !== said; ) {
    before = said;
    said = said.replace(
      TAG,
      (_, closing: string | undefined, name: string) =>
        ` the ${closing ? 'closing ' : ''}${nameOf(name)} ${kind(name)} `,
    );
  }
  return said.replace(FRAGMENT, ' a fragment ').replace(FRAGMENT_END, ' ');
}

export const HAS_MARKUP = /(?:(?<![\w$])<|<\/)\/?[A-Za-z][\w.-]*\b[^<>]*>|<\/?>/;

// A tag written as text in prose ("It's a <p> with…", an escaped "&lt;span style=…&gt;"): only with no attribute or
// with name=value attributes, so that "if a<b and c>d" stays maths.
const WRITTEN_TAG = /(?<![\w$])<[A-Za-z][\w.-]*(?:\s+[\w-]+=[^<>]*)?\s*\/?>|<\/[A-Za-z][\w.-]*\s*>|<\/?>/g;

/** The tags written in prose said by name ("the span tag"); the text between them is prose, said by its rules. */
// "Why isn't <some other API> a Hook?": brackets around words hold a placeholder, said without them.
const PLACEHOLDER = /<([A-Za-z][\w'-]*(?: [\w'-]+)+)>/g;

// A generic type written in prose, "Eq<X, X>", as code says it: "eq of X and X".
const GENERIC = /\b([A-Z][\w$.]*)<([\w$., ]*)>/g;

export function sayWrittenMarkup(text: string): string {
  let words = text
    .replace(GENERIC, (_, name: string, types: string) =>
      said(
        `${sayIdentifier(name)} of ${types
          .split(',')
          .map((type) => sayIdentifier(type.trim()))
          .join(' and ')}`,
      ),
    )
    .replace(PLACEHOLDER, ' $1 ');
  // Innermost first, until none is left: "<A children={<B />} />".
  for (let before = ''; before !== words; ) {
    before = words;
    words = words.replace(WRITTEN_TAG, (tag: string, at: number, whole: string) =>
      said(withoutOwnArticle(sayMarkup(tag, (inner) => inner).trim(), whole.slice(0, at))),
    );
  }
  return words;
}
