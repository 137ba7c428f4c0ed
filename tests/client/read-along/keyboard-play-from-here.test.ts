// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addKeyboardPlayFromHere,
  type SentenceChoice,
} from '../../../src/client/read-along/keyboard-play-from-here.ts';
import { type EssayPage, essayPage } from '../../support/essay-page.ts';

let page: EssayPage;
let played: string[];
let announced: string[];
let chosenRanges: (readonly Range[] | undefined)[];
let button: HTMLButtonElement;

/** The sentences of each block as its cues would carry them: two in the first paragraph, one elsewhere. */
const SENTENCES: Record<string, string[]> = {
  'p-first': ['When you read, you are', 'the only one who hears the voice in your head.'],
};
const sentencesOf = async (block: HTMLElement): Promise<SentenceChoice[]> =>
  (SENTENCES[block.dataset.say!] ?? [block.textContent!.trim()]).map((text) => ({ text, place: undefined }));

beforeEach(() => {
  page = essayPage();
  played = [];
  announced = [];
  chosenRanges = [];
  addKeyboardPlayFromHere(page.body, page.template('play-from-here-keys'), {
    play: (block, sentence = 0) => played.push(`${block.dataset.say!}#${sentence}`),
    announce: (message) => announced.push(message),
    sentences: sentencesOf,
    choice: { show: (range) => chosenRanges.push(range) },
  });
  button = page.body.querySelector<HTMLButtonElement>('.play-from-here-keys')!;
});

/** Lets the sentence moves, which wait for the cues, finish. */
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Presses a key on the roving button; true if the button took it (and kept it from the browser). */
const press = (key: string, modifiers: KeyboardEventInit = {}): boolean =>
  !button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers }));
const chosen = (): string | null => button.getAttribute('aria-label');

describe('the keyboard’s Play from here button', () => {
  it('is one button, first in the essay body, so Tab reaches it straight after the player', () => {
    expect(page.body.querySelectorAll('.play-from-here-keys')).toHaveLength(1);
    expect(page.body.firstElementChild).toBe(button);
    expect(button.nextElementSibling?.className).toBe('play-from-here-hint');
  });
  it('starts on the first block and says so in its name', () =>
    expect(chosen()).toBe('Play from here: Why we read aloud'));
  it('plays from the block chosen', () => {
    press('ArrowDown');
    button.click();
    expect(played).toEqual(['p-first#0']);
  });
  it('ArrowDown chooses the next block and announces its opening words', () => {
    expect(press('ArrowDown')).toBe(true);
    expect(chosen()).toBe('Play from here: When you read, you are the…');
    expect(announced).toEqual(['When you read, you are the…']);
  });
  it('ArrowUp chooses the block before', () => {
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowUp');
    expect(chosen()).toBe('Play from here: When you read, you are the…');
  });
  it('ArrowUp on the first block stays there', () => {
    press('ArrowUp');
    expect(chosen()).toBe('Play from here: Why we read aloud');
  });
  it('End chooses the last block, and ArrowDown there stays on it', () => {
    press('End');
    press('ArrowDown');
    expect(chosen()).toBe('Play from here: And then the essay ends.');
  });
  it('Home chooses the first block again', () => {
    press('End');
    press('Home');
    expect(chosen()).toBe('Play from here: Why we read aloud');
  });
  it('chooses list items as blocks too', () => {
    press('ArrowDown');
    press('ArrowDown');
    expect(chosen()).toBe('Play from here: Listening while walking');
  });
  it('ArrowRight chooses the next sentence, into the next block after the last, and plays from it', async () => {
    press('ArrowDown');
    expect(press('ArrowRight')).toBe(true);
    await settled();
    expect(chosen()).toBe('Play from here: the only one who hears the…');
    expect(announced.at(-1)).toBe('the only one who hears the…');
    button.click();
    expect(played).toEqual(['p-first#1']);
    press('ArrowRight');
    await settled();
    expect(chosen()).toBe('Play from here: Listening while walking');
  });
  it('ArrowLeft chooses the sentence before, the last of the block before at a block start', async () => {
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowLeft');
    await settled();
    expect(chosen()).toBe('Play from here: the only one who hears the…');
    press('ArrowLeft');
    await settled();
    press('ArrowLeft');
    await settled();
    press('ArrowLeft');
    await settled();
    expect(chosen()).toBe('Play from here: Why we read aloud');
  });
  it.each(['Enter', ' ', 'Tab', 'PageDown'])('leaves "%s" to the browser', (key) => {
    expect(press(key)).toBe(false);
    expect(chosen()).toBe('Play from here: Why we read aloud');
  });
  it.each([{ altKey: true }, { ctrlKey: true }, { metaKey: true }, { shiftKey: true }])(
    'leaves ArrowDown with a modifier (%o) to the browser',
    (modifiers) => {
      expect(press('ArrowDown', modifiers)).toBe(false);
      expect(announced).toEqual([]);
    },
  );
  it('follows the caret: a reader who puts it in a block and presses Tab plays from that block', () => {
    const last = page.blocks.at(-1)!;
    document.getSelection()!.collapse(last.firstChild, 3);
    document.dispatchEvent(new Event('selectionchange'));
    expect(chosen()).toBe('Play from here: And then the essay ends.');
  });
  it('does not move away while it has focus itself', () => {
    button.focus();
    document.getSelection()!.collapse(page.blocks.at(-1)!.firstChild, 3);
    document.dispatchEvent(new Event('selectionchange'));
    expect(chosen()).toBe('Play from here: Why we read aloud');
  });
});
