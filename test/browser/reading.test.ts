// Reading in Chromium (issue: reading experience): notes level with their
// markers on wide screens, highlight on hover, no sideways scrolling at
// 320 px, notes reachable without JavaScript, numbered endnotes in print.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentCorpus } from '../helpers/dist-pages.ts';
import { startSite, type Site } from '../helpers/site-server.ts';

const corpus = contentCorpus();
const documents = corpus.documents.map((d) => ({ slug: d.slug, notes: d.annotations.filter((a) => a.type !== 'mention') }));
const someClaim = corpus.claims[0]!.id;
const PAGES = ['', 'entities/', 'claims/', 'quotes/', 'search/?q=Rudskoy', 'entities/sergey-rudskoy/', `claims/${someClaim}/`, ...documents.map((d) => `documents/${d.slug}/`)];

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function open(path: string, options: { width: number; javaScriptEnabled?: boolean }) {
  const context = await site.browser.newContext({ viewport: { width: options.width, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  await page.goto(site.url(path), { waitUntil: 'networkidle' });
  return { context, page };
}

describe.each(documents)('the document $slug at 1280 px', ({ slug, notes }) => {
  test('each note starts level with its marker, or just below the note before it', async () => {
    const { context, page } = await open(`documents/${slug}/`, { width: 1280 });
    try {
      const boxes = await page.$$eval('.anno', (spans) =>
        spans.map((span) => {
          const note = span.querySelector(':scope > .note')!.getBoundingClientRect();
          const marker = span.querySelector(':scope > .anno__num')!.getBoundingClientRect();
          const lines = span.querySelector(':scope > .anno__text')!.getClientRects();
          const line = lines[lines.length - 1]!;
          return { id: span.id, top: note.top + scrollY, bottom: note.bottom + scrollY, lineTop: Math.min(line.top, marker.top) + scrollY, lineBottom: line.bottom + scrollY };
        }),
      );
      expect(boxes.map((b) => b.id)).toEqual(notes.map((n) => n.anchor));
      const problems: string[] = [];
      boxes.forEach((box, i) => {
        const previous = boxes[i - 1];
        const levelWithMarker = box.top >= box.lineTop - 8 && box.top <= box.lineBottom + 8;
        const belowPrevious = previous !== undefined && box.top >= previous.bottom - 1 && box.top <= previous.bottom + 24;
        if (!levelWithMarker && !belowPrevious) problems.push(`${box.id}: note at ${Math.round(box.top)}, its line at ${Math.round(box.lineTop)}–${Math.round(box.lineBottom)}`);
        if (previous && box.top < previous.bottom - 1) problems.push(`${box.id}: overlaps the note before it`);
      });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe.each(documents)('the margin of $slug at 1280 px', ({ slug }) => {
  test('ends near the end of the text: notes show their first lines, not all of them', async () => {
    const { context, page } = await open(`documents/${slug}/`, { width: 1280 });
    try {
      const { textBottom, notesBottom } = await page.evaluate(() => ({
        textBottom: document.querySelector('.document__text')!.getBoundingClientRect().bottom,
        notesBottom: Math.max(...[...document.querySelectorAll('.document__text .note')].map((n) => n.getBoundingClientRect().bottom)),
      }));
      // Shown whole, the notes of the longest document ran 2,000 px past its text.
      expect(notesBottom - textBottom).toBeLessThan(450);
    } finally {
      await context.close();
    }
  });
});

test('a note in the margin shows all of its text when hovered, and when a link in it has the focus', async () => {
  const { context, page } = await open(`documents/${documents[0]!.slug}/`, { width: 1280 });
  try {
    // The longest note of the page: the one most surely cut short.
    const index = await page.$$eval('.document__text .note', (notes) => notes.reduce((best, n, i, all) => (n.scrollHeight > all[best]!.scrollHeight ? i : best), 0));
    const note = page.locator('.document__text .note').nth(index);
    const cut = () => note.evaluate((n) => n.scrollHeight > n.clientHeight + 1);
    await page.mouse.move(0, 0);
    expect(await cut()).toBe(true);
    await note.hover();
    expect(await cut()).toBe(false);
    await page.mouse.move(0, 0);
    expect(await cut()).toBe(true);
    await note.locator('a').first().focus();
    expect(await cut()).toBe(false);
  } finally {
    await context.close();
  }
});

test('hovering a note highlights its passage, and hovering the passage highlights the note', async () => {
  const { context, page } = await open(`documents/${documents[0]!.slug}/`, { width: 1280 });
  try {
    const anchor = documents[0]!.notes[0]!.anchor;
    const span = page.locator(`[id="${anchor}"]`);
    const background = (selector: string) => span.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.mouse.move(0, 0);
    const [textBefore, noteBefore] = [await background(':scope > .anno__text'), await background(':scope > .note')];
    await span.locator(':scope > .note').hover();
    expect(await background(':scope > .anno__text')).not.toBe(textBefore);
    await page.mouse.move(0, 0);
    await span.locator(':scope > .anno__text').hover();
    expect(await background(':scope > .note')).not.toBe(noteBefore);
  } finally {
    await context.close();
  }
});

describe('at 320 px', () => {
  test.each(PAGES)('the page "/%s" does not scroll sideways', async (path) => {
    const { context, page } = await open(path, { width: 320 });
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
});

test('with JavaScript disabled, every note opens from its button on a narrow screen', async () => {
  const { slug, notes } = documents.find((d) => d.notes.length > 0)!;
  const { context, page } = await open(`documents/${slug}/`, { width: 375, javaScriptEnabled: false });
  try {
    const unreachable: string[] = [];
    for (const { anchor } of notes) {
      await page.locator(`[id="${anchor}"] > .anno__toggle`).click();
      const note = page.locator(`[id="note-${anchor}"]`);
      if (!(await note.isVisible()) || !(await note.innerText()).trim()) unreachable.push(anchor);
      await page.keyboard.press('Escape');
    }
    expect(unreachable).toEqual([]);
  } finally {
    await context.close();
  }
});

describe.each(documents.filter((d) => d.notes.length > 0))('the document $slug in print', ({ slug, notes }) => {
  test('prints its notes as numbered endnotes keyed by the numbers in the text', async () => {
    const { context, page } = await open(`documents/${slug}/`, { width: 1280 });
    try {
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => ({
        inlineNotesShown: [...document.querySelectorAll('.note')].filter((n) => getComputedStyle(n).display !== 'none').length,
        numbers: [...document.querySelectorAll('.anno__num')].filter((n) => getComputedStyle(n).display !== 'none').map((n) => n.textContent),
        endnotesShown: getComputedStyle(document.querySelector('.endnotes')!).display !== 'none',
        endnotes: [...document.querySelectorAll('.endnotes li')].map((li) => ({ value: (li as HTMLLIElement).value, text: li.textContent ?? '' })),
        noteTexts: [...document.querySelectorAll('.note')].map((n) => [...n.childNodes].filter((c) => !(c as Element).matches?.('.note__label, .note__close')).map((c) => c.textContent).join('').trim()),
      }));
      expect(printed.inlineNotesShown).toBe(0);
      expect(printed.endnotesShown).toBe(true);
      const expected = notes.map((_, i) => String(i + 1));
      expect(printed.numbers).toEqual(expected);
      expect(printed.endnotes.map((e) => String(e.value))).toEqual(expected);
      printed.endnotes.forEach((e, i) => expect(e.text).toContain(printed.noteTexts[i]));
    } finally {
      await context.close();
    }
  });
});
