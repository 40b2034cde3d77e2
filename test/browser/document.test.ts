// A document page in Chromium: margin notes on a wide
// screen, inline and reachable by keyboard on a narrow one, one small
// placement script at most, and every note readable with JavaScript off.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentCorpus } from '../helpers/dist-pages.ts';
import { startSite, type Site } from '../helpers/site-server.ts';

const SLUG = 'russia-presents-proof-turkey-role';
const analysed = contentCorpus().documents.find((d) => d.slug === SLUG)!;
const annotated = analysed.annotations.filter((a) => a.type !== 'mention');
const label = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1);

interface NoteInfo {
  id: string;
  kind: string | null;
  ariaLabel: string | null;
  labelText: string;
  icon: string;
  body: string;
  visible: boolean;
  box: { left: number; right: number; top: number; bottom: number };
  lineRight: number;
}

/** What a reader gets from each note on the page. */
function readNotes(page: Page): Promise<NoteInfo[]> {
  return page.$$eval('[role="note"]', (notes) =>
    notes.map((note) => {
      const box = note.getBoundingClientRect();
      const style = getComputedStyle(note);
      const body = note.querySelector('.note__body')?.textContent ?? '';
      // The paragraph the note follows: notes sit after it, never inside its sentences.
      const block = note.closest('.para')!.querySelector(':scope > p')!;
      return {
        id: note.id,
        kind: document.getElementById((note as HTMLElement).dataset.for!)?.getAttribute('data-kind') ?? null,
        ariaLabel: note.getAttribute('aria-label'),
        labelText: note.querySelector('.note__label')?.textContent?.trim() ?? '',
        icon: getComputedStyle(note, '::before').content,
        body: body.trim(),
        visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
        box: { left: box.left, right: box.right, top: box.top + scrollY, bottom: box.bottom + scrollY },
        lineRight: block.getBoundingClientRect().right - parseFloat(getComputedStyle(block).paddingRight),
      };
    }),
  );
}

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function openDocument(options: { width: number; javaScriptEnabled?: boolean }) {
  const context = await site.browser.newContext({
    viewport: { width: options.width, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const responses: { url: string; type: string }[] = [];
  page.on('response', (r) => responses.push({ url: r.url(), type: r.headers()['content-type'] ?? '' }));
  await page.goto(site.url(`documents/${SLUG}/`), { waitUntil: 'networkidle' });
  return { context, page, responses };
}

describe('at 1280 px', () => {
  let notes: NoteInfo[];
  let responses: { url: string; type: string }[];
  beforeAll(async () => {
    const opened = await openDocument({ width: 1280 });
    notes = await readNotes(opened.page);
    responses = opened.responses;
    await opened.context.close();
  });

  test('the notes render, one for each annotated span of the document', () => {
    expect(annotated.length).toBeGreaterThan(0);
    expect(notes.length).toBe(annotated.length);
    expect(notes.map((n) => n.id)).toEqual(annotated.map((a) => `note-${a.anchor}`));
  });

  test('every note is visible and has text after its label', () => {
    expect(notes.filter((n) => !n.visible).map((n) => n.id)).toEqual([]);
    expect(notes.filter((n) => n.body === '').map((n) => n.id)).toEqual([]);
  });

  test('every note leads with its speaker or kind, shows its kind by an icon, and names its kind to assistive technology', () => {
    const icons: Record<string, string> = { attribution: '❝', dispute: '⇄', context: '¶', correction: '✎', claim: '◆' };
    const wrong = notes.filter(
      (n) => !n.kind || !n.ariaLabel?.startsWith(`${label(n.kind)} note `) || n.labelText === '' || !n.icon.includes(icons[n.kind]!),
    );
    expect(wrong.map((n) => `${n.id}: kind ${n.kind}, aria-label ${n.ariaLabel}, label ${n.labelText}, icon ${n.icon}`)).toEqual([]);
  });

  test('the notes sit in the right margin beside the text and never overlap', () => {
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((n) => n.box.left < n.lineRight - 1).map((n) => `${n.id}: left ${n.box.left} < text edge ${n.lineRight}`)).toEqual(
      [],
    );
    const sorted = [...notes].sort((a, b) => a.box.top - b.box.top);
    const overlapping = sorted
      .slice(1)
      .filter((n, i) => n.box.top < sorted[i]!.box.bottom - 1 && n.box.left < sorted[i]!.box.right && sorted[i]!.box.left < n.box.right);
    expect(overlapping.map((n) => n.id)).toEqual([]);
  });

  test('the page loads its stylesheet and one placement script of at most 2 KB compressed, from its own origin', async () => {
    expect(responses.some((r) => r.type.startsWith('text/css'))).toBe(true);
    const scripts = responses.filter((r) => /\.m?js(\?|$)/.test(new URL(r.url).pathname) || /javascript/.test(r.type));
    expect(scripts.length).toBe(1);
    expect(new URL(scripts[0]!.url).origin).toBe(new URL(site.url()).origin);
    const body = Buffer.from(await (await fetch(scripts[0]!.url)).arrayBuffer());
    expect(gzipSync(body).length).toBeLessThanOrEqual(2048);
  });
});

/** Where an open note is, relative to its passage and the screen. */
function placeOf(page: Page, anchor: string) {
  return page.locator(`[id="note-${anchor}"]`).evaluate((el, id) => {
    const box = el.getBoundingClientRect();
    const lines = document.getElementById(id)!.querySelector('.anno__text')!.getClientRects();
    return {
      left: box.left,
      right: box.right,
      top: box.top,
      bottom: box.bottom,
      passageTop: lines[0]!.top,
      passageBottom: lines[lines.length - 1]!.bottom,
      width: innerWidth,
      height: innerHeight,
    };
  }, anchor);
}

describe('at 375 px', () => {
  test('every note is hidden until its button opens it beside its passage, within the screen, and closes again by keyboard', async () => {
    const { context, page } = await openDocument({ width: 375 });
    try {
      const problems: string[] = [];
      for (const { anchor } of annotated) {
        const note = page.locator(`[id="note-${anchor}"]`);
        const button = page.locator(`[id="${anchor}"] > .anno__toggle`);
        if (await note.isVisible()) problems.push(`${anchor}: visible before it is opened`);
        await button.focus();
        if ((await button.getAttribute('aria-expanded')) === 'true') problems.push(`${anchor}: announced as expanded while closed`);
        await page.keyboard.press('Enter');
        if (!(await note.isVisible())) {
          problems.push(`${anchor}: not visible after Enter`);
          continue;
        }
        const where = await placeOf(page, anchor);
        if (where.left < 0 || where.right > where.width) problems.push(`${anchor}: spans ${where.left}–${where.right} px`);
        // Under the passage; only when the screen has no room below, just above it. Never over it.
        const under = where.top >= where.passageBottom - 1;
        const above = where.bottom <= where.passageTop + 1;
        if (!under && !above)
          problems.push(
            `${anchor}: covers its passage (${Math.round(where.top)}–${Math.round(where.bottom)}, passage from ${Math.round(where.passageTop)})`,
          );
        if (where.top >= where.height || where.bottom <= 0) problems.push(`${anchor}: off screen`);
        await page.keyboard.press('Escape');
        if (await note.isVisible()) problems.push(`${anchor}: still open after Escape`);
        await button.focus();
        await page.keyboard.press('Space');
        await page.keyboard.press('Space');
        if (await note.isVisible()) problems.push(`${anchor}: the button does not close it again`);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a tap opens a note and a tap on its close button closes it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    try {
      const page = await context.newPage();
      await page.goto(site.url(`documents/${SLUG}/`), { waitUntil: 'networkidle' });
      const problems: string[] = [];
      for (const { anchor } of annotated.slice(0, 8)) {
        const note = page.locator(`[id="note-${anchor}"]`);
        await page.locator(`[id="${anchor}"] > .anno__toggle`).tap();
        if (!(await note.isVisible())) problems.push(`${anchor}: tap did not open it`);
        await note.locator('.note__close').tap();
        if (await note.isVisible()) problems.push(`${anchor}: tap on Close did not close it`);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('with JavaScript disabled', () => {
  test("every note's text is present and visible, the same as with JavaScript on", async () => {
    const off = await openDocument({ width: 1280, javaScriptEnabled: false });
    const on = await openDocument({ width: 1280 });
    try {
      const withoutJs = await readNotes(off.page);
      const withJs = await readNotes(on.page);
      expect(withoutJs.map((n) => n.id)).toEqual(annotated.map((a) => `note-${a.anchor}`));
      expect(withoutJs.filter((n) => !n.visible || n.body === '').map((n) => n.id)).toEqual([]);
      expect(withoutJs.map((n) => n.body)).toEqual(withJs.map((n) => n.body));
    } finally {
      await off.context.close();
      await on.context.close();
    }
  });
});
