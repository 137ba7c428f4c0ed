// Keeps the Markdown processor's own dump of a render error out of the log, where it would repeat a problem that is
// reported anyway.

const isMarkdownRenderError = (value: unknown): boolean =>
  value instanceof Error && value.message.startsWith('Failed to parse Markdown file');

/**
 * @astrojs/markdown-remark prints a .md essay's render error whole (thirty lines of vfile fields, its line counted
 * from the body) before throwing it: that print alone is dropped while `render` runs, so that whoever catches the
 * error says the problem once, and rightly (the essay loader, with the essay's file and line).
 */
export async function withoutRenderErrorDumps<T>(run: () => Promise<T>): Promise<T> {
  const print = console.error;
  console.error = (...args: unknown[]) => {
    if (!isMarkdownRenderError(args[0])) print(...args);
  };
  try {
    return await run();
  } finally {
    console.error = print;
  }
}
