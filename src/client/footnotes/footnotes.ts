// Footnotes on the essay page, beyond the plain endnotes: the popover where there is no margin, and sidenotes that
// follow the narration through the notes.
import { addFootnotePopover } from './footnote-popover.ts';
import { followNotesRead } from './sidenote-reading.ts';

const body = document.querySelector<HTMLElement>('[data-essay-body]');
const template = document.querySelector<HTMLTemplateElement>('template[data-footnote-popover]');
if (body && template) {
  addFootnotePopover(body, template);
  followNotesRead(body);
}
