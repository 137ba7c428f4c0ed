// The one site config: the Astro config, the page head, the feeds and the narration all import it.
export const SITE = {
  title: 'Lectern',
  tagline: 'Essays to read and to hear',
  description: 'Essays on writing, reading and listening, each one narrated so that you can read it or hear it.',
  author: 'The Lectern Authors',
  url: 'https://lectern.example.org',
  lang: 'en',
  timezone: 'Europe/London',
  defaultNarrator: 'Loki',
  /** Square cover for the podcast feed and the lock screen (Media Session). */
  artwork: '/narration-artwork.png',
  essaysPerPage: 5,
  narration: {
    /** Read the footnotes at the end of the narration, or skip them; an essay can override this. */
    footnotes: 'read',
    /** The speech engine and its voice; other engines take options, e.g. { baseUrl, model } (README: "Choose an engine"). */
    engine: 'flite',
    voice: 'rms',
  },
} as const;
