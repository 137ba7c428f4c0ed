// What a page with a "Listen later" button runs up front: the buttons, and on an essay page what brings in Up next.
import './queue-buttons.ts';
import './up-next-start.ts';
