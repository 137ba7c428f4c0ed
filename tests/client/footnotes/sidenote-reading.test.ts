// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { followNotesRead } from '../../../src/client/footnotes/sidenote-reading.ts';
import { footnotedEssay } from '../../support/footnoted-essay.ts';

/** MutationObserver reports after the change, once the current task is done. */
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
const lit = (): string[] =>
  [...document.querySelectorAll<HTMLElement>('[data-sidenote][data-read]')].map((note) => note.dataset.note!);

beforeEach(() => {
  document.body.innerHTML = footnotedEssay({ margin: true });
  followNotesRead(document.querySelector<HTMLElement>('[data-essay-body]')!);
});

describe('followNotesRead', () => {
  it('lights every sidenote of the note being read at the end, and no other', async () => {
    document.getElementById('user-content-fn-grafton')!.setAttribute('data-reading', '');
    await settled();
    expect(lit()).toEqual(['user-content-fn-grafton', 'user-content-fn-grafton']);
  });
  it('moves the light with the reading to the next note', async () => {
    const grafton = document.getElementById('user-content-fn-grafton')!;
    grafton.setAttribute('data-reading', '');
    await settled();
    grafton.removeAttribute('data-reading');
    document.getElementById('user-content-fn-bayle')!.setAttribute('data-reading', '');
    await settled();
    expect(lit()).toEqual(['user-content-fn-bayle']);
  });
  it('puts the light out when the reading leaves the notes', async () => {
    const bayle = document.getElementById('user-content-fn-bayle')!;
    bayle.setAttribute('data-reading', '');
    await settled();
    bayle.removeAttribute('data-reading');
    await settled();
    expect(lit()).toEqual([]);
  });
  it('lights nothing while the body of the essay is read', async () => {
    document.querySelector('[data-say="p-2b99f5"]')!.setAttribute('data-reading', '');
    await settled();
    expect(lit()).toEqual([]);
  });
});
