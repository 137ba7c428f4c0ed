// Maths said as a person reads it aloud: "50² = 2,500" is "50 squared equals 2,500", "O(n²)" "big O of n squared",
// "x₁" "x sub 1", "(2025 - 42)" "2025 minus 42", "a ≤ b" "a is at most b". Before NFKC, which makes "²" a "2".
import { SUB_CLOSE, SUB_OPEN, SUP_CLOSE, SUP_OPEN } from '../../../../lib/essay-body/spoken-marks.ts';
import { said } from '../../said-marks.ts';
import { sayIdentifier } from './identifiers.ts';

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const SUB_LETTERS: Readonly<Record<string, string>> = { ᵢ: 'i', ⱼ: 'j', ₙ: 'n', ₓ: 'x', ₖ: 'k', ₘ: 'm', ₐ: 'a' };
const OPERATORS: Readonly<Record<string, string>> = {
  '≤': 'is at most',
  '≥': 'is at least',
  '≠': 'does not equal',
  '≈': 'is about',
  '÷': 'divided by',
  '×': 'times',
  '−': 'minus',
  '·': 'times',
  '∞': 'infinity',
  '√': 'the square root of',
};

/** "2" → "squared", "3" → "cubed", anything else "to the power of …". */
export const power = (exponent: string): string =>
  exponent === '2' ? ' squared' : exponent === '3' ? ' cubed' : ` to the power of ${exponent.replace(/^-/, 'minus ')}`;

const digitsOf = (scripts: string, set: string): string =>
  [...scripts].map((c) => (c === '⁻' ? '-' : String(set.indexOf(c)))).join('');

function sayScripts(text: string): string {
  return text
    .replace(
      new RegExp(`([\\w)])([⁻${SUPERSCRIPTS}]+)`, 'g'),
      (_, base: string, sup: string) => base + power(digitsOf(sup, SUPERSCRIPTS)),
    )
    .replace(
      new RegExp(`([A-Za-z])([${SUBSCRIPTS}ᵢⱼₙₓₖₘₐ]+)`, 'g'),
      (_, base: string, sub: string) =>
        `${base} sub ${[...sub].map((c) => SUB_LETTERS[c] ?? String(SUBSCRIPTS.indexOf(c))).join(' ')}`,
    )
    .replace(new RegExp(`${SUP_OPEN}([^${SUP_CLOSE}]*)${SUP_CLOSE}`, 'g'), (_, sup: string) =>
      /^-?\d+$/.test(sup.trim()) ? power(sup.trim()) : ` ${sup}`,
    )
    .replace(new RegExp(`${SUB_OPEN}([^${SUB_CLOSE}]*)${SUB_CLOSE}`, 'g'), (_, sub: string) => ` sub ${sub}`)
    .replace(/(\w)\^(-?\d+)\b/g, (_, base: string, exponent: string) => base + power(exponent));
}

const OPERAND = String.raw`(?:[A-Za-z_][\w]*|\d[\d,]*(?:\.\d+)?)`;
// A slash or a hyphen counts only spaced ("a / b"): unspaced, it is "and/or", "CI/CD" or "well-known". A "<" before
// a name opens a tag written in prose ("the <span"), which the markup rule says.
const OPERATOR = String.raw`(?:\s*[+*=×÷−>≤≥≠≈]\s*|\s*<\s+|<\s*|\s[/-]\s)`;
// An expression in prose: operands joined by operators, at least one of them a letter, so "a + birthYear" is maths
// (and its "a" no article) while "1 + 1" is left to the number rules.
const EXPRESSION = new RegExp(String.raw`(?<![\w.'-])${OPERAND}(?:${OPERATOR}${OPERAND})+(?![\w'(@-]|\.\w|:\/\/)`, 'g');
const WORD_OPERATORS: Readonly<Record<string, string>> = {
  '+': 'plus',
  '-': 'minus',
  '*': 'times',
  '/': 'over',
  '=': 'equals',
  '<': 'is less than',
  '>': 'is greater than',
};

// Own keys only: an operand "__proto__" or "constructor" is a name, not Object.prototype's (fast-check found it).
const operatorWords = (bit: string): string | undefined =>
  Object.hasOwn(WORD_OPERATORS, bit) ? WORD_OPERATORS[bit] : Object.hasOwn(OPERATORS, bit) ? OPERATORS[bit] : undefined;

function sayExpression(expression: string): string {
  return expression
    .split(/(\s*[+*=×÷−<>≤≥≠≈]\s*|\s[/-]\s)/)
    .map((bit) => {
      const trimmed = bit.trim();
      if (trimmed === '') return bit;
      return operatorWords(trimmed) ?? (/^[A-Za-z_]/.test(trimmed) ? sayIdentifier(trimmed) : trimmed);
    })
    .join(' ');
}

// A spaced hyphen or slash between words is prose ("one thing - and another", "read / write"): maths only beside a
// number or with an operator that is nothing else ("a + b - c", "n - 1").
// An expression does not end in an abbreviation ("a = etc."), which its own rule says.
const isMaths = (expression: string): boolean =>
  /[A-Za-z]/.test(expression) &&
  !/\b(?:etc|vs|approx|cf)$/.test(expression) &&
  (/[+*=×÷−<>≤≥≠≈]/.test(expression) || /\d/.test(expression));

export function sayMaths(text: string): string {
  return sayScripts(text)
    .replace(/\bO\(([^()]+)\)/g, (_, inner: string) => said(`big O of ${sayExpression(inner)}`))
    .replace(EXPRESSION, (expression) => (isMaths(expression) ? said(sayExpression(expression)) : expression))
    .replace(/(\d)\s+-\s+(?=\d)/g, '$1 minus ')
    .replace(/[≤≥≠≈÷×−·∞√]/g, (operator) => ` ${OPERATORS[operator]} `);
}
