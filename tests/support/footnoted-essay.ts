// An essay body with footnotes as the site renders it (the sidenotes fixture's shape) and the popover template of
// Footnotes.astro, for the tests of src/client/footnotes in happy-dom. Where `margin` is false, the sidenotes are
// hidden, as the stylesheet hides them when the window has no margin for them.

const sidenote = (id: string, number: number, text: string, margin: boolean): string =>
  `<span class="margin-note sidenote" data-sidenote="" data-note="${id}" aria-hidden="true"${
    margin ? '' : ' style="display: none"'
  }><span class="sidenote-number">${number}</span> <span class="sidenote-block">${text}</span></span>`;

export function footnotedEssay({ margin }: { margin: boolean }): string {
  const grafton = sidenote('user-content-fn-grafton', 1, 'Grafton.', margin);
  const bayle = sidenote('user-content-fn-bayle', 2, 'Bayle.', margin);
  return `
  <div data-essay-body>
    <p data-say="p-2b99f5">Grafton calls the footnote a curious history.<sup><a href="#user-content-fn-grafton"
      id="user-content-fnref-grafton" data-footnote-ref="">1</a></sup>${grafton}
      Bayle built a dictionary on notes,<sup><a href="#user-content-fn-bayle" id="user-content-fnref-bayle"
      data-footnote-ref="">2</a></sup>${bayle} and Grafton returns
      to him.<sup><a href="#user-content-fn-grafton" id="user-content-fnref-grafton-2"
      data-footnote-ref="">1</a></sup>${grafton}</p>
    <section data-footnotes="" class="footnotes"><h2 id="footnote-label">Footnotes</h2>
      <ol>
        <li id="user-content-fn-grafton" data-say="fn-efc035"><p>Anthony Grafton, <em>The Footnote</em> (1997).
          <a href="#user-content-fnref-grafton" data-footnote-backref="" aria-label="Back to reference 1">↩︎</a>
          <a href="#user-content-fnref-grafton-2" data-footnote-backref="" aria-label="Back to reference 1-2">↩︎</a></p>
          <p id="user-content-fn-grafton-more">A second paragraph.</p></li>
        <li id="user-content-fn-bayle" data-say="fn-0b3c11"><p>Pierre Bayle, <code>Dictionnaire</code> (1697).
          <a href="#user-content-fnref-bayle" data-footnote-backref="" aria-label="Back to reference 2">↩︎</a></p></li>
      </ol>
    </section>
  </div>
  <template data-footnote-popover>
    <div id="footnote-popover" class="footnote-popover" popover role="dialog" aria-labelledby="footnote-popover-label"
      tabindex="-1">
      <p class="footnote-popover-label" id="footnote-popover-label">Note <span data-number></span></p>
      <div class="footnote-popover-note" data-note></div>
      <p class="footnote-popover-actions">
        <a data-in-list href="">See it in the list of notes</a>
        <button type="button" popovertarget="footnote-popover" popovertargetaction="hide">Close</button>
      </p>
    </div>
  </template>`;
}
