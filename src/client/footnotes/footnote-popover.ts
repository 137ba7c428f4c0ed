// Where the margin has no room for sidenotes, a footnote reference opens its note in a popover, beside the reference,
// instead of sending the reader to the list at the end. Escape, a click outside or Close returns them to the reference.

// Room kept between the reference and the popover, and between the popover and the window's edge, in px.
const GAP = 8;
// Enough for a short note and its links, however little room the reference leaves, in px.
const MIN_HEIGHT = 160;

/** Decides between margin and popover as the stylesheet did, with no second copy of its breakpoint. */
const inMargin = (ref: Element): boolean => {
  const sidenote = ref.parentElement?.nextElementSibling;
  return sidenote?.hasAttribute('data-sidenote') === true && sidenote.checkVisibility();
};

/** Adds the popover from its template, where the browser has the Popover API; without it, references link to the list. */
export function addFootnotePopover(body: HTMLElement, template: HTMLTemplateElement): void {
  const popover = template.content.firstElementChild?.cloneNode(true);
  if (!(popover instanceof HTMLElement) || !('showPopover' in popover)) return;
  document.body.append(popover);
  const number = popover.querySelector('[data-number]');
  const note = popover.querySelector('[data-note]');
  const inList = popover.querySelector<HTMLAnchorElement>('[data-in-list]');
  if (!number || !note || !inList) return;
  const refs = [...body.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')];
  let opener: HTMLAnchorElement | undefined;

  // A reference whose sidenote shows is a plain link to the list; the others control the popover.
  const markReferences = (): void => {
    for (const ref of refs) {
      const states = {
        'aria-controls': popover.id,
        'aria-expanded': String(ref === opener),
        'aria-haspopup': 'dialog',
      };
      for (const [name, value] of Object.entries(states)) {
        if (inMargin(ref)) ref.removeAttribute(name);
        else ref.setAttribute(name, value);
      }
    }
  };

  // Beside the reference, on the side with more room, in the page's coordinates (the top layer's containing block is
  // the page), so it moves with the text if the reader scrolls; opening it never scrolls the page. Call once shown.
  const place = (ref: HTMLElement): void => {
    const { top, bottom } = ref.getBoundingClientRect();
    const below = top < innerHeight / 2;
    popover.style.maxHeight = `${Math.max((below ? innerHeight - bottom : top) - 3 * GAP, MIN_HEIGHT)}px`;
    popover.style.top = `${scrollY + (below ? bottom + GAP : top - GAP - popover.offsetHeight)}px`;
  };

  const open = (ref: HTMLAnchorElement): void => {
    const endnote = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
    if (!endnote) return;
    const copy = endnote.cloneNode(true) as HTMLElement;
    for (const node of copy.querySelectorAll('[data-footnote-backref]')) node.remove();
    for (const node of copy.querySelectorAll('[id]')) node.removeAttribute('id');
    note.replaceChildren(...copy.childNodes);
    number.textContent = ref.textContent;
    inList.href = ref.hash;
    opener = ref;
    popover.showPopover();
    place(ref);
    popover.focus({ preventScroll: true });
    markReferences();
  };

  popover.addEventListener('beforetoggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    const ref = opener;
    opener = undefined;
    markReferences();
    if (ref && (popover.contains(document.activeElement) || document.activeElement === document.body))
      ref.focus({ preventScroll: true });
  });
  // Following the link to the list: the reader goes there, and focus with them, not back to the reference.
  inList.addEventListener('click', () => {
    opener = undefined;
    popover.hidePopover();
  });
  body.addEventListener('click', (event) => {
    const ref = (event.target as Element).closest<HTMLAnchorElement>('a[data-footnote-ref]');
    if (!ref || inMargin(ref)) return;
    event.preventDefault();
    open(ref);
  });
  markReferences();
  addEventListener('resize', markReferences);
}
