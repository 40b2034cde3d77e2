import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import type { ShareCard } from './card.ts';
import { SITE_NAME } from '../labels.ts';

/**
 * Draws a share card as a 1200 × 630 PNG at build time: satori lays the card
 * out as SVG with the text as paths, resvg rasterises it (in Node's thread
 * pool, so the rendering thread goes on with other pages). The face is
 * Source Serif 4 from its npm package (@fontsource), Latin and Latin
 * Extended, so names like Erdoğan print as written.
 */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

type Weight = 400 | 700;
let fonts: { name: string; data: Buffer; weight: Weight; style: 'normal' }[] | undefined;

function loadFonts() {
  // Resolved from the project, not from this module: Astro bundles this file elsewhere.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = (subset: string, weight: Weight) =>
    readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`));
  // Each subset under its own name: satori takes the first face of a name, and falls back to the others for missing letters.
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `Source Serif 4 ${subset}`,
      data: file(subset, weight),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** A satori node: the shape of a React element, built as plain data. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}
const h = (style: Record<string, string | number>, children: Node['props']['children']): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The colours of the light theme (site.css). */
const colour = { bg: '#fffdf8', fg: '#1d1b16', muted: '#5c5648', rule: '#d9d2c3', link: '#0b4f8a', dispute: '#8a2a0b' };

/** Long headlines get a smaller size, so that they fit in three or four lines. */
export const headlineSize = (text: string) => (text.length <= 60 ? 64 : text.length <= 100 ? 54 : text.length <= 150 ? 46 : 40);

const BAND = 24;
const PAD_X = 56;
const PAD_Y = 48;
/** The width of the text: satori wraps text only inside a box of known width. */
const INNER = SHARE_WIDTH - BAND - 2 * PAD_X;
/** Room left of the status sentence for its badge ("No dispute recorded" at 20 px, spaced). */
const BADGE = 330;

export function cardTree(card: ShareCard): Node {
  const accent = card.disputed ? colour.dispute : colour.link;
  // The band and the rule are boxes of their own, not borders: satori draws a border as a stroke inside clip paths, which cost resvg about 2 ms a card.
  return h(
    {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      background: colour.bg,
      color: colour.fg,
      fontFamily: 'Source Serif 4 latin, Source Serif 4 latin-ext',
    },
    [
      h({ width: BAND, height: SHARE_HEIGHT, flexShrink: 0, background: accent }, []),
      h(
        {
          flexDirection: 'column',
          justifyContent: 'space-between',
          boxSizing: 'border-box',
          padding: `${PAD_Y}px ${PAD_X}px`,
          width: SHARE_WIDTH - BAND,
        },
        [
          h({ flexDirection: 'column', width: INNER }, [
            h({ fontSize: 24, letterSpacing: 3, textTransform: 'uppercase', color: colour.muted }, `${SITE_NAME} · ${card.label}`),
            h({ fontSize: headlineSize(card.headline), fontWeight: 700, lineHeight: 1.15, marginTop: 24 }, card.headline),
          ]),
          h({ flexDirection: 'column', width: INNER }, [
            h({ height: 2, width: INNER, background: colour.rule }, []),
            h(
              { fontSize: 28, color: colour.fg, flexWrap: 'wrap', paddingTop: 18 },
              card.chain.flatMap((step, i) => [...(i > 0 ? [h({ color: colour.muted, margin: '0 12px' }, '›')] : []), h({}, step)]),
            ),
            h({ fontSize: 26, marginTop: 14, width: INNER, alignItems: 'flex-start' }, [
              h(
                {
                  fontWeight: 700,
                  color: accent,
                  border: `2px solid ${accent}`,
                  borderRadius: 6,
                  padding: '0 10px',
                  marginRight: 14,
                  textTransform: 'uppercase',
                  fontSize: 20,
                  letterSpacing: 2,
                  flexShrink: 0,
                  marginTop: 3,
                },
                card.badge,
              ),
              h({ width: INNER - BADGE, lineHeight: 1.3 }, card.detail),
            ]),
          ]),
        ],
      ),
    ],
  );
}

/** The card as satori lays it out: SVG, its text as paths. */
export const cardSvg = (card: ShareCard): Promise<string> =>
  satori(cardTree(card) as never, { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts: loadFonts() });

export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const image = await renderAsync(await cardSvg(card), { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  // A copy on a plain ArrayBuffer, as a Response body takes it. (Encoding the pixels with Node's zlib made
  // smaller files, but copying 3 MB of pixels out of resvg for each card cost more in garbage collection than it saved.)
  return new Uint8Array(image.asPng());
}
