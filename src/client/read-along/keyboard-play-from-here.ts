// One "Play from here" button for the keyboard and screen readers: a single Tab stop in the essay body that roves
// from block to block with the up and down arrows and from sentence to sentence with left and right (or follows the
// text caret), where the mouse gets one button per block.
import { accessibleName, openingOf, openingWords, placeBeside } from './block-place.ts';
import type { SentenceHighlight } from './sentence-highlight.ts';
import type { SentencePlace } from './sentence-ranges.ts';

/** A sentence the button can choose: its text (from the cues) and where it is on the page, if it is. */
export interface SentenceChoice {
  text: string;
  place: SentencePlace | undefined;
}

export interface KeyboardPlayFromHere {
  /** Play from the block, at its first sentence or the one given (an index into its sentences). */
  play(block: HTMLElement, sentence?: number): void;
  announce(message: string): void;
  /** The block's sentences; loads the cues the first time it is asked. */
  sentences(block: HTMLElement): Promise<readonly SentenceChoice[]>;
  /** Shows the sentence chosen (or none). */
  choice: SentenceHighlight;
}

interface Place {
  block: number;
  sentence: number;
}

/** The block that an up or down key moves the choice to; undefined leaves the key to the browser. */
function blockForKey(key: string, count: number, current: number): number | undefined {
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return Math.max(current - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

export function addKeyboardPlayFromHere(
  body: HTMLElement,
  template: HTMLTemplateElement,
  actions: KeyboardPlayFromHere,
): void {
  const blocks = [...body.querySelectorAll<HTMLElement>('[data-say]')];
  const [button, hint] = [...template.content.cloneNode(true).childNodes].filter(
    (node): node is HTMLElement => node instanceof HTMLElement,
  );
  if (!button || !hint || blocks.length === 0) return;
  let chosen: Place = { block: 0, sentence: 0 };
  let chosenSentence: SentenceChoice | undefined;
  const block = (): HTMLElement => blocks[chosen.block] as HTMLElement;
  const place = (): void => {
    const at = chosenSentence?.place?.[0];
    placeBeside(
      [
        [block(), button, at],
        [block(), hint, at],
      ],
      body,
    );
  };
  const choose = (next: Place, sentence?: SentenceChoice): void => {
    chosen = next;
    chosenSentence = sentence;
    const name = sentence ? `Play from here: ${openingOf(sentence.text)}` : accessibleName(block());
    button.setAttribute('aria-label', name);
    actions.choice.show(document.activeElement === button ? sentence?.place : undefined);
    place();
  };

  /** The sentence after (+1) or before (-1) the one chosen, into the next or previous block at its ends. */
  const moveBySentence = async (step: 1 | -1): Promise<void> => {
    let { block: at, sentence } = chosen;
    let sentences = await actions.sentences(blocks[at] as HTMLElement);
    sentence += step;
    while (sentence < 0 || sentence >= sentences.length) {
      const next = at + step;
      if (next < 0 || next >= blocks.length) return;
      at = next;
      sentences = await actions.sentences(blocks[at] as HTMLElement);
      sentence = step > 0 ? 0 : sentences.length - 1;
    }
    choose({ block: at, sentence }, sentences[sentence]);
    (sentences[sentence]?.place?.[0]?.startContainer.parentElement ?? block()).scrollIntoView({ block: 'nearest' });
    actions.announce(openingOf(sentences[sentence]?.text ?? ''));
  };

  // One move at a time: a second key pressed while the cues load moves on from where the first one lands.
  let moving = Promise.resolve();
  button.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const step = event.key === 'ArrowRight' ? 1 : -1;
      moving = moving.then(() => moveBySentence(step));
      return;
    }
    const next = blockForKey(event.key, blocks.length, chosen.block);
    if (next === undefined) return;
    event.preventDefault();
    choose({ block: next, sentence: 0 });
    block().scrollIntoView({ block: 'nearest' });
    actions.announce(openingWords(block()));
  });
  button.addEventListener('click', () => actions.play(block(), chosen.sentence));
  button.addEventListener('focus', () => actions.choice.show(chosenSentence?.place));
  button.addEventListener('blur', () => actions.choice.show(undefined));
  // A reader who puts the caret (or a selection) in a block and then presses Tab plays from that block.
  document.addEventListener('selectionchange', () => {
    const anchor = document.getSelection()?.anchorNode;
    const inBlock = (anchor instanceof Element ? anchor : anchor?.parentElement)?.closest<HTMLElement>('[data-say]');
    const index = inBlock ? blocks.indexOf(inBlock) : -1;
    if (index >= 0 && document.activeElement !== button) choose({ block: index, sentence: 0 });
  });
  new ResizeObserver(place).observe(body);

  // First in the body, so Tab reaches it straight after the player, beside the first block.
  body.prepend(button, hint);
  choose({ block: 0, sentence: 0 });
}
