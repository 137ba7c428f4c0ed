// The one site config: the Astro config, the page head, the feeds and the narration all import it.
// astro.config.mjs checks it at start-up (src/site-config-schema.ts), so a wrong field fails at once, named.
export const SITE = {
  title: 'Lectern',
  tagline: 'Essays to read and to hear',
  description: 'Essays on writing, reading and listening, each one narrated so that you can read it or hear it.',
  author: 'The Lectern Authors',
  url: 'https://lectern.example.org',
  lang: 'en',
  timezone: 'Europe/London',
  defaultNarrator: 'Loki',
  /** Square SVG cover, rendered at build time as the podcast feed's and the lock screen's PNGs (/artwork/<size>.png). */
  artwork: 'src/artwork.svg',
  essaysPerPage: 5,
  /** /rss.xml, /feed.json and each category's rss.xml carry the newest this many essays; the podcast feeds carry all. */
  feeds: { items: 20 },
  /**
   * The feeds an earlier site published, by path: each gets a 301 to /rss.xml in dist/_redirects (Netlify, Cloudflare),
   * so its subscribers follow. GitHub Pages cannot send one (README: "Move an archive in"). The sample essay
   * moving-house.md came from a Pelican site whose feed was here; write [] if there never was another site.
   */
  oldFeeds: ['/feeds/all.atom.xml'] as readonly string[],
  /**
   * Cloudflare Pages serves no file over 25 MiB (GitHub Pages: 100 MB): the build and `narrate --check` name each
   * published file over maxFileMiB, and oversize: 'error' makes that fail them (README: "Deploy"). Typed wider than
   * `as const` would, so code can ask which it is.
   */
  deploy: { maxFileMiB: 25, oversize: 'warn' as 'warn' | 'error' },
  narration: {
    /** Read the footnotes at the end of the narration, or skip them; an essay can override this. */
    footnotes: 'read',
    /** The speech engine and its voice; other engines take options, e.g. { baseUrl, model } (README: "Choose an engine"). */
    engine: 'flite',
    voice: 'rms',
  },
  /** What podcast directories ask of the feed's owner; they confirm a feed by writing to owner.email. */
  podcast: {
    owner: { name: 'The Lectern Authors', email: 'podcast@lectern.example.org' },
    /** An Apple Podcasts category. */
    category: 'Arts',
    explicit: false,
    /** podcast:locked: directories may not import the feed into another host without the owner's consent. */
    locked: true,
  },
} as const;
