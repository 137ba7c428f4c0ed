// The one escaping helper for the raw XML that feed libraries take as `customData`.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Characters XML 1.0 forbids outright; a stray one makes the whole feed unparsable.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Markup that xmlElement built: the only kind of string that goes into a feed unescaped. */
export type XmlMarkup = string & { readonly __xmlMarkup: true };

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * `<name a="1">text</name>`, `<name>` around child elements that xmlElement built, or self-closing without content;
 * every attribute value and text is escaped.
 */
export function xmlElement(
  name: string,
  attributes: Record<string, string | number> = {},
  content?: string | readonly XmlMarkup[],
): XmlMarkup {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  if (content === undefined) return `<${name}${attrs}/>` as XmlMarkup;
  const inner = typeof content === 'string' ? escapeXml(content) : content.join('');
  return `<${name}${attrs}>${inner}</${name}>` as XmlMarkup;
}
