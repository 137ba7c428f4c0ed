// The click-to-load step of an embed's facade (src/lib/essay-body/embed-facade.ts): a button beside the link, and on
// the reader's click the frame in its place. Without this script the link opens the page on its own site.

function load(figure: HTMLElement, src: string, title: string): void {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = title;
  frame.allow = 'fullscreen; picture-in-picture; encrypted-media';
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  figure.replaceChildren(frame);
  figure.dataset.loaded = '';
  frame.focus();
}

export function enhanceEmbeds(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('figure.embed[data-embed-src]')) {
    const { embedSrc: src = '', embedTitle: title = '' } = figure.dataset;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'embed-load';
    button.textContent = `Load it here (connects to ${new URL(src).host})`;
    button.addEventListener('click', () => load(figure, src, title));
    figure.prepend(button);
  }
}
