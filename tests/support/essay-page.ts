// An essay body as the page renders it for read-along, with the "Play from here" templates of ReadAlong.astro, for
// the tests of src/client in happy-dom.

export const ESSAY_BODY = `
  <div data-essay-body>
    <h2 data-say="h-why">Why we read aloud</h2>
    <p data-say="p-first">When you read, you are the only one who hears the voice in your head.</p>
    <ul>
      <li data-say="li-one">Listening while walking</li>
      <li data-say="li-two">Listening while cooking dinner for a family of five</li>
    </ul>
    <p data-say="p-last">And then the essay ends.</p>
  </div>
  <template data-play-from-here>
    <button type="button" class="play-from-here" aria-label="Play from here" tabindex="-1" aria-hidden="true">
      <span class="play-from-here-label" aria-hidden="true">Play from here</span>
    </button>
  </template>
  <template data-play-from-here-keys>
    <button type="button" class="play-from-here play-from-here-keys" aria-label="Play from here">
      <span class="play-from-here-label" aria-hidden="true">Play from here</span>
    </button>
    <span class="play-from-here-hint" id="play-from-here-keys">Up and down arrows choose the paragraph, left and right the sentence</span>
  </template>`;

export interface EssayPage {
  body: HTMLElement;
  blocks: HTMLElement[];
  template: (name: 'play-from-here' | 'play-from-here-keys') => HTMLTemplateElement;
}

export function essayPage(): EssayPage {
  document.body.innerHTML = ESSAY_BODY;
  const body = document.querySelector<HTMLElement>('[data-essay-body]')!;
  return {
    body,
    blocks: [...body.querySelectorAll<HTMLElement>('[data-say]')],
    template: (name) => document.querySelector<HTMLTemplateElement>(`template[data-${name}]`)!,
  };
}

/** Lays a box out where a browser would have (happy-dom has no layout): top and height, in the window's px. */
export function layOut(element: Element, top: number, height = 24): void {
  element.getBoundingClientRect = () => new DOMRect(0, top, 600, height);
}
