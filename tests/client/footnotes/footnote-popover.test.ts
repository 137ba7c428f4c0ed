// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addFootnotePopover } from '../../../src/client/footnotes/footnote-popover.ts';
import { footnotedEssay } from '../../support/footnoted-essay.ts';

/** Loads the essay and adds the popover, as footnotes.ts does on the page. */
function essay({ margin }: { margin: boolean }): HTMLElement {
  document.body.innerHTML = footnotedEssay({ margin });
  const body = document.querySelector<HTMLElement>('[data-essay-body]')!;
  addFootnotePopover(body, document.querySelector<HTMLTemplateElement>('template[data-footnote-popover]')!);
  return body;
}
const refs = (): HTMLAnchorElement[] => [...document.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')];
/** Clicks a reference; true if the popover took the click instead of the link. */
const clickRef = (ref: HTMLAnchorElement): boolean =>
  !ref.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
const popover = (): HTMLElement => document.querySelector<HTMLElement>('body > .footnote-popover')!;

describe('without the Popover API (happy-dom has none, as older browsers)', () => {
  it('adds no popover, and every reference stays a link to the list of notes', () => {
    essay({ margin: false });
    expect(popover()).toBeNull();
    expect(refs().some((ref) => ref.hasAttribute('aria-controls'))).toBe(false);
    expect(clickRef(refs()[0]!)).toBe(false);
  });
});

describe('with the Popover API', () => {
  // The API's part that the popover uses: showing, hiding, and the beforetoggle event before it closes.
  const open = new WeakSet<HTMLElement>();
  beforeEach(() => {
    Object.assign(HTMLElement.prototype, {
      showPopover(this: HTMLElement) {
        open.add(this);
      },
      hidePopover(this: HTMLElement) {
        if (!open.has(this)) return;
        this.dispatchEvent(Object.assign(new Event('beforetoggle'), { oldState: 'open', newState: 'closed' }));
        open.delete(this);
      },
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(HTMLElement.prototype, 'showPopover');
    Reflect.deleteProperty(HTMLElement.prototype, 'hidePopover');
  });

  it('a reference whose sidenote shows in the margin stays a plain link to the list', () => {
    essay({ margin: true });
    const [ref] = refs();
    expect(ref!.hasAttribute('aria-controls')).toBe(false);
    expect(clickRef(ref!)).toBe(false);
    expect(open.has(popover())).toBe(false);
  });
  it('where the margin has no room, each reference says it opens the note as a dialog', () => {
    essay({ margin: false });
    for (const ref of refs()) {
      expect(ref.getAttribute('aria-controls')).toBe('footnote-popover');
      expect(ref.getAttribute('aria-haspopup')).toBe('dialog');
      expect(ref.getAttribute('aria-expanded')).toBe('false');
    }
  });
  it('a click on a reference opens its note beside it, instead of going to the list', () => {
    essay({ margin: false });
    const bayle = refs()[1]!;
    expect(clickRef(bayle)).toBe(true);
    expect(open.has(popover())).toBe(true);
    expect(popover().querySelector('[data-number]')?.textContent).toBe('2');
    expect(popover().querySelector('[data-note]')?.textContent?.trim()).toBe('Pierre Bayle, Dictionnaire (1697).');
    expect(popover().querySelector('[data-in-list]')?.getAttribute('href')).toBe('#user-content-fn-bayle');
    expect(refs().map((ref) => ref.getAttribute('aria-expanded'))).toEqual(['false', 'true', 'false']);
  });
  it('the note in the popover keeps its markup but not its back links', () => {
    essay({ margin: false });
    clickRef(refs()[0]!);
    const note = popover().querySelector('[data-note]')!;
    expect(note.querySelector('em')?.textContent).toBe('The Footnote');
    expect(note.querySelectorAll('p')).toHaveLength(2);
    expect(note.querySelector('[data-footnote-backref]')).toBeNull();
  });
  it('copies no id into the popover, so no id is on the page twice', () => {
    essay({ margin: false });
    clickRef(refs()[0]!);
    expect(popover().querySelector('[data-note] [id]')).toBeNull();
    expect(document.querySelectorAll('#user-content-fn-grafton-more')).toHaveLength(1);
  });
  it('opening another note replaces the first', () => {
    essay({ margin: false });
    clickRef(refs()[0]!);
    clickRef(refs()[1]!);
    expect(popover().querySelector('[data-note]')?.textContent).not.toContain('Grafton');
    expect(popover().querySelector('[data-number]')?.textContent).toBe('2');
  });
  it('moves focus into the popover, so the keyboard reads the note next', () => {
    essay({ margin: false });
    clickRef(refs()[0]!);
    expect(document.activeElement).toBe(popover());
  });
  it('closing it (Escape, a click outside, Close) returns the reader to the reference', () => {
    essay({ margin: false });
    const [, , again] = refs();
    clickRef(again!);
    popover().hidePopover();
    expect(document.activeElement).toBe(again);
    expect(again!.getAttribute('aria-expanded')).toBe('false');
  });
  it('following "See it in the list" closes it and leaves the reader at the list, not at the reference', () => {
    essay({ margin: false });
    const [ref] = refs();
    clickRef(ref!);
    popover().querySelector<HTMLAnchorElement>('[data-in-list]')!.click();
    expect(open.has(popover())).toBe(false);
    expect(document.activeElement).not.toBe(ref);
  });
  it('when the window widens and the sidenotes show, the references become plain links again', () => {
    const body = essay({ margin: false });
    for (const sidenote of body.querySelectorAll<HTMLElement>('[data-sidenote]')) sidenote.style.display = '';
    window.dispatchEvent(new Event('resize'));
    expect(refs().some((ref) => ref.hasAttribute('aria-controls'))).toBe(false);
  });
});
