// The timeline as built: every dated event and document once, in date order;
// undated documents apart, each saying why; every statement links to its passage.
import { expect, test } from 'vitest';
import { contentCorpus, fileForPath, idsIn, page } from '../helpers/dist-pages.ts';

const corpus = contentCorpus();
const doc = page('timeline/index.html');
const datedItems = [...doc.querySelectorAll('ol.timeline > li')].flatMap((day) => {
  const date = day.querySelector('time')!.getAttribute('datetime')!;
  return [...day.querySelectorAll(':scope > ul > li[data-key]')].map((li) => ({ date, key: li.getAttribute('data-key')!, li }));
});
const undatedItems = [...doc.querySelectorAll('#undated li[data-key]')].map((li) => ({ key: li.getAttribute('data-key')!, li }));

const datedEvents = corpus.entities.filter((e) => e.kind === 'event' && e.date);
const datedDocuments = corpus.documents.filter((d) => d.data.published !== undefined);

test('lists every dated event and every dated document exactly once, on its day', () => {
  expect(datedEvents.length).toBeGreaterThan(2);
  for (const e of datedEvents) {
    const found = datedItems.filter((i) => i.key === `event:${e.id}`);
    expect(
      found.map((i) => i.date),
      e.id,
    ).toEqual([e.date]);
  }
  for (const d of datedDocuments) {
    const found = datedItems.filter((i) => i.key === `document:${d.slug}`);
    expect(
      found.map((i) => i.date),
      d.slug,
    ).toEqual([d.data.published]);
  }
});

test('lists the days in order, each once, and the items of the page in date order', () => {
  const days = [...doc.querySelectorAll('ol.timeline > li > h2 time')].map((t) => t.getAttribute('datetime')!);
  expect(days).toEqual([...new Set(days)].sort());
  expect(datedItems.map((i) => i.date)).toEqual(datedItems.map((i) => i.date).sort());
  expect(new Set(datedItems.map((i) => i.key)).size).toBe(datedItems.length);
});

test('puts the jet downing before the briefing, and the briefing before the first publication', () => {
  const at = (key: string) => datedItems.findIndex((i) => i.key === key);
  expect(at('event:russian-jet-downing-2015-11-24')).toBeLessThan(at('event:moscow-briefing-2015-12-02'));
  expect(at('event:moscow-briefing-2015-12-02')).toBeLessThan(at('original:russia-presents-proof-turkey-role'));
});

test('lists undated documents apart, each once with why it is undated, and never among the dated', () => {
  const undated = corpus.documents.filter((d) => d.data.published === undefined);
  expect(undated.length).toBeGreaterThan(0);
  for (const d of undated) {
    const found = undatedItems.filter((i) => i.key === `document:${d.slug}`);
    expect(found.length, d.slug).toBe(1);
    expect(found[0]!.li.querySelector('.timeline__why')?.textContent).toMatch(/Why undated: .*no date/);
    expect(datedItems.some((i) => i.key === `document:${d.slug}`)).toBe(false);
  }
});

test('every statement links to each of its passages, at an anchor that exists', () => {
  const links = [...doc.querySelectorAll('.timeline__passages a')];
  expect(links.length).toBeGreaterThan(20);
  for (const a of links) {
    const url = new URL(a.getAttribute('href')!, 'http://x/');
    const file = fileForPath(url.pathname);
    expect(file, url.href).toBeDefined();
    expect(idsIn(file!).has(url.hash.slice(1)), url.href).toBe(true);
  }
  // Every quote with a named speaker is on the timeline once.
  const quotes = corpus.documents.flatMap((d) =>
    d.annotations.filter((a) => a.type === 'quote' && a.speaker).map((a) => `${d.slug}/#${a.anchor}`),
  );
  const linked = links.map((a) => a.getAttribute('href')!.replace(/^.*documents\//, ''));
  expect(linked.sort()).toEqual(quotes.sort());
});
