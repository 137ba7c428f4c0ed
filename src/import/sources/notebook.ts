// A Jupyter notebook (nbformat 4) as Markdown, for Pelican's {% notebook %} posts: its cells, and its plots as files.

export interface NotebookMarkdown {
  readonly markdown: string;
  /** Plot images the notebook held inline (base64), by the file name the Markdown uses. */
  readonly images: ReadonlyMap<string, Uint8Array>;
}

interface Cell {
  readonly cell_type: string;
  readonly source: string | readonly string[];
  readonly outputs?: readonly {
    readonly output_type: string;
    readonly text?: unknown;
    readonly data?: Record<string, unknown>;
  }[];
}

const joined = (value: unknown): string =>
  Array.isArray(value) ? value.join('') : typeof value === 'string' ? value : '';

const fenced = (code: string, lang: string): string => {
  const fence = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${fence}${lang}\n${code.replace(/\n$/, '')}\n${fence}`;
};

function outputs(cell: Cell, stem: string, images: Map<string, Uint8Array>): string[] {
  return (cell.outputs ?? []).flatMap((output) => {
    const data = output.data ?? {};
    const png = joined(data['image/png']);
    if (png) {
      const name = `${stem}-${images.size + 1}.png`;
      images.set(name, Buffer.from(png, 'base64'));
      return [`![Output of the code above](./${name})`];
    }
    const html = joined(data['text/html']);
    if (html) return [html.trim()];
    const text = joined(output.text ?? data['text/plain']);
    return text.trim() ? [fenced(text, 'text')] : [];
  });
}

/** `range` is the tag's cells[a:b] slice, as Python reads it; undefined: the notebook is not nbformat 4. */
export function notebookMarkdown(json: string, stem: string, range: string | undefined): NotebookMarkdown | undefined {
  const notebook = JSON.parse(json) as {
    nbformat?: number;
    cells?: Cell[];
    metadata?: { language_info?: { name?: string } };
  };
  if (notebook.nbformat !== 4 || !Array.isArray(notebook.cells)) return undefined;
  const m = /^\s*cells\[(-?\d*):(-?\d*)\]\s*$/.exec(range ?? '');
  const cells = m ? notebook.cells.slice(m[1] ? Number(m[1]) : 0, m[2] ? Number(m[2]) : undefined) : notebook.cells;
  const lang = notebook.metadata?.language_info?.name ?? 'python';
  const images = new Map<string, Uint8Array>();
  const blocks = cells.flatMap((cell) => {
    const source = joined(cell.source);
    if (cell.cell_type === 'markdown') return [source.trim()];
    if (cell.cell_type === 'code')
      return [...(source.trim() ? [fenced(source, lang)] : []), ...outputs(cell, stem, images)];
    return source.trim() ? [source.trim()] : [];
  });
  return { markdown: `${blocks.filter(Boolean).join('\n\n')}\n`, images };
}
