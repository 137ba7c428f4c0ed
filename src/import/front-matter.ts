// Splits a Markdown file into its front matter (YAML between ---, or TOML between +++) and its body.
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';

export interface SplitFile {
  readonly fields: Record<string, unknown>;
  readonly body: string;
}

const YAML_BLOCK = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const TOML_BLOCK = /^\uFEFF?\+\+\+\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;

function asFields(data: unknown, file: string): Record<string, unknown> {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error(`${file}: the front matter is not a set of fields`);
  return data as Record<string, unknown>;
}

/** No front matter gives no fields and the whole text as the body. */
export function splitFrontMatter(source: string, file: string): SplitFile {
  const toml = TOML_BLOCK.exec(source);
  if (toml) {
    try {
      return { fields: asFields(parseToml(toml[1] ?? ''), file), body: source.slice(toml[0].length) };
    } catch (error) {
      throw new Error(`${file}: the front matter is not valid TOML: ${(error as Error).message}`, { cause: error });
    }
  }
  const block = YAML_BLOCK.exec(source);
  if (!block) return { fields: {}, body: source.replace(/^\uFEFF/, '') };
  try {
    // The core schema keeps dates as written, so that post-date.ts reads the time and offset too.
    const data = yaml.load(block[1] ?? '', { schema: yaml.CORE_SCHEMA, filename: file });
    return { fields: asFields(data, file), body: source.slice(block[0].length) };
  } catch (error) {
    throw new Error(`${file}: the front matter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
}
