// Pelican's Markdown metadata ("Title: …" lines before the first blank line, as Python-Markdown's meta extension reads).

export interface PelicanFile {
  /** Keys in lower case, as Pelican reads them. */
  readonly fields: Record<string, string>;
  readonly body: string;
}

const KEY = /^ {0,3}([A-Za-z0-9_-]+):\s*(.*)$/;
const CONTINUATION = /^ {4,}(.*)$/;

export function readPelicanFile(source: string): PelicanFile {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fields: Record<string, string> = {};
  let i = lines[0]?.trim() === '---' ? 1 : 0;
  let last: string | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || (i > 0 && /^(---|\.\.\.)\s*$/.test(line))) {
      if (line.trim() !== '') i++;
      break;
    }
    const key = KEY.exec(line);
    const more = CONTINUATION.exec(line);
    if (key) {
      last = (key[1] ?? '').toLowerCase();
      fields[last] = (key[2] ?? '').trim();
    } else if (more && last) fields[last] = `${fields[last]} ${(more[1] ?? '').trim()}`.trim();
    else break; // Not metadata: the body starts here.
  }
  return { fields, body: lines.slice(i).join('\n').replace(/^\n+/, '') };
}
