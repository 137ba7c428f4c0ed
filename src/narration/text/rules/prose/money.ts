// Amounts of money: "$4.99" is "four dollars ninety-nine cents", "£3m" is "three million pounds".
import { cardinal, decimal } from '../../number-words.ts';
import { numberOf } from './number-of.ts';

const CURRENCIES: Readonly<Record<string, readonly [unit: string, units: string, cent: string, cents: string]>> = {
  $: ['dollar', 'dollars', 'cent', 'cents'],
  '€': ['euro', 'euros', 'cent', 'cents'],
  '£': ['pound', 'pounds', 'penny', 'pence'],
  '¥': ['yen', 'yen', '', ''],
};

// "£3m", "$2bn", "$40k": the short scales of money in headlines and prose.
const MONEY_SCALES: Readonly<Record<string, string>> = {
  k: 'thousand',
  m: 'million',
  mn: 'million',
  b: 'billion',
  bn: 'billion',
  tn: 'trillion',
};

export function sayCurrency(text: string): string {
  const pattern =
    /([$€£¥])\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s(thousand|million|billion|trillion)\b|(k|mn?|bn?|tn)\b)?/gi;
  return text.replace(
    pattern,
    (
      _,
      symbol: string,
      whole: string,
      fraction: string | undefined,
      word: string | undefined,
      short: string | undefined,
    ) => {
      const [unit, units, cent, cents] = CURRENCIES[symbol] ?? ['', '', '', ''];
      const scale = word?.toLowerCase() ?? (short === undefined ? undefined : MONEY_SCALES[short.toLowerCase()]);
      const amount = numberOf(whole);
      if (scale)
        return `${fraction ? decimal(`${whole.replace(/,/g, '')}.${fraction}`) : cardinal(amount)} ${scale} ${units}`;
      if (fraction === undefined || fraction.length !== 2 || !cent) {
        const words = fraction === undefined ? cardinal(amount) : decimal(`${whole.replace(/,/g, '')}.${fraction}`);
        return `${words} ${amount === 1 && fraction === undefined ? unit : units}`;
      }
      const small = Number(fraction);
      const main = amount > 0 ? `${cardinal(amount)} ${amount === 1 ? unit : units}` : '';
      const change = small > 0 ? `${cardinal(small)} ${small === 1 ? cent : cents}` : '';
      return [main, change].filter(Boolean).join(' ') || `zero ${units}`;
    },
  );
}
