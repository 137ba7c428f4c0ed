// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type KeyCommand, keyCommand } from '../../../src/client/player/keyboard.ts';

/** The command for a key pressed on an element of this tag, as the player's keydown listener sees it. */
function pressOn(tag: string, key: string, modifiers: KeyboardEventInit = {}): KeyCommand | undefined {
  const target = document.createElement(tag);
  let command: KeyCommand | undefined;
  target.addEventListener('keydown', (event) => {
    command = keyCommand(event);
  });
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...modifiers }));
  return command;
}

describe('keyCommand', () => {
  it('ArrowRight skips forward 5 seconds', () =>
    expect(pressOn('div', 'ArrowRight')).toEqual({ kind: 'seekBy', seconds: 5 }));
  it('ArrowLeft skips back 5 seconds', () =>
    expect(pressOn('div', 'ArrowLeft')).toEqual({ kind: 'seekBy', seconds: -5 }));
  it.each(['k', 'K'])('"%s" plays or pauses, as in most web video players', (key) =>
    expect(pressOn('div', key)).toEqual({ kind: 'toggle' }),
  );
  it('Space plays or pauses outside a button', () => expect(pressOn('div', ' ')).toEqual({ kind: 'toggle' }));
  it('Space on a button is left to the browser, which presses that button', () =>
    expect(pressOn('button', ' ')).toBeUndefined());
  it('k still plays or pauses while a button has focus', () =>
    expect(pressOn('button', 'k')).toEqual({ kind: 'toggle' }));
  it.each(['ArrowLeft', 'ArrowRight', ' ', 'k'])('"%s" in the speed select is left to the select', (key) =>
    expect(pressOn('select', key)).toBeUndefined(),
  );
  it.each([{ altKey: true }, { ctrlKey: true }, { metaKey: true }])(
    'a shortcut with a modifier (%o) is left to the browser',
    (modifiers) => expect(pressOn('div', 'ArrowRight', modifiers)).toBeUndefined(),
  );
  it('Shift does not stop a command: Shift+K still toggles', () =>
    expect(pressOn('div', 'K', { shiftKey: true })).toEqual({ kind: 'toggle' }));
  it.each(['ArrowUp', 'ArrowDown', 'Enter', 'j', 'l', 'Tab'])('"%s" is left to the browser', (key) =>
    expect(pressOn('div', key)).toBeUndefined(),
  );
});
