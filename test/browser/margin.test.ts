// The margin a reader reads (issue 14), in Chromium on the built site, over
// every document: whole notes level with their markers on wide screens, tap
// and keyboard control on touch and narrow ones, quiet text, a short path for
// the keyboard, the Voices panel, the measure, the page's weight, and print.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentCorpus } from '../helpers/dist-pages.ts';
import { startSite, type Site } from '../helpers/site-server.ts';

const corpus = contentCorpus();
const documents = corpus.documents.map((d) => ({ slug: d.slug, analysed: d, notes: d.annotations.filter((a) => a.type !== 'mention') }));

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function open(
  slug: string,
  options: { width: number; height?: number; touch?: boolean; javaScriptEnabled?: boolean; scheme?: 'light' | 'dark' },
) {
  const context = await site.browser.newContext({
    viewport: { width: options.width, height: options.height ?? 900 },
    hasTouch: options.touch,
    isMobile: options.touch,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.scheme,
  });
  const page = await context.newPage();
  await page.goto(site.url(`documents/${slug}/`), { waitUntil: 'networkidle' });
  return { context, page };
}

interface Placed {
  id: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Top of the line that ends with the note's marker. */
  markerLine: number;
  clipped: boolean;
  textRight: number;
}

/** Every margin note's box (page coordinates) and its marker's line. */
function placedNotes(page: Page): Promise<Placed[]> {
  return page.$$eval('.notes > .note', (notes) =>
    notes.map((note) => {
      const box = note.getBoundingClientRect();
      const style = getComputedStyle(note);
      const words = document
        .getElementById((note as HTMLElement).dataset.for!)!
        .querySelector('.anno__text')!
        .getClientRects();
      const paragraph = note.closest('.para')!.querySelector(':scope > p')!.getBoundingClientRect();
      return {
        id: note.id,
        top: box.top + scrollY,
        bottom: box.bottom + scrollY,
        left: box.left,
        right: box.right,
        markerLine: words[words.length - 1]!.top + scrollY,
        clipped: note.scrollHeight > note.clientHeight + 1 || style.overflow === 'hidden' || style.webkitLineClamp !== 'none',
        textRight: paragraph.right,
      };
    }),
  );
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

describe.each([1280, 1440])('at %i px', (width) => {
  const distances: number[] = [];
  afterAll(() => {
    const sorted = [...distances].sort((a, b) => a - b);
    if (sorted.length === 0) return;
    console.log(
      `note top to marker line at ${width} px, ${sorted.length} notes: median ${percentile(sorted, 0.5)} px, ` +
        `p75 ${percentile(sorted, 0.75)}, p90 ${percentile(sorted, 0.9)}, max ${sorted[sorted.length - 1]} px; ` +
        `≤8 px: ${sorted.filter((d) => d <= 8).length}, ≤40 px: ${sorted.filter((d) => d <= 40).length}, ≤120 px: ${sorted.filter((d) => d <= 120).length}`,
    );
  });

  test.each(documents)('$slug: every note is whole, in the margin, overlaps none, and starts near its marker', async ({ slug, notes }) => {
    const { context, page } = await open(slug, { width });
    const placed = await placedNotes(page);
    await context.close();
    expect(placed.map((p) => p.id)).toEqual(notes.map((n) => `note-${n.anchor}`));
    const problems: string[] = [];
    const sorted = [...placed].sort((a, b) => a.top - b.top);
    sorted.forEach((p, i) => {
      if (p.clipped) problems.push(`${p.id}: cut`);
      if (p.left < p.textRight) problems.push(`${p.id}: not in the margin`);
      const next = sorted[i + 1];
      if (next && next.top < p.bottom - 0.5) problems.push(`${p.id} overlaps ${next.id}`);
    });
    const gaps = placed.map((p) => Math.round(Math.abs(p.top - p.markerLine)));
    distances.push(...gaps);
    const far = placed.filter((_, i) => gaps[i]! > 120).map((p, i) => `${p.id}: ${gaps[i]} px`);
    expect(problems).toEqual([]);
    expect(far).toEqual([]);
  });

  test('the median note starts within 8 px of its marker line', () => {
    expect(distances.length).toBeGreaterThan(0);
    expect(
      percentile(
        [...distances].sort((a, b) => a - b),
        0.5,
      ),
    ).toBeLessThanOrEqual(8);
  });
});

test.each(documents)(
  '$slug at 1280 px: without JavaScript the notes stand beside their paragraph, whole and apart; with it nothing shifts',
  async ({ slug }) => {
    const off = await open(slug, { width: 1280, javaScriptEnabled: false });
    const placed = await placedNotes(off.page);
    await off.context.close();
    const sorted = [...placed].sort((a, b) => a.top - b.top);
    const problems = sorted.flatMap((p, i) => [
      ...(p.clipped ? [`${p.id}: cut`] : []),
      ...(p.left < p.textRight ? [`${p.id}: not in the margin`] : []),
      ...(sorted[i + 1] && sorted[i + 1]!.top < p.bottom - 0.5 ? [`${p.id} overlaps ${sorted[i + 1]!.id}`] : []),
    ]);
    expect(problems).toEqual([]);
    // The placement script moves notes by translate only: the page records no layout shift.
    const on = await open(slug, { width: 1280 });
    const shift = await on.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number }[]) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    await on.context.close();
    expect(shift).toBe(0);
  },
);

