// The text of an imported essay: Lectern's frontmatter, in the schema's field names and shapes, then the body.
import yaml from 'js-yaml';
import type { OutLink } from './imported-post.ts';

export interface EssayFields {
  readonly title: string;
  readonly date: string;
  readonly updated: string | undefined;
  readonly category: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly draft: boolean;
  readonly aliases: readonly string[];
  readonly guid: string | undefined;
  readonly links: readonly OutLink[];
}

/** Empty and default fields are left out, so that the file says only what the post had. */
export function essayFile(fields: EssayFields, body: string): string {
  const data: Record<string, unknown> = { title: fields.title, date: fields.date };
  if (fields.updated) data.updated = fields.updated;
  Object.assign(data, { category: fields.category, description: fields.description });
  if (fields.tags.length > 0) data.tags = [...fields.tags];
  if (fields.draft) data.draft = true;
  if (fields.aliases.length > 0) data.aliases = [...fields.aliases];
  if (fields.guid) data.guid = fields.guid;
  if (fields.links.length > 0) data.links = fields.links.map(({ label, url }) => ({ label, url }));
  // The core schema, as the essay loader reads it: dates stay strings.
  const frontmatter = yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1 });
  return `---\n${frontmatter}---\n\n${body.trim()}\n`;
}
