// pelicanconf.py (then publishconf.py, which overrides it) read by pattern, not run: only simple literal settings.

export interface PelicanSettings {
  readonly siteUrl: string | undefined;
  readonly timeZone: string | undefined;
  readonly contentPath: string;
  readonly outputPath: string;
  readonly articleUrl: string;
  readonly articleSaveAs: string;
  readonly feeds: readonly string[];
  readonly defaultCategory: string;
  readonly useFolderAsCategory: boolean;
  readonly pagePaths: readonly string[];
  readonly lang: string;
  /** liquid_tags' include_code folder, under the content folder. */
  readonly codeDir: string;
  readonly notebookDir: string;
}

type Value = string | boolean | null | string[];

const ASSIGNMENT = /^([A-Z][A-Z0-9_]*)\s*=\s*(.+?)\s*(?:#.*)?$/gm;
const STRING = /^[uUrR]?(['"])(.*)\1$/;

function literal(text: string): Value | undefined {
  const string = STRING.exec(text);
  if (string) return string[2] ?? '';
  if (text === 'None') return null;
  if (text === 'True' || text === 'False') return text === 'True';
  const list = /^[[(](.*)[\])]$/.exec(text);
  if (list) return [...(list[1] ?? '').matchAll(/[uUrR]?(['"])(.*?)\1/g)].map((m) => m[2] ?? '');
  return undefined;
}

/** Each file's literal assignments, later files overriding earlier ones; the rest (expressions) is ignored. */
export function readAssignments(sources: readonly string[]): Map<string, Value> {
  const values = new Map<string, Value>();
  for (const source of sources)
    for (const m of source.matchAll(ASSIGNMENT)) {
      const value = literal(m[2] ?? '');
      if (value !== undefined) values.set(m[1] ?? '', value);
    }
  return values;
}

/** Pelican's own defaults where the files say nothing (docs.getpelican.com, "Settings"). */
export function pelicanSettings(sources: readonly string[]): PelicanSettings {
  const values = readAssignments(sources);
  const text = (name: string, fallback: string): string => {
    const value = values.get(name);
    return typeof value === 'string' ? value : fallback;
  };
  const feedSetting = (name: string, fallback: string | null): string[] => {
    const value = values.has(name) ? values.get(name) : fallback;
    return typeof value === 'string' && value !== '' ? [value] : [];
  };
  const pagePaths = values.get('PAGE_PATHS');
  return {
    siteUrl: text('SITEURL', '') || undefined,
    timeZone: text('TIMEZONE', '') || undefined,
    contentPath: text('PATH', 'content').replace(/^\.\//, '').replace(/\/$/, ''),
    outputPath: text('OUTPUT_PATH', 'output').replace(/^\.\//, '').replace(/\/$/, ''),
    articleUrl: text('ARTICLE_URL', '{slug}.html'),
    articleSaveAs: text('ARTICLE_SAVE_AS', '{slug}.html'),
    feeds: [
      ...feedSetting('FEED_ALL_ATOM', 'feeds/all.atom.xml'),
      ...feedSetting('FEED_ALL_RSS', null),
      ...feedSetting('FEED_ATOM', null),
      ...feedSetting('FEED_RSS', null),
    ],
    defaultCategory: text('DEFAULT_CATEGORY', 'misc'),
    useFolderAsCategory: values.get('USE_FOLDER_AS_CATEGORY') !== false,
    pagePaths: Array.isArray(pagePaths) ? pagePaths : ['pages'],
    lang: text('DEFAULT_LANG', 'en'),
    codeDir: text('CODE_DIR', 'code'),
    notebookDir: text('NOTEBOOK_DIR', 'notebooks'),
  };
}
