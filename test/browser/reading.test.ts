// Reading in Chromium (issue: reading experience): highlight on hover, no
// sideways scrolling at 320 px, notes reachable without JavaScript, numbered
// notes in print. Placement in the margin: margin.test.ts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentCorpus } from '../helpers/dist-pages.ts';
import { startSite, type Site } from '../helpers/site-server.ts';

const corpus = contentCorpus();
const documents = corpus.documents.map((d) => ({ slug: d.slug, notes: d.annotations.filter((a) => a.type !== 'mention') }));
const someClaim = corpus.claims[0]!.id;
const PAGES = [
  '',
  'entities/',
  'claims/',
  'quotes/',
  'search/?q=Rudskoy',
  'entities/sergey-rudskoy/',
  `claims/${someClaim}/`,
  ...documents.map((d) => `documents/${d.slug}/`),
];

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function open(path: string, options: { width: number; javaScriptEnabled?: boolean }) {
  const context = await site.browser.newContext({
    viewport: { width: options.width, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  await page.goto(site.url(path), { waitUntil: 'networkidle' });
  return { context, page };
}

test('hovering a note lights its passage, and hovering the passage lights the note', async () => {
  const { context, page } = await open(`documents/${documents[0]!.slug}/`, { width: 1280 });
  try {
    const anchor = documents[0]!.notes[0]!.anchor;
    const words = page.locator(`[id="${anchor}"] > .anno__text`);
    const note = page.locator(`[id="note-${anchor}"]`);
    const background = (l: typeof note) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.mouse.move(0, 0);
    const [textBefore, noteBefore] = [await background(words), await background(note)];
    await note.hover();
    expect(await background(words)).not.toBe(textBefore);
    await page.mouse.move(0, 0);
    expect(await background(words)).toBe(textBefore);
    await words.hover();
    expect(await background(note)).not.toBe(noteBefore);
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
  test('prints each note once, numbered as in the text, after the paragraph that holds its passage', async () => {
    const { context, page } = await open(`documents/${slug}/`, { width: 1280 });
    try {
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => ({
        // The numbers are generated content: what prints is the ::after of each marker and the ::before of each note.
        numbers: [...document.querySelectorAll('.anno__num')]
          .filter((n) => getComputedStyle(n).display !== 'none')
          .map((n) => getComputedStyle(n, '::after').content.match(/\d+/)?.[0]),
        notes: [...document.querySelectorAll<HTMLElement>('.note')].map((note) => {
          const paragraph = note.closest('.para')!.querySelector(':scope > p')!;
          const next = note.closest('.para')!.nextElementSibling;
          const box = note.getBoundingClientRect();
          return {
            number: getComputedStyle(note, '::before').content.match(/\d+/)?.[0],
            shown: box.height > 0 && getComputedStyle(note).display !== 'none',
            // Between its paragraph and the next one, on the page as printed.
            placed:
              box.top >= paragraph.getBoundingClientRect().bottom - 1 && (!next || box.bottom <= next.getBoundingClientRect().top + 1),
            holdsPassage: !!paragraph.querySelector(`[id="${note.dataset.for}"]`),
          };
        }),
        copies: document.querySelectorAll('.endnotes, .note__body').length,
      }));
      const expected = notes.map((_, i) => String(i + 1));
      expect(printed.numbers).toEqual(expected);
      expect(printed.notes.map((n) => n.number)).toEqual(expected);
      expect(printed.notes.filter((n) => !n.shown || !n.placed || !n.holdsPassage)).toEqual([]);
      // One copy of each note in the page: no list of endnotes beside the margin notes.
      expect(printed.copies).toBe(notes.length);
    } finally {
      await context.close();
    }
  });
});
