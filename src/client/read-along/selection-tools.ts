// Selecting text in a block offers two things at the selection: "Play from here" (the sentence the selection starts
// in) and "Copy a link to this sentence" (#say=<sentence id>). Made here, not in the page: only read-along uses them.

// Long enough for a drag or a double click to finish before the tools appear under it.
const SETTLE_MS = 300;

export interface SelectionActions {
  /** The sentence's id where the selection starts, once the cues are loaded; undefined outside every sentence. */
  sentenceAt(block: HTMLElement, node: Node, offset: number): Promise<string | undefined>;
  play(sentence: string): void;
  copyLink(sentence: string): Promise<void>;
}

function button(label: string, action: () => void): HTMLButtonElement {
  const made = document.createElement('button');
  made.type = 'button';
  made.textContent = label;
  // Keeps the selection: a press that moved focus would collapse it before the click.
  made.addEventListener('pointerdown', (event) => event.preventDefault());
  made.addEventListener('click', action);
  return made;
}

export function addSelectionTools(body: HTMLElement, actions: SelectionActions): void {
  let sentence: string | undefined;
  let settling: number | undefined;
  const tools = document.createElement('div');
  tools.className = 'sentence-tools';
  tools.setAttribute('role', 'group');
  tools.setAttribute('aria-label', 'The selected sentence');
  tools.hidden = true;
  const hide = (): void => {
    tools.hidden = true;
  };
  tools.append(
    button('Play from here', () => {
      if (sentence) actions.play(sentence);
      hide();
    }),
    button('Copy a link to this sentence', () => {
      if (sentence) void actions.copyLink(sentence).then(hide);
    }),
  );
  body.append(tools);

  const place = (range: Range): void => {
    const [at, origin] = [range.getBoundingClientRect(), body.getBoundingClientRect()];
    tools.hidden = false;
    const left = Math.min(Math.max(0, at.left - origin.left), Math.max(0, origin.width - tools.offsetWidth));
    tools.style.setProperty('--top', `${at.bottom - origin.top}px`);
    tools.style.setProperty('--left', `${left}px`);
  };
  const update = async (): Promise<void> => {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
    const start = range?.startContainer;
    const block = (start instanceof Element ? start : start?.parentElement)?.closest<HTMLElement>('[data-say]');
    if (!range || !block || !body.contains(block) || tools.contains(start ?? null)) return hide();
    sentence = await actions.sentenceAt(block, range.startContainer, range.startOffset);
    if (sentence) place(range);
    else hide();
  };
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(settling);
    settling = window.setTimeout(() => void update(), SETTLE_MS);
  });
  tools.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
