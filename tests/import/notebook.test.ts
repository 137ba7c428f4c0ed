import { expect, test } from 'vitest';
import { parseMarkdown } from '../../src/import/markdown-edits.ts';
import { notebookMarkdown } from '../../src/import/sources/notebook.ts';

test("a cell's HTML output stays one HTML block, whatever blank lines and scripts it holds", () => {
  // jakevdp.github.io's static widgets: a <script>, then nested <div>s and <img src="data:…"> over lines, with blank
  // lines between. CommonMark read its base64 as paragraphs, which the voice spelled out for two hours.
  const html = [
    '<script type="text/javascript">',
    '  var a = 1;',
    '</script>',
    '    <div>',
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
  const markdown = notebookMarkdown(JSON.stringify(notebook), 'widgets', undefined)?.markdown ?? '';
  const blocks = parseMarkdown(markdown).children.map((node) => node.type);
  expect(blocks).toEqual(['code', 'html']);
  expect(markdown).toContain('AAAL">');
});
