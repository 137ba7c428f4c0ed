// An essay's share card as satori's element tree: plain objects whose texts stay text, never parsed as markup.

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The site's light palette (src/styles/global.css), so a shared link looks like the page it opens. */
const PAPER = '#fbf7f0';
const INK = '#2a2622';
const MUTED = '#5f5850';
const ACCENT = '#8a3b12';
const ACCENT_SOFT = '#f3e4d3';
const RULE = '#e3dacb';

export interface OgCardFacts {
  title: string;
  category: string;
  siteName: string;
  narrated: boolean;
}

/** What satori draws: an element type, its style and its children, which are elements or text. */
export interface OgNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: ReadonlyArray<OgNode | string> | OgNode | string };
}

const node = (
  type: string,
  style: Record<string, string | number>,
  children?: OgNode['props']['children'],
): OgNode => ({ type, props: { style, ...(children === undefined ? {} : { children }) } });

/** Long titles step down in size, so that up to four lines fit; longer ones end in an ellipsis. */
const titleSize = (title: string): number => (title.length <= 40 ? 76 : title.length <= 80 ? 62 : 50);

export function ogCardTree({ title, category, siteName, narrated }: OgCardFacts): OgNode {
  const footer = [node('div', { fontWeight: 700, color: INK }, siteName)];
  if (narrated) {
    footer.push(
      node(
        'div',
        { padding: '10px 26px', borderRadius: 999, background: ACCENT_SOFT, color: ACCENT, fontWeight: 700 },
        'Narrated',
      ),
    );
  }
  return node(
    'div',
    {
      width: OG_IMAGE_SIZE.width,
      height: OG_IMAGE_SIZE.height,
      display: 'flex',
      flexDirection: 'column',
      background: PAPER,
      fontFamily: 'Source Serif 4',
    },
    [
      node('div', { height: 18, background: ACCENT }),
      node(
        'div',
        {
          flexGrow: 1,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 84px 56px',
        },
        [
          node('div', { display: 'flex', flexDirection: 'column', gap: 28 }, [
            node(
              'div',
              { fontSize: 30, color: ACCENT, letterSpacing: 2, textTransform: 'uppercase', fontWeight: 700 },
              category,
            ),
            node(
              'div',
              { fontSize: titleSize(title), lineHeight: 1.15, color: INK, fontWeight: 700, lineClamp: 4 },
              title,
            ),
          ]),
          node(
            'div',
            {
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'center',
              paddingTop: 28,
              minHeight: 92,
              borderTop: `2px solid ${RULE}`,
              fontSize: 32,
              color: MUTED,
            },
            footer,
          ),
        ],
      ),
    ],
  );
}

/** The card's alternative text: what it shows, in words. */
export const ogImageAlt = ({ title, category, siteName, narrated }: OgCardFacts): string =>
  `${title}: an essay in ${category} on ${siteName}${narrated ? ', narrated' : ''}`;
