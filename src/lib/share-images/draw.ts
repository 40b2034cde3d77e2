import type { ShareCard } from './card.ts';
import { palettePng } from './png.ts';
import { Canvas, hex } from './raster.ts';
import { baselineIn, breakLines, normalLineHeight, setLine, type Line, type TextStyle } from './typeset.ts';
import { SITE_NAME } from '../labels.ts';

/**
 * Draws a share card as a 1200 × 630 PNG at build time: the card is laid out
 * here as boxes and lines of glyphs (typeset.ts), painted on a reused canvas
 * from glyphs rasterised once (raster.ts), and written as a palette PNG
 * (png.ts). The face is Source Serif 4, Latin and Latin Extended, so names
 * like Erdoğan print as written.
 */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** The colours of the light theme (site.css). */
const colour = { bg: '#fffdf8', fg: '#1d1b16', muted: '#5c5648', rule: '#d9d2c3', link: '#0b4f8a', dispute: '#8a2a0b' };

/** The inks of a card, by their place in the canvas's palette. */
const Ink = { Text: 0, Muted: 1, Accent: 2, Rule: 3 } as const;
type Ink = (typeof Ink)[keyof typeof Ink];

/** Long headlines get a smaller size, so that they fit in three or four lines. */
export const headlineSize = (text: string) => (text.length <= 60 ? 64 : text.length <= 100 ? 54 : text.length <= 150 ? 46 : 40);

const BAND = 24;
const PAD_X = 56;
const PAD_Y = 48;
/** Where the text starts, and how wide it runs. */
const LEFT = BAND + PAD_X;
const INNER = SHARE_WIDTH - BAND - 2 * PAD_X;
/** Room left of the status sentence for its badge ("No dispute recorded" at 20 px, spaced). */
const BADGE = 330;

const style = {
  label: { size: 24, weight: 400, letterSpacing: 3, uppercase: true },
  chain: { size: 28, weight: 400 },
  separator: { size: 28, weight: 400 },
  badge: { size: 20, weight: 700, letterSpacing: 2, uppercase: true },
  detail: { size: 26, weight: 400 },
} satisfies Record<string, TextStyle>;

/** Lines of text in one ink, the first line box's top at `top`. */
export interface TextBlock {
  lines: Line[];
  style: TextStyle;
  ink: Ink;
  left: number;
  top: number;
  lineHeight: number;
}

/** A card as boxes and text, in pixels: what paint() draws, and what the tests measure. */
export interface CardLayout {
  accent: string;
  boxes: { x: number; y: number; width: number; height: number; ink: Ink }[];
  /** The badge's border: a rounded box, 2 px wide. */
  badge: { x: number; y: number; width: number; height: number };
  text: TextBlock[];
}

const normal = (size: number) => normalLineHeight() * size;

export function cardLayout(card: ShareCard): CardLayout {
  const text: TextBlock[] = [];
  const block = (lines: Line[], s: TextStyle, ink: Ink, left: number, top: number, lineHeight = normal(s.size)) => {
    text.push({ lines, style: s, ink, left, top, lineHeight });
    return top + lines.length * lineHeight;
  };

  // Top: the label, then the headline under it.
  const labelEnd = block([setLine(`${SITE_NAME} · ${card.label}`, style.label)], style.label, Ink.Muted, LEFT, PAD_Y);
  const headline: TextStyle = { size: headlineSize(card.headline), weight: 700 };
  block(breakLines(card.headline, headline, INNER), headline, Ink.Text, LEFT, labelEnd + 24, headline.size * 1.15);

  // Bottom, set from the foot of the card up: the rule, the chain of outlets, then the badge and the status.
  const chain = chainLines(card.chain);
  const badgeText = setLine(card.badge, style.badge);
  // The spacing after the badge's last letter is left out, so that its padding is the same on both sides.
  const badge = { width: badgeText.width - style.badge.letterSpacing + 2 * 10 + 2 * 2, height: normal(style.badge.size) + 2 * 2 };
  const detailLeft = LEFT + badge.width + 14;
  const detail = breakLines(card.detail, style.detail, Math.min(INNER - BADGE, LEFT + INNER - detailLeft));
  const detailHeight = detail.length * style.detail.size * 1.3;
  const statusHeight = Math.max(3 + badge.height, detailHeight);
  const chainHeight = chain.length * normal(style.chain.size);
  const ruleTop = SHARE_HEIGHT - PAD_Y - statusHeight - 14 - chainHeight - 18 - 2;

  const chainTop = ruleTop + 2 + 18;
  for (const [i, line] of chain.entries()) {
    const top = chainTop + i * normal(style.chain.size);
    for (const piece of line) block([piece.line], style.chain, piece.separator ? Ink.Muted : Ink.Text, LEFT + piece.x, top);
  }
  const statusTop = chainTop + chainHeight + 14;
  block([badgeText], style.badge, Ink.Accent, LEFT + 2 + 10, statusTop + 3 + 2);
  block(detail, style.detail, Ink.Text, detailLeft, statusTop, style.detail.size * 1.3);

  return {
    accent: card.disputed ? colour.dispute : colour.link,
    boxes: [
      { x: 0, y: 0, width: BAND, height: SHARE_HEIGHT, ink: Ink.Accent },
      { x: LEFT, y: Math.round(ruleTop), width: INNER, height: 2, ink: Ink.Rule },
    ],
    badge: { x: LEFT, y: statusTop + 3, ...badge },
    text,
  };
}

/**
 * The chain of outlets in lines, each step a piece that stays whole (as a
 * flex item would) and a "›" between steps, wrapped where the next piece
 * does not fit.
 */
function chainLines(steps: string[]): { x: number; line: Line; separator: boolean }[][] {
  const pieces = steps.flatMap((step, i) => [
    ...(i > 0 ? [{ line: setLine('›', style.separator), margin: 12, separator: true }] : []),
    { line: setLine(step, style.chain), margin: 0, separator: false },
  ]);
  const lines: { x: number; line: Line; separator: boolean }[][] = [[]];
  let x = 0;
  for (const piece of pieces) {
    const width = piece.line.width + 2 * piece.margin;
    if (x > 0 && x + width > INNER) {
      lines.push([]);
      x = 0;
    }
    lines.at(-1)!.push({ x: x + piece.margin, line: piece.line, separator: piece.separator });
    x += width;
  }
  return lines;
}

/** One canvas per thread, reused card after card. */
let canvas: Canvas | undefined;

export function paint(layout: CardLayout): Uint8Array<ArrayBuffer> {
  canvas ??= new Canvas(SHARE_WIDTH, SHARE_HEIGHT);
  canvas.begin(hex(colour.bg), [hex(colour.fg), hex(colour.muted), hex(layout.accent), hex(colour.rule)]);
  for (const box of layout.boxes) canvas.fillRect(box.x, box.y, box.width, box.height, box.ink);
  const { x, y, width, height } = layout.badge;
  canvas.strokeRoundedRect(x, y, width, height, 6, 2, Ink.Accent);
  for (const block of layout.text) {
    const baseline = baselineIn(block.lineHeight, block.style.size);
    block.lines.forEach((line, i) => {
      const y = block.top + i * block.lineHeight + baseline;
      for (const g of line.glyphs) canvas!.drawGlyph(g.face, g.glyph, block.style.size, block.left + g.x, y, block.ink);
    });
  }
  return palettePng(SHARE_WIDTH, SHARE_HEIGHT, canvas.palette(), canvas.rows);
}

/** The card's PNG. */
export const renderShareImage = (card: ShareCard): Uint8Array<ArrayBuffer> => paint(cardLayout(card));
