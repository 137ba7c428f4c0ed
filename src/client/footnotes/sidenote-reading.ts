// While the narration reads the notes at the end, each note's sidenotes light up with it (read-along marks the
// endnote with data-reading; the sidenote names its endnote in data-note).
export function followNotesRead(body: HTMLElement): void {
  const notes = body.querySelector('[data-footnotes]');
  const sidenotes = [...body.querySelectorAll<HTMLElement>('[data-sidenote]')];
  if (!notes) return;
  new MutationObserver(() => {
    for (const sidenote of sidenotes)
      sidenote.toggleAttribute(
        'data-read',
        document.getElementById(sidenote.dataset.note ?? '')?.hasAttribute('data-reading') === true,
      );
  }).observe(notes, { subtree: true, attributeFilter: ['data-reading'] });
}
