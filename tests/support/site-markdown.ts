// The site's own Markdown processor from astro.config.mjs, without Vite: its MDX compiler (what a build runs, and where
// a plugin's error surfaces with file and line) and, with the same plugins, HTML to follow links in.
import config from '../../astro.config.mjs';

const processor = config.markdown?.processor;
if (!processor?.createMdxRenderer || !processor.createRenderer)
  throw new Error('astro.config.mjs: markdown.processor is not a unified() processor');

export const siteMdx = await processor.createMdxRenderer(
  {},
  { optimize: false, srcDir: new URL('../../src', import.meta.url) },
);
export const siteMarkdown = await processor.createRenderer({ syntaxHighlight: false });

/** The compiler's error for an essay, or undefined when it compiles. */
export const mdxError = (source: string, file: string): Promise<unknown> =>
  siteMdx.process(source, file, {}).then(
    () => undefined,
    (error: unknown) => error ?? new Error('rejected'),
  );
