// The web app manifest, so the site can be installed: the cover art's PNGs for icons, the page colour for its frame.
import type { APIRoute } from 'astro';
import { ARTWORK_SIZES } from '../cards/artwork.ts';
import { artworkUrl, homeUrl } from '../lib/site/urls.ts';
import { SITE } from '../site.config.ts';

// The light theme's paper (src/styles/global.css), as the layout's theme-color meta gives it.
const PAPER = '#fbf7f0';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: SITE.title,
      short_name: SITE.title,
      description: SITE.description,
      lang: SITE.lang,
      start_url: homeUrl(),
      scope: homeUrl(),
      display: 'standalone',
      background_color: PAPER,
      theme_color: PAPER,
      icons: ARTWORK_SIZES.lockScreen.map((size) => ({
        src: artworkUrl(size),
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any',
      })),
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
