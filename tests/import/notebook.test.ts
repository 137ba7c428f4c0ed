import { expect, test } from 'vitest';
import { notebookMarkdown } from '../../src/import/sources/notebook.ts';

test("a cell's HTML output stays one HTML block, whatever blank lines it holds", () => {
  // jakevdp.github.io's static widgets: an output of nested <div>s and <img src="data:…">, with blank lines between.
  const html = [
    '<div>',
    '  ',
    '    <div name="a">',
    '      <img src="data:image/png;base64,iVBOR',
    'AAAL">',
    '    </div>',
    '',
    '</div>',
  ];
  const notebook = {
    nbformat: 4,
    metadata: { language_info: { name: 'python' } },
    cells: [{ cell_type: 'code', source: ['show()'], outputs: [{ data: { 'text/html': html.map((l) => `${l}\n`) } }] }],
  };
  const converted = notebookMarkdown(JSON.stringify(notebook), 'widgets', undefined);
  expect(converted?.markdown).toContain(
    '<div>\n    <div name="a">\n      <img src="data:image/png;base64,iVBOR\nAAAL">\n    </div>\n</div>',
  );
});
