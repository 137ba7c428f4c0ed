// The benchmark's counter (bench:prose): it must find what a listener would find odd, and must not count what the
// author wrote or what a rule chose to say.
import { expect, test } from 'vitest';
import { chosenSymbolNames, oddTokens, spokenWordCount } from '../../../src/narration/proofing/odd-tokens.ts';
import { said } from '../../../src/narration/text/said-marks.ts';

test('finds symbol names read out of markup, stray letters, and a block that says nothing', () => {
  expect(oddTokens('less than p greater than You clicked', '<p>You clicked')).toEqual([
    { kind: 'symbol name', token: 'less than' },
    { kind: 'symbol name', token: 'greater than' },
  ]);
  expect(oddTokens('use effect, fn, x', 'useEffect(fn, [])')).toEqual([{ kind: 'single letter', token: 'x' }]);
  expect(oddTokens('', 'What is `[]`?')).toEqual([{ kind: 'empty block', token: '' }]);
  expect(oddTokens('see bundle.js', 'see bundle.js')).toEqual([{ kind: 'read as symbols', token: 'bundle.js' }]);
});

test('does not count what the author wrote: "less than I expected", a letter, a spelled acronym, a pause', () => {
  expect(oddTokens('my salary is less than I expected', 'my salary is less than I expected')).toEqual([]);
  expect(oddTokens('props B and C', 'props B and C')).toEqual([]);
  expect(oddTokens("most U I's", 'most UIs')).toEqual([]);
  expect(oddTokens('', '…')).toEqual([]);
});

test('a symbol name a rule chose is not odd, but is reported beside the figure', () => {
  const spoken = `open ${said('src slash bundle dot js')} now`;
  expect(oddTokens(spoken, 'open src/bundle.js now')).toEqual([]);
  expect(chosenSymbolNames(spoken)).toEqual(['slash', 'dot']);
  expect(spokenWordCount(spoken), 'open src slash bundle dot js now').toBe(7);
});
