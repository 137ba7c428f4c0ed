// Footnotes on the essay page, beyond the plain endnotes: the popover where there is no margin. The sidenotes that
// follow the narration through the notes are read-along's (sidenote-reading.ts), loaded with it.
import { addFootnotePopover } from './footnote-popover.ts';

const body = document.querySelector<HTMLElement>('[data-essay-body]');
const template = document.querySelector<HTMLTemplateElement>('template[data-footnote-popover]');
if (body && template) addFootnotePopover(body, template);
