// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chapterKey } from '../../../src/client/chapters/chapter-keys.ts';
import { keyCommand } from '../../../src/client/player/keyboard.ts';

/** What a key pressed on an element of this tag means, to the chapter keys and to the player's own. */
function pressOn(tag: string, key: string, modifiers: KeyboardEventInit = {}) {
  const target = document.createElement(tag);
  let meant: { chapter: ReturnType<typeof chapterKey>; player: ReturnType<typeof keyCommand> } | undefined;
  target.addEventListener('keydown', (event) => {
    meant = { chapter: chapterKey(event), player: keyCommand(event) };
  });
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...modifiers }));
  return meant;
}

describe('chapterKey', () => {
  it('n is the next chapter', () => expect(pressOn('button', 'n')?.chapter).toBe(1));
  it('p is the previous chapter', () => expect(pressOn('div', 'p')?.chapter).toBe(-1));
  it('N and P (with Shift or Caps Lock) work too', () => {
    expect(pressOn('div', 'N', { shiftKey: true })?.chapter).toBe(1);
    expect(pressOn('div', 'P')?.chapter).toBe(-1);
  });
  it.each(['ctrlKey', 'metaKey', 'altKey'])('leaves n with %s to the browser', (modifier) =>
    expect(pressOn('div', 'n', { [modifier]: true })?.chapter).toBeUndefined(),
  );
  it('leaves n to a select, where a letter picks an option', () =>
    expect(pressOn('select', 'n')?.chapter).toBeUndefined());
  it.each(['n', 'p'])('%s means nothing to the player keys, so the two never clash', (key) =>
    expect(pressOn('div', key)?.player).toBeUndefined(),
  );
  it.each(['k', ' ', 'ArrowLeft', 'ArrowRight'])('the player key %j means no chapter', (key) =>
    expect(pressOn('div', key)?.chapter).toBeUndefined(),
  );
});
