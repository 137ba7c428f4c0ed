// An expression from code said as its words: "useEffect(fn, [])" is "use effect of fn and an empty array",
// "() => {…}" "an arrow function", "a === b" "a equals b"; brackets, quotes and semicolons are silent.
import { said } from '../../said-marks.ts';
import { sayFlag } from './flags.ts';
import { sayIdentifier } from './identifiers.ts';

// Longest first, so "===" is not read as "==" and "=".
const OPERATORS: ReadonlyArray<readonly [string, string]> = [
  ['===', 'equals'],
  ['!==', 'does not equal'],
  ['...', 'spread'],
  ['==', 'equals'],
  ['!=', 'does not equal'],
  ['<=', 'is at most'],
  ['>=', 'is at least'],
  ['=>', 'gives'],
  ['->', 'gives'],
  ['&&', 'and'],
  ['||', 'or'],
  ['??', 'or else'],
  ['?.', 'dot'],
  ['++', 'plus plus'],
  ['--', 'minus minus'],
  ['+=', 'plus equals'],
  ['-=', 'minus equals'],
  ['::', 'colon colon'],
  ['=', 'equals'],
  ['+', 'plus'],
  ['-', 'minus'],
  ['*', 'times'],
  ['/', 'divided by'],
  ['%', 'mod'],
  ['!', 'not'],
  ['<', 'less than'],
  ['>', 'greater than'],
  ['&', 'and'],
  ['|', 'or'],
  ['@', 'at'],
];
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TOKEN = new RegExp(
  [
    String.raw`(?<string>'[^']*'|"[^"]*"|\x60[^\x60]*\x60)`,
    // A flag after a space or at the start ("npm install --force"); "x-1" and "a - b" are arithmetic.
    String.raw`(?<flag>(?<![\w)\]])--?[A-Za-z][\w-]*)`,
    String.raw`(?<empty>\[\s*\]|\{\s*\}|\(\s*\))`,
    // A hyphen inside a name is kebab case ("webpack-dev-server", "font-size"); arithmetic is spaced ("a - b").
    String.raw`(?<name>[A-Za-z_$][\w$]*(?:-[A-Za-z][\w$]*)*)`,
    String.raw`(?<number>\d[\w.]*)`,
    String.raw`(?<dot>\.(?=[A-Za-z_$]))`,
    `(?<operator>${OPERATORS.map(([symbol]) => escapeRegExp(symbol)).join('|')})`,
    '(?<open>[([{])',
    String.raw`(?<close>[)\]}])`,
    '(?<comma>,)',
  ].join('|'),
  'g',
);
const EMPTY: Readonly<Record<string, string>> = { '[': 'an empty array', '{': 'an empty object', '(': '' };
// A generic type, "Eq<X, X>", is "eq of X and X": its brackets follow the name directly.
const GENERIC = /([A-Za-z_$][\w$.]*)<([^<>=]*)>/g;
// Its parameters are names (destructured or defaulted), and its "(" follows no name: "f(x) =>" is no arrow function.
const ARROW_FUNCTION = /(?<![\w$])\(([\w$,\s{}:.=]*)\)\s*=>\s*(\{\s*(?:…|\.\.\.)?\s*\}|…)?/g;

/** "(x, y) => x + y" is "an arrow function of x and y that gives x plus y"; "() => {…}" "an arrow function". */
function sayArrowFunction(params: string, body: string | undefined, rest: string): string {
  const of = params.trim() ? ` of ${params.replace(/,/g, ' and ')}` : '';
  return ` an arrow function${of}${body === undefined && /^\s*[\w(]/.test(rest) ? ' that gives' : ''} `;
}

/** A string's words ("'hello world'"), or its symbols named ("'<'" is "less than"); an empty one said so. */
function sayString(inner: string): string {
  if (inner === '') return 'an empty string';
  const words = inner.match(/[\p{L}\p{N}]+/gu);
  return words ? sayIdentifier(words.join(' ')) : sayCodeExpression(inner) || 'a string';
}

/** The words of an expression; empty when nothing in it can be said (the caller then says "this code"). */
export function sayCodeExpression(code: string): string {
  const words: string[] = [];
  const calls: boolean[] = [];
  let previous = '';
  const source = code
    .replace(GENERIC, (_, name: string, types: string) => `${name}(${types})`)
    .replace(ARROW_FUNCTION, (arrow: string, params: string, body: string | undefined, at: number, whole: string) =>
      sayArrowFunction(params, body, whole.slice(at + arrow.length)),
    );
  for (const match of source.matchAll(TOKEN)) {
    const group = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined);
    const [kind = '', value = ''] = group ?? [];
    if (kind === 'string') words.push(sayString(value.slice(1, -1)));
    else if (kind === 'empty') words.push(previous === 'name' ? '' : (EMPTY[value.charAt(0)] ?? ''));
    else if (kind === 'name') words.push(sayIdentifier(value));
    else if (kind === 'number') words.push(value);
    else if (kind === 'flag') words.push(sayFlag(value) ?? value);
    else if (kind === 'dot') words.push('dot');
    else if (kind === 'operator') words.push(OPERATORS.find(([symbol]) => symbol === value)?.[1] ?? '');
    else if (kind === 'open') {
      // A bracket after a name is a call or an index: "of"; elsewhere it only groups.
      calls.push(value === '(' && previous === 'name');
      if (calls.at(-1)) words.push('of');
    } else if (kind === 'close') calls.pop();
    else if (kind === 'comma') words.push(calls.at(-1) ? 'and' : ',');
    previous = kind;
  }
  return words.filter(Boolean).join(' ').replace(/ ,/g, ',').replace(/^,|,$/g, '').trim();
}

// In prose, outside inline code: an arrow function ("() => {…}"), an arrow ("x => x * 2" gives), and a step ("idle ->
// loading" to, as "→" is) as their words.
const ARROW_IN_PROSE = new RegExp(`${ARROW_FUNCTION.source}|\\s(?:=>|->)\\s`, 'g');

export const sayArrows = (text: string): string =>
  text.replace(ARROW_IN_PROSE, (arrow: string, params?: string, body?: string, at = 0) => {
    if (params === undefined) return said(arrow.trim() === '->' ? 'to' : 'gives');
    return said(sayArrowFunction(params, body, text.slice(at + arrow.length)).trim());
  });