describe('touch and no-hover screens', () => {
  test.each(documents)(
    '$slug at 1024 px with touch: every note opens whole by tap and closes by tap, and by keyboard',
    async ({ slug, notes }) => {
      const { context, page } = await open(slug, { width: 1024, height: 768, touch: true });
      const problems: string[] = [];
      try {
        expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
        for (const { anchor } of notes) {
          const note = page.locator(`[id="note-${anchor}"]`);
          const toggle = page.locator(`[id="${anchor}"] > .anno__toggle`);
          if (await note.isVisible()) problems.push(`${anchor}: open before a tap`);
          await toggle.tap();
          if (!(await note.isVisible())) problems.push(`${anchor}: a tap does not open it`);
          else if (await note.evaluate((n) => n.scrollHeight > n.clientHeight + 1 && getComputedStyle(n).overflowY === 'hidden'))
            problems.push(`${anchor}: cut`);
          await note.locator('.note__close').tap();
          if (await note.isVisible()) problems.push(`${anchor}: a tap on Close does not close it`);
          await toggle.focus();
          await page.keyboard.press('Enter');
          if (!(await note.isVisible())) problems.push(`${anchor}: Enter does not open it`);
          await page.keyboard.press('Escape');
          if (await note.isVisible()) problems.push(`${anchor}: Escape does not close it`);
        }
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    },
  );

  test.each(documents)('$slug at 375 px: every note opens by tap and closes again', async ({ slug, notes }) => {
    const { context, page } = await open(slug, { width: 375, height: 800, touch: true });
    const problems: string[] = [];
    try {
      for (const { anchor } of notes) {
        const note = page.locator(`[id="note-${anchor}"]`);
        await page.locator(`[id="${anchor}"] > .anno__toggle`).tap();
        if (!(await note.isVisible())) problems.push(`${anchor}: a tap does not open it`);
        await note.locator('.note__close').tap();
        if (await note.isVisible()) problems.push(`${anchor}: a tap on Close does not close it`);
      }
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

describe.each(documents)('the text of $slug', ({ slug, analysed }) => {
  test('at most 35 % of its characters are drawn with a rule, underline or background', async () => {
    const { context, page } = await open(slug, { width: 1280 });
    const { ruled, total } = await page.evaluate(() => {
      let ruled = 0;
      let total = 0;
      const marked = (el: Element | null): boolean => {
        for (let e = el; e && !e.matches('[data-doc-text]'); e = e.parentElement) {
          const s = getComputedStyle(e);
          if (
            s.textDecorationLine !== 'none' ||
            s.borderBottomStyle !== 'none' ||
            (s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent')
          )
            return true;
        }
        return false;
      };
      const walker = document.createTreeWalker(document.querySelector('[data-doc-text]')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement!.closest('.notes')) continue;
        const length = n.textContent!.trim().length;
        total += length;
        if (marked(n.parentElement)) ruled += length;
      }
      return { ruled, total };
    });
    await context.close();
    console.log(`${slug}: ${((100 * ruled) / total).toFixed(1)} % of the text's characters ruled`);
    expect(ruled / total).toBeLessThanOrEqual(0.35);
  });

  test('no phrase of five words or more appears in more than half of its notes', async () => {
    const { context, page } = await open(slug, { width: 1280 });
    const texts = await page.$$eval('.notes > .note', (notes) => notes.map((n) => (n as HTMLElement).innerText.replace(/\s+/g, ' ')));
    await context.close();
    const counts = new Map<string, number>();
    for (const t of texts) {
      const words = t.toLowerCase().split(' ');
      const seen = new Set<string>();
      for (let i = 0; i + 5 <= words.length; i++) seen.add(words.slice(i, i + 5).join(' '));
      for (const p of seen) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const common = [...counts].filter(([, n]) => n > texts.length / 2).map(([p, n]) => `${p} (${n} of ${texts.length})`);
    expect(common).toEqual([]);
  });

  test('at 1440 px, at most 10 Tab stops lead from its first paragraph to its fifth, and its notes hold at most three links each besides the lead’s', async () => {
    const { context, page } = await open(slug, { width: 1440 });
    try {
      const linksPerNote = await page.$$eval('.notes > .note', (notes) =>
        notes.map((n) => [n.id, n.querySelectorAll('.note__body a[href]').length] as const),
      );
      expect(linksPerNote.filter(([, n]) => n > 3)).toEqual([]);
      // Real Tab presses from the top of the page: each stop the focus makes
      // from the first paragraph of the text to the fifth (its notes follow
      // it, so they are not counted), whatever made the element focusable.
      const stops: string[] = [];
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => {
          const paragraphs = [...document.querySelectorAll('[data-doc-text] p:not(.note p)')];
          const [first, fifth] = [paragraphs[0]!, paragraphs[4] ?? paragraphs[paragraphs.length - 1]!];
          const el = document.activeElement;
          if (!el || el === document.body) return { where: 'out' as const, what: '' };
          const precedes = (a: Node, b: Node) =>
            !a.contains(b) && !b.contains(a) && !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
          const what = el.matches('.mention')
            ? 'first mention'
            : el.closest('.note__label')
              ? 'note lead'
              : el.closest('.note')
                ? 'note link'
                : `${el.tagName.toLowerCase()}.${el.className}`;
          if (precedes(el, first)) return { where: 'before' as const, what };
          if (precedes(fifth, el)) return { where: 'after' as const, what };
          return { where: 'in' as const, what };
        });
        if (at.where === 'in') stops.push(at.what);
        if (at.where === 'after' || (at.where === 'out' && i > 0)) break;
      }
      const counts = new Map<string, number>();
      for (const what of stops) counts.set(what, (counts.get(what) ?? 0) + 1);
      const kinds = [...counts].map(([what, n]) => `${n} ${what}`);
      console.log(`${slug}: ${stops.length} Tab stops from the first paragraph to the fifth at 1440 px (${kinds.join(', ') || 'none'})`);
      expect(stops.length).toBeLessThanOrEqual(10);
    } finally {
      await context.close();
    }
  });

  test('at 1440 px, every first mention left out of the Tab order is reached by keyboard from the Voices panel', async () => {
    const { context, page } = await open(slug, { width: 1440 });
    try {
      const mentions = await page.$$eval('[data-doc-text] a.mention', (links) =>
        links.map((a) => ({ href: (a as HTMLAnchorElement).href, tabbable: (a as HTMLElement).tabIndex >= 0 })),
      );
      expect(mentions.length).toBeGreaterThan(0);
      expect(mentions.filter((m) => m.tabbable)).toEqual([]);
      // Tab to the folded list, open it with Enter, and Tab through it.
      const reached = new Set<string>();
      let opened = false;
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => {
          const el = document.activeElement!;
          return {
            summary: el.matches('.voices summary'),
            inList: !!el.closest('.voices details'),
            href: (el as HTMLAnchorElement).href ?? '',
          };
        });
        if (at.summary && !opened) {
          await page.keyboard.press('Enter');
          opened = true;
        } else if (at.inList) reached.add(at.href);
        else if (opened) break;
      }
      expect(opened).toBe(true);
      expect([...new Set(mentions.map((m) => m.href))].filter((href) => !reached.has(href))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the Voices panel lists every speaker with a count, each linking to a passage that exists', async () => {
    const speakers = new Map<string, number>();
    for (const a of analysed.annotations)
      if (a.type === 'quote' && a.speaker && a.mode !== 'unattributed') speakers.set(a.speaker, (speakers.get(a.speaker) ?? 0) + 1);
    const { context, page } = await open(slug, { width: 1280 });
    const listed = await page.$$eval('.voices__group li', (items) =>
      items.map((li) => {
        const a = li.querySelector('a')!;
        const id = decodeURIComponent(new URL(a.href).hash.slice(1));
        return {
          name: a.textContent!.trim(),
          count: parseInt(li.querySelector('.voices__count')!.textContent!, 10),
          exists: !!document.getElementById(id),
        };
      }),
    );
    await context.close();
    const expected = [...speakers].map(([id, count]) => ({ name: corpus.entities.find((e) => e.id === id)!.name, count, exists: true }));
    expect(listed.filter((l) => l.name !== 'No named source').sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      expected.sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
});

test('at 1280 px a line of the text holds 60 to 75 characters, and a document page fetches at most 40 KB compressed on first load', async () => {
  const { context, page } = await open(documents[0]!.slug, { width: 1280 });
  const perLine = await page.evaluate(() => {
    // Characters per line of the longest paragraph, its last line left out.
    const p = [...document.querySelectorAll<HTMLElement>('[data-doc-text] p:not(.note p)')].sort(
      (a, b) => b.textContent!.length - a.textContent!.length,
    )[0]!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    const height = parseFloat(getComputedStyle(p).lineHeight);
    const count = Math.round(p.getBoundingClientRect().height / height);
    return { chars: p.textContent!.length, lines: Math.max(count, lines.size) };
  });
  await context.close();
  const cpl = perLine.chars / Math.max(1, perLine.lines - 0.5);
  console.log(`characters per line at 1280 px: ${cpl.toFixed(1)}`);
  expect(cpl).toBeGreaterThanOrEqual(60);
  expect(cpl).toBeLessThanOrEqual(75);
  // Compressed as a host would serve it: each response's body, gzipped.
  const weights: number[] = [];
  for (const { slug } of documents) {
    const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    const bodies: Promise<number>[] = [];
    p.on('response', (r) =>
      bodies.push(
        r.body().then(
          (b) => gzipSync(b).length,
          () => 0,
        ),
      ),
    );
    await p.goto(site.url(`documents/${slug}/`), { waitUntil: 'networkidle' });
    weights.push((await Promise.all(bodies)).reduce((a, b) => a + b, 0));
    await ctx.close();
  }
  console.log(`first-load bytes on the wire per document page: ${weights.map((b) => `${(b / 1024).toFixed(1)} KB`).join(', ')}`);
  expect(Math.max(...weights)).toBeLessThanOrEqual(40 * 1024);
});

/** The text a computed `content` value draws: its strings up to the alternative text (`/ ""`), if any. */
function drawn(content: string): string {
  let text = '';
  for (const [, string, slash] of content.matchAll(/"((?:[^"\\]|\\.)*)"|(\/)/g)) {
    if (slash) break;
    text += string!.replace(/\\(.)/g, '$1');
  }
  return text;
}

describe.each(documents)('$slug in print', ({ slug, notes }) => {
  // A window as wide as a desktop's (the wide-screen layout's media query
  // matches too) and one as wide as an A4 page.
  test.each([1280, 794])(
    'at %i px, shows every note whole under its paragraph, opening with the first words of its passage',
    async (width) => {
      const { context, page } = await open(slug, { width });
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.note')].map((note) => {
          const box = note.getBoundingClientRect();
          const paragraph = note.closest('.para')!.querySelector(':scope > p')!.getBoundingClientRect();
          const text = document.querySelector('[data-doc-text]')!.getBoundingClientRect();
          return {
            id: note.id,
            shown: getComputedStyle(note).display !== 'none' && getComputedStyle(note).visibility !== 'hidden' && box.height > 0,
            whole: note.scrollHeight <= note.clientHeight + 1,
            underParagraph: box.top >= paragraph.bottom - 1 && box.left >= text.left && box.right <= text.right + 1,
            // What prints before the lead: generated content, as the printer draws it.
            opening: getComputedStyle(note.querySelector('.note__label')!, '::before').content,
            body: note.querySelector('.note__body')!.textContent!.trim(),
            printedText: note.innerText,
          };
        }),
      );
      await context.close();
      expect(printed.map((p) => p.id)).toEqual(notes.map((n) => `note-${n.anchor}`));
      const problems = printed.flatMap((p, i) => {
        const opening = notes[i]!.exact.replace(/^["“‘]+/, '')
          .split(' ')
          .slice(0, 3)
          .join(' ');
        return [
          ...(p.shown ? [] : [`${p.id}: not printed`]),
          ...(p.whole ? [] : [`${p.id}: cut`]),
          ...(p.underParagraph ? [] : [`${p.id}: not under its paragraph`]),
          ...(drawn(p.opening).startsWith(`“${opening}`) ? [] : [`${p.id}: opens with ${drawn(p.opening)}, not “${opening}`]),
          ...(p.printedText.includes(p.body) ? [] : [`${p.id}: its body does not print`]),
        ];
      });
      expect(problems).toEqual([]);
    },
  );
});
