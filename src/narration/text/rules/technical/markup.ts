// Markup said as a person names it: "<p>" is "the p tag", "<ExpensiveTree />" "the expensive tree component",
// "<p>You clicked 0 times</p>" "a p tag saying You clicked 0 times"; attributes and props are left to the page.
import { sayIdentifier } from './identifiers.ts';

// A capitalised or dotted name is a component (JSX); a lower-case one an HTML element.
const kind = (name: string): string => (/^[A-Z]|\./.test(name) ? 'component' : 'tag');
const nameOf = (name: string): string =>
  kind(name) === 'tag' ? name.toLowerCase() : name.split('.').map(sayIdentifier).join(' dot ');

const ELEMENT = /<([A-Za-z][\w.-]*)\b[^<>]*>([\s\S]*?)<\/\1\s*>/g;
const TAG = /<(\/)?([A-Za-z][\w.-]*)\b[^<>]*?(\/)?>/g;
const FRAGMENT = /<\/?>/g;

/** Every tag in `code` as words; `sayText` says what an element holds. */
export function sayMarkup(code: string, sayText: (text: string) => string): string {
  let said = code;
  // Innermost first, so "<p>Hello, <i>Alice</i>!</p>" says the italic inside the paragraph.
  for (let before = ''; before !== said; ) {
    before = said;
    said = said.replace(ELEMENT, (_, name: string, inner: string) => {
      const text = inner.trim() ? sayText(inner).trim() : '';
      return ` a ${nameOf(name)} ${kind(name)}${text ? ` saying ${text}` : ''} `;
    });
  }
  return said
    .replace(
      TAG,
      (_, closing: string | undefined, name: string) =>
        ` the ${closing ? 'closing ' : ''}${nameOf(name)} ${kind(name)} `,
    )
    .replace(FRAGMENT, ' a fragment ');
}

export const HAS_MARKUP = /<\/?[A-Za-z][\w.-]*\b[^<>]*>|<\/?>/;
