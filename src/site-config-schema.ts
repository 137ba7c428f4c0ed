// The site config's contract, checked at start-up (astro.config.mjs, narrate): a wrong field fails at once, named.
// It sits at the boundary beside the config, since it must know the narration engines that src/lib may not import.
import { z } from 'astro/zod';
import { VOICES as FLITE_VOICES } from './narration/engines/flite.ts';
import { engineProblem } from './narration/engines/registry.ts';

const text = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');

/** Why `value` cannot be the site's address, or undefined. Every link is root-absolute (/essays/x/), so it must be a host's root. */
function siteUrlProblem(value: string): string | undefined {
  if (!URL.canParse(value)) return 'must be an absolute URL such as https://example.org';
  const url = new URL(value);
  if (!/^https?:$/.test(url.protocol)) return 'must start with https:// (or http://)';
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return 'must be the root of a host, such as https://example.org, with no path: every link starts at /';
  }
  return undefined;
}

const siteUrl = z.string({ error: 'must be text' }).superRefine((value, ctx) => {
  const problem = siteUrlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const timeZone = z.string({ error: 'must be text' }).refine(
  (value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch (error) {
      if (error instanceof RangeError) return false;
      throw error;
    }
  },
  { error: (issue) => `"${issue.input as string}" is not an IANA time zone such as Europe/London` },
);

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** A BCP 47 tag whose language (and region, if any) the platform knows by name: en, en-GB, pt-BR. */
function isKnownLanguage(tag: string): boolean {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return false;
  const locale = new Intl.Locale(tag);
  return (
    LANGUAGES.of(locale.language) !== undefined &&
    (locale.region === undefined || REGIONS.of(locale.region) !== undefined)
  );
}

const language = z.string({ error: 'must be text' }).refine(isKnownLanguage, {
  error: (issue) => `"${issue.input as string}" is not a known language tag such as en or en-GB`,
});

// Only flite's voices can be listed without loading an engine; the others check the voice when they first speak:
// espeak has dozens of voices in its data, and the voices of a server or a piper model are theirs to know.
type Env = Readonly<Record<string, string | undefined>>;

const narration = (env: Env) =>
  z
    .strictObject({
      footnotes: z.enum(['read', 'skip'], { error: 'must be read or skip' }),
      engine: z.string({ error: 'must be text' }).superRefine((id, ctx) => {
        const problem = engineProblem(id, env);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
      voice: text,
      options: z
        .record(z.string(), z.union([z.string(), z.number()]), { error: 'must be a set of plain values' })
        .optional(),
    })
    .superRefine(({ engine, voice }, ctx) => {
      if (engine === 'flite' && !FLITE_VOICES.includes(voice)) {
        ctx.addIssue({
          code: 'custom',
          path: ['voice'],
          message: `flite has no voice "${voice}"; its voices: ${FLITE_VOICES.join(', ')}`,
        });
      }
    });

// A podcast directory (Apple, Spotify) writes to the owner's email to confirm the feed, so it is required.
const podcast = z.strictObject({
  owner: z.strictObject({ name: text, email: z.email({ error: 'must be an email address' }) }),
  category: text,
  explicit: z.boolean({ error: 'must be true or false' }),
  locked: z.boolean({ error: 'must be true or false' }),
});

const wholePositive = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .positive('must be above zero');

// Feed readers fetch the essay feeds every few minutes: Pelican, Hugo and WordPress all cap them (WordPress at 10).
const feeds = z.strictObject({ items: wholePositive });

// Redirected in dist/_redirects, so they must be paths on this site, not URLs of another.
const oldFeeds = z.array(
  z
    .string({ error: 'must be text' })
    .refine((path) => path.startsWith('/') && !path.startsWith('//') && !/\s/.test(path), {
      error: (issue) => `"${issue.input as string}" must be a site path such as /feeds/all.atom.xml`,
    }),
  { error: 'must be a list of site paths such as /feeds/all.atom.xml' },
);

const deploy = z.strictObject({
  maxFileMiB: z.number({ error: 'must be a number' }).positive('must be above zero'),
  oversize: z.enum(['warn', 'error'], { error: 'must be warn or error' }),
});

const siteConfigSchema = (env: Env) =>
  z.strictObject(
    {
      title: text,
      tagline: text,
      description: text,
      author: text,
      url: siteUrl,
      lang: language,
      timezone: timeZone,
      defaultNarrator: text,
      // Rendered to PNGs at build time (src/pages/artwork/[size].png.ts); the file itself is checked there.
      artwork: text.refine(
        (path) => !path.startsWith('/') && path.endsWith('.svg'),
        'must be a square SVG in the project, such as src/artwork.svg',
      ),
      essaysPerPage: wholePositive,
      feeds,
      oldFeeds,
      deploy,
      narration: narration(env),
      podcast,
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : undefined),
    },
  );

/** Throws one Error listing each wrong field as "src/site.config.ts: narration.voice: …". */
export function checkSiteConfig(config: unknown, env: Env = process.env): void {
  const result = siteConfigSchema(env).safeParse(config);
  if (result.success) return;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join('.');
    return `src/site.config.ts: ${field ? `${field}: ` : ''}${issue.message}`;
  });
  throw new Error(problems.join('\n'));
}
