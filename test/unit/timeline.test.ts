import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { buildTimeline, firstWords, undatedWhy } from '../../src/lib/corpus/timeline.ts';
import { makeUrls } from '../../src/lib/urls.ts';

const graph = buildGraph(analyseContent(readContent(process.cwd())).corpus);
const timeline = buildTimeline(graph, makeUrls('/'));

describe('the timeline', () => {
  it.each([
    ['a short passage', 'We flatly reject it.', 'We flatly reject it.'],
    [
      'a long one, cut after nine words',
      'one two three four five six seven eight nine ten eleven',
      'one two three four five six seven eight nine …',
    ],
    ['spaces and line breaks collapsed', ' a\n b   c ', 'a b c'],
    ['its own quotation marks left out', '“We flatly reject it,”', 'We flatly reject it'],
  ])('names a passage by its first words: %s', (_name, text, words) => {
    expect(firstWords(text)).toBe(words);
  });

  it('says why a document is undated from what its record says it lacks', () => {
    const d = graph.document('turkey-buying-oil-from-isis')!;
    expect(undatedWhy(d)).toBe('The copy gives no date. It lacks: a byline, a date and the name of the publisher.');
    expect(undatedWhy({ ...d, data: { ...d.data, lacks: [] } })).toBe('The copy gives no date.');
  });

  it('orders the days and places the jet downing first among the story’s days', () => {
    const dates = timeline.days.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toContain('2015-11-24');
    expect(timeline.days.find((d) => d.date === '2015-12-02')!.items.map((i) => i.kind)[0]).toBe('event');
  });

  it('places a statement at its dated event, or else on the day its first dated copy reported it', () => {
    const items = timeline.days.flatMap((d) => d.items.map((i) => ({ ...i, day: d.date })));
    expect(items.find((i) => i.title === 'Sergey Rudskoy, at the Moscow briefing of 2 December 2015')?.day).toBe('2015-12-02');
    expect(items.find((i) => i.title === 'Steve Warren, as reported by RT')?.day).toBe('2015-12-02');
  });

  it('keeps undated documents apart, with the statements found only there', () => {
    expect(
      timeline.undated
        .filter((u) => u.kind === 'document')
        .map((u) => u.key)
        .sort(),
    ).toEqual(
      graph.documents
        .filter((d) => d.data.published === undefined)
        .map((d) => `document:${d.slug}`)
        .sort(),
    );
    const prove = timeline.undated.find((u) => u.key === 'document:russians-can-prove-turkey-isis')!;
    expect(prove.statements.map((s) => s.title)).toContain('Kifah Mahmoud, as reported by Bloomberg');
    // Rudskoy's words credited to RT and those credited to no one are told apart.
    const rudskoy = prove.statements.filter((s) => s.title.startsWith('Sergey Rudskoy'));
    expect(rudskoy.map((s) => [s.title, s.passages!.length])).toEqual([
      ['Sergey Rudskoy, as reported by RT', 1],
      ['Sergey Rudskoy, in “The Russians Can Prove that Turkey and ISIS are Working Together!”', 2],
    ]);
  });
});
