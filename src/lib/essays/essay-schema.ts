// The frontmatter contract for content/essays/*.{md,mdx}, checked once at the content boundary.
import { z } from 'astro/zod';
import { parseCalendarDate } from '../formats/dates.ts';
import { readLexicon } from './pronunciations.ts';
import { slugify } from './slug.ts';

export interface SchemaContext {
  timeZone: string;
  /** Whether a site path such as /audio/x.mp3 exists under public/. */
  publicFileExists: (sitePath: string) => boolean;
}

const text = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be text`) })
    .trim()
    .min(1, `${field} must not be empty`);

// Dates arrive as strings: the loader parses YAML without js-yaml's timestamp type, which rolls 2024-02-30 over to March.
const calendarDate = (field: string, timeZone: string) =>
  z.union([z.string(), z.date()], { error: `${field} must be a date such as 2026-03-18` }).transform((value, ctx) => {
    if (value instanceof Date) return value;
    try {
      return parseCalendarDate(value, timeZone);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

const NARRATION = 'narration must be false, or { footnotes: read | skip }';

export function essaySchema({ timeZone, publicFileExists }: SchemaContext) {
  return z.strictObject(
    {
      title: text('title'),
      date: calendarDate('date', timeZone),
      updated: calendarDate('updated', timeZone).optional(),
      category: text('category').refine((name) => slugify(name) !== '', {
        message: 'category must contain a letter or digit, so that it has a URL',
      }),
      description: text('description'),
      tags: z
        .array(
          text('each tag').refine((tag) => slugify(tag) !== '', {
            message: 'each tag must contain a letter or digit, so that it has a URL',
          }),
          { error: 'tags must be a list of words' },
        )
        .default([]),
      narrator: text('narrator').optional(),
      // Kept as written (the data store holds plain values); narration reads it with the same readLexicon.
      pronunciations: z
        .record(z.string(), z.unknown(), { error: 'pronunciations must be a map of words to how they are said' })
        .superRefine((entries, ctx) => {
          try {
            readLexicon(entries, () => 'pronunciations');
          } catch (error) {
            if (!(error instanceof Error)) throw error;
            // The field is named by the issue's path already: "pronunciations: "Siobhan" needs a non-empty say".
            for (const line of error.message.split('\n'))
              ctx.addIssue({ code: 'custom', message: line.replace(/^pronunciations: /, '') });
          }
        })
        .optional(),
      // Checked for existence where it is drawn (src/pages/artwork/essays/), which knows the essay's folder.
      cover: text('cover')
        .refine((path) => /^\.\.?\//.test(path), {
          message: 'cover must be an image beside the essay, such as ./images/cover.jpg',
        })
        .optional(),
      audio: text('audio')
        // abort: without it the existence check runs too, and reports "publicaudio/x.mp3".
        .refine((path) => path.startsWith('/'), {
          message: 'audio must be a site path under public/, such as /audio/essay.mp3',
          abort: true,
        })
        .refine((path) => publicFileExists(path), {
          error: (issue) => `audio file public${issue.input as string} does not exist`,
        })
        .optional(),
      // The message on each part too: zod reports a union's one object-shaped option by that option's own issues.
      narration: z
        .union(
          [
            z.literal(false),
            z.strictObject(
              { footnotes: z.enum(['read', 'skip'], { error: NARRATION }).optional() },
              { error: NARRATION },
            ),
          ],
          { error: NARRATION },
        )
        .optional(),
      draft: z.boolean({ error: 'draft must be true or false' }).default(false),
      // The paths the essay had on an old site (/my-post.html, /2019/01/my-post/): each gets a redirect here.
      aliases: z
        .array(
          // No spaces: a _redirects line is split at them.
          text('each alias').refine((path) => /^\/(?!\/)\S*$/.test(path), {
            message: 'each alias must be a site path starting with "/", such as /my-post.html',
          }),
          { error: 'aliases must be a list of site paths, such as [/my-post.html]' },
        )
        .default([]),
      // The id the old feed gave this essay: kept as its guid, so the old feed's subscribers are not sent it again.
      guid: text('guid').optional(),
      // Links shown at the essay's foot, such as "Discuss on Bluesky".
      links: z
        .array(
          z.strictObject(
            {
              label: text("each link's label"),
              url: z.url({ protocol: /^https?$/, error: "each link's url must be an http(s) address" }),
            },
            { error: 'each link must be { label, url }' },
          ),
          { error: 'links must be a list of { label, url }' },
        )
        .default([]),
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : undefined),
    },
  );
}

export type EssayData = z.output<ReturnType<typeof essaySchema>>;
