// Annotations that travel (issue 15): the W3C export anchors on the published
// page as an annotation client reads it. Apache Annotator, the reference
// implementation of the W3C selectors, runs each annotation's selectors on
// document.body of the live page in Chromium; and copying a paragraph
// copies the document's words only.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { annotatorScript } from '../helpers/annotator.ts';
import { contentCorpus, readDist } from '../helpers/dist-pages.ts';
import { startSite, type Site } from '../helpers/site-server.ts';

const documents = contentCorpus().documents;

let site: Site;
let annotator: string;
beforeAll(async () => {
  [site, annotator] = await Promise.all([startSite(), annotatorScript()]);
});
afterAll(async () => {
  await site?.close();
});

/** The document page with Apache Annotator loaded (the CSP is bypassed for it alone, as an extension's would be). */
async function open(slug: string, width: number) {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(site.url(`documents/${slug}/`), { waitUntil: 'networkidle' });
  await page.addScriptTag({ content: annotator });
  return { context, page };
}

interface Anchored {
  id: string;
  quoteMatches: string[];
  /** The nearest element with an id around each match, to say where a stray match is. */
  matchedIn: string[];
  insideMark: boolean;
  sameAsMark: boolean;
  positionMatches: number;
  positionSame: boolean;
}

/** Runs every annotation's selectors on document.body, as a client would. */
function anchorAll(page: Page, items: unknown[]): Promise<Anchored[]> {
  return page.evaluate(async (items) => {
    type Sel = { type: string; exact?: string; value?: string; refinedBy?: Sel };
    const a = (window as unknown as { annotator: Record<string, (s: Sel) => (scope: Node) => AsyncIterable<Range | Element>> }).annotator;
    const makeRefinable = (a as unknown as { makeRefinable: (f: (s: Sel) => unknown) => (s: Sel) => (scope: Node) => AsyncIterable<Range> })
      .makeRefinable;
    const matcherFor = makeRefinable((s: Sel) => {
      if (s.type === 'CssSelector') return a.createCssSelectorMatcher!(s);
      if (s.type === 'TextPositionSelector') return a.createTextPositionSelectorMatcher!(s);
      if (s.type === 'TextQuoteSelector') return a.createTextQuoteSelectorMatcher!(s);
      throw new Error(`no matcher for ${s.type}`);
    });
    // A boundary as a character offset in the body's text, so ranges that end
    // at the end of one text node and the start of the next compare equal.
    const offset = (node: Node, at: number) => {
      const r = document.createRange();
      r.setStart(document.body, 0);
      r.setEnd(node, at);
      return r.toString().length;
    };
    const span = (r: Range) => [offset(r.startContainer, r.startOffset), offset(r.endContainer, r.endOffset)].join('-');
    const out = [];
    for (const item of items as { id: string; target: { selector: Sel[] } }[]) {
      const anchor = item.id.slice(item.id.indexOf('#') + 1);
      const el = document.getElementById(anchor)!;
      const mark = el.querySelector(':scope > .anno__text') ?? el;
      const markRange = document.createRange();
      markRange.selectNodeContents(mark);
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = item.target.selector.find((s) => s.type !== 'TextQuoteSelector')!;
      // Apache Annotator 0.2 yields a match twice when it starts at a text
      // node's edge (once from the end of the node before, once from the start
      // of its own); those describe one place, so matches are counted by their
      // character offsets in the body.
      const quoteRanges: Range[] = [];
      for await (const r of matcherFor(quote)(document.body)) if (!quoteRanges.some((q) => span(q) === span(r))) quoteRanges.push(r);
      const positionRanges: Range[] = [];
      for await (const r of matcherFor(position)(document.body)) positionRanges.push(r);
      const q = quoteRanges[0];
      out.push({
        id: anchor,
        quoteMatches: quoteRanges.map((r) => r.toString()),
        matchedIn: quoteRanges.map((r) => {
          const e = r.commonAncestorContainer;
          const el = e.nodeType === 1 ? (e as Element) : e.parentElement!;
          return `${el.closest('[id]')?.id ?? el.tagName} ${span(r)} ${JSON.stringify(r.toString())}`;
        }),
        insideMark: !!q && mark.contains(q.commonAncestorContainer),
        sameAsMark: !!q && span(q) === span(markRange),
        positionMatches: positionRanges.length,
        positionSame: !!q && positionRanges.length === 1 && span(positionRanges[0]!) === span(q),
      });
    }
    return out;
  }, items);
}

describe.each(documents)('the export of $slug on its page', ({ slug, annotations }) => {
  test('every annotation anchors once with Apache Annotator, on the words the page marks, by quote and by position', async () => {
    const items = (
      JSON.parse(readDist(`annotations/${slug}.jsonld`)) as {
        first: { items: { id: string; target: { selector: { exact?: string }[] } }[] };
      }
    ).first.items;
    expect(items.length).toBe(annotations.length);
    const { context, page } = await open(slug, 1280);
    const anchored = await anchorAll(page, items);
    await context.close();
    const exact = new Map(annotations.map((a) => [a.anchor, a.exact]));
    const problems = anchored.flatMap((r) => {
      const p: string[] = [];
      if (r.quoteMatches.length !== 1) p.push(`${r.id}: the quote matches ${r.quoteMatches.length} times (in ${r.matchedIn.join(', ')})`);
      else if (r.quoteMatches[0] !== exact.get(r.id)) p.push(`${r.id}: the quote matches "${r.quoteMatches[0]}"`);
      if (!r.insideMark) p.push(`${r.id}: the match is not inside the marked element`);
      if (!r.sameAsMark) p.push(`${r.id}: the match does not start and end where the marked words do`);
      if (r.positionMatches !== 1 || !r.positionSame)
        p.push(`${r.id}: the position selector gives ${r.positionMatches} ranges, not the quote's`);
      return p;
    });
    expect(problems).toEqual([]);
  });
});

/** Each paragraph with at least two annotated passages: its id and its words in the analyser's text. */
const crowded = documents.flatMap((d) => {
  const blocks = d.text.split('\n\n');
  let start = 0;
  return blocks.flatMap((block) => {
    const from = start;
    start += block.length + 2;
    const inside = d.annotations.filter((a) => a.type !== 'mention' && a.start >= from && a.end <= from + block.length);
    const first = d.annotations.find((a) => a.start >= from && a.end <= from + block.length);
    return inside.length >= 2 && first ? [{ slug: d.slug, id: `p-${first.anchor}`, words: block }] : [];
  });
});

describe.each([1280, 375])('copying at %i px', (width) => {
  test('selecting a whole paragraph with several annotated passages copies its words only', async () => {
    expect(crowded.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const slug of new Set(crowded.map((c) => c.slug))) {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.url(`documents/${slug}/`), { waitUntil: 'networkidle' });
      for (const { id, words } of crowded.filter((c) => c.slug === slug)) {
        const copied = await page.evaluate((id) => {
          const range = document.createRange();
          range.selectNodeContents(document.getElementById(id)!);
          const selection = getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return selection.toString();
        }, id);
        if (copied !== words) problems.push(`${slug}#${id}: copied ${JSON.stringify(copied)}`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
