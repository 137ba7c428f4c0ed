// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addPlayFromHere } from '../../../src/client/read-along/play-from-here.ts';
import { type EssayPage, essayPage } from '../../support/essay-page.ts';

let page: EssayPage;
let played: string[];

beforeEach(() => {
  page = essayPage();
  played = [];
  addPlayFromHere(page.body, page.template('play-from-here'), (block) => played.push(block.dataset.say!));
});
afterEach(() => vi.useRealTimers());

const buttonFor = (say: string): HTMLElement => {
  const block = page.body.querySelector<HTMLElement>(`[data-say="${say}"]`)!;
  return (block.tagName === 'LI' ? block.firstElementChild : block.previousElementSibling) as HTMLElement;
};
const shown = (): string[] =>
  [...page.body.querySelectorAll<HTMLElement>('.play-from-here[data-shown]')].map(
    (button) => button.getAttribute('aria-label') ?? '',
  );
const pointer = (type: string, target: Element, pointerType: string): void => {
  target.dispatchEvent(new PointerEvent(type, { bubbles: type === 'pointerover', pointerType }));
};

describe('the mouse’s Play from here buttons', () => {
  it('adds one button per block, each named for the block it plays from', () => {
    const names = [...page.body.querySelectorAll('.play-from-here')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Play from here: Why we read aloud',
      'Play from here: When you read, you are the…',
      'Play from here: Listening while walking',
      'Play from here: Listening while cooking dinner for a…',
      'Play from here: And then the essay ends.',
    ]);
  });
  it('puts a heading’s button before it, outside its accessible name', () =>
    expect(buttonFor('h-why').nextElementSibling?.getAttribute('data-say')).toBe('h-why'));
  it('puts a list item’s button inside it, since a list holds only list items', () =>
    expect(buttonFor('li-one').parentElement?.getAttribute('data-say')).toBe('li-one'));
  it('a click on a block’s button plays from that block, and puts the button away', () => {
    pointer('pointerover', page.blocks[1]!, 'mouse');
    buttonFor('p-first').click();
    expect(played).toEqual(['p-first']);
    expect(shown()).toEqual([]);
  });
  it('shows the button of the block under the mouse, one at a time', () => {
    pointer('pointerover', page.blocks[0]!, 'mouse');
    pointer('pointerover', page.blocks[1]!, 'mouse');
    expect(shown()).toEqual(['Play from here: When you read, you are the…']);
  });
  it('a finger passing over a block does not show its button, a tap does', () => {
    pointer('pointerover', page.blocks[1]!, 'touch');
    expect(shown()).toEqual([]);
    page.blocks[1]!.click();
    expect(shown()).toEqual(['Play from here: When you read, you are the…']);
  });
  it('a tap between blocks puts the button away', () => {
    page.blocks[1]!.click();
    page.body.querySelector('ul')!.click();
    expect(shown()).toEqual([]);
  });
  it('hides the button 600 ms after the mouse leaves the essay, time enough to reach the margin', () => {
    vi.useFakeTimers();
    pointer('pointerover', page.blocks[1]!, 'mouse');
    pointer('pointerleave', page.body, 'mouse');
    vi.advanceTimersByTime(599);
    expect(shown()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual([]);
  });
  it('keeps the button when the mouse comes back in time', () => {
    vi.useFakeTimers();
    pointer('pointerover', page.blocks[1]!, 'mouse');
    pointer('pointerleave', page.body, 'mouse');
    vi.advanceTimersByTime(300);
    pointer('pointerover', buttonFor('p-first'), 'mouse');
    vi.advanceTimersByTime(1000);
    expect(shown()).toEqual(['Play from here: When you read, you are the…']);
  });
});
