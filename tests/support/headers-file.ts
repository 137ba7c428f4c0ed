// Reads a _headers file (Netlify and Cloudflare Pages share the format) into rules, to compare it with netlify.toml.

export type HeaderRules = Map<string, Record<string, string>>;

/** A path line, then its indented "Name: value" lines; # starts a comment. A malformed line throws, naming it. */
export function parseHeadersFile(text: string, file: string): HeaderRules {
  const rules: HeaderRules = new Map();
  let current: Record<string, string> | undefined;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      current = rules.get(line.trim()) ?? {};
      rules.set(line.trim(), current);
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!header || !current) throw new Error(`${file}:${index + 1}: not a "Name: value" header under a path: ${line}`);
    current[header[1] as string] = (header[2] as string).trim();
  });
  return rules;
}
