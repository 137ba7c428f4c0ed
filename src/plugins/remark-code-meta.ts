// Carries a fenced block's meta ({3-5}, title, say) onto the page, where Prism would drop it: the block is wrapped in
// a div.code-sample whose data attributes the segmentation (what is spoken) and rehype-code-lines (what is marked) read.
import type { Code, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseFenceMeta } from './code-fence-meta.ts';

/** The wrapper in the Markdown tree: mdast-util-to-hast makes it the element its data names. */
interface CodeSampleNode {
  type: 'codeSample';
  data: { hName: 'div'; hProperties: Record<string, string | string[]> };
  children: RootContent[];
}

// What cannot be honoured is left out here; remark-code-meta-check.ts fails the site's build on it.
function wrapperFor(code: Code): CodeSampleNode | undefined {
  if (!code.meta) return undefined;
  const { meta } = parseFenceMeta(code.meta, code.value.split('\n').length);
  if (meta.lines.length === 0 && meta.title === undefined && meta.say === undefined) return undefined;
  const title: RootContent[] =
    meta.title === undefined
      ? []
      : [
          {
            type: 'paragraph',
            data: { hProperties: { className: ['code-title'] } },
            children: [{ type: 'text', value: meta.title }],
          },
        ];
  return {
    type: 'codeSample',
    data: {
      hName: 'div',
      hProperties: {
        className: ['code-sample'],
        dataCodeSample: '',
        ...(meta.title === undefined ? {} : { dataCodeTitle: meta.title }),
        ...(meta.say === undefined ? {} : { dataCodeSay: meta.say }),
        ...(meta.lines.length ? { dataCodeLines: meta.lines.join(' ') } : {}),
      },
    },
    children: [...title, code],
  };
}

export default function remarkCodeMeta() {
  return (tree: Root): void => {
    visit(tree, 'code', (code, index, parent) => {
      const wrapper = parent && index !== undefined ? wrapperFor(code) : undefined;
      if (!wrapper || !parent || index === undefined) return;
      (parent.children as unknown[])[index] = wrapper;
      return index + 1;
    });
  };
}
