import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { corpusFields, recordTypes } from '../../src/lib/export/corpus-json-fields.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { makeUrls } from '../../src/lib/urls.ts';
import { citeEntries } from '../../src/lib/views/cite-block.ts';
import { dataPageView } from '../../src/lib/views/data-page.ts';
import { documentLine } from '../../src/lib/views/document-list.ts';
import { jsonLdFor } from '../../src/lib/views/json-ld.ts';
import { notFoundView } from '../../src/lib/views/not-found.ts';
import { pageShell } from '../../src/lib/views/page-shell.ts';
import { searchPageView } from '../../src/lib/views/search-page.ts';
import { sourceCardView } from '../../src/lib/views/source-card.ts';
import { storyPages } from '../../src/lib/views/story.ts';
import { timelinePages } from '../../src/lib/views/timeline.ts';
import { listAnchor, travelFigure } from '../../src/lib/views/travel-figure.ts';

// The project's own content: two dated documents' worth of dates, three copies with no date or publisher.
const graph = buildGraph(analyseContent(readContent(join(import.meta.dirname, '..', '..'))).corpus);
const urls = makeUrls('/reader/');
const absolute = makeUrls('/reader/', 'https://example.org');
const document = (slug: string) => graph.document(slug)!;

describe('the source card of a document', () => {
  const republished = sourceCardView(graph, document('russia-presents-proof-turkey-role'), urls, absolute);
  const unnamed = sourceCardView(graph, document('oil-smuggling-trucks-photographed'), urls, absolute);

  it('gives the chain of publishers with their dates, and no publisher link or date where the copy names none', () => {
    expect(republished.original).toEqual({ name: 'RT', href: '/reader/entities/rt/', date: '2015-12-02' });
    expect(republished.publisher).toEqual({
      type: 'republished by',
      name: 'Global Research',
      href: '/reader/entities/global-research/',
      date: '2015-12-03',
    });
    expect(republished.date).toBe('2015-12-03');
    expect(unnamed.publisher).toEqual({ type: 'republished by', name: undefined, href: undefined, date: undefined });
    expect(unnamed.date).toBeUndefined();
    expect(unnamed.author).toBe('Abisha Rabiyah');
  });

  it('cuts what the page leaves out at a word, like every other excerpt', () => {
    expect(unnamed.trimmed[0]).toEqual({ words: 'Share this article!', reason: 'Share widget of the page the copy was taken from.' });
    expect(unnamed.trimmed[1]!.words).toBe('http://www.mintpressnews.com/mark-zuckerberg-cant-believe-india-isnt-grateful-fo …');
  });

  it('offers the citations as files and cites the absolute page', () => {
    expect(unnamed.cite.permalink).toBe('https://example.org/reader/documents/oil-smuggling-trucks-photographed/');
    expect(unnamed.cite.files).toEqual([
      { label: 'CSL-JSON', href: '/reader/documents/oil-smuggling-trucks-photographed/cite.json' },
      { label: 'BibTeX', href: '/reader/documents/oil-smuggling-trucks-photographed/cite.bib' },
    ]);
    expect(unnamed.cite.items.map((i) => i.label)).toEqual(['The article as published', 'This annotated page']);
    expect(unnamed.annotations).toBe('/reader/annotations/oil-smuggling-trucks-photographed.jsonld');
  });

  it('links each shared claim here by fragment and elsewhere by document and anchor, numbering several passages', () => {
    const trucks = republished.shared.claims.find((c) => c.href === '/reader/claims/trucks-carry-oil-into-turkey/')!;
    expect(trucks.here).toEqual([
      { href: '#live-pipelines', text: 'passage 1' },
      { href: '#nuri-information', text: 'passage 2' },
    ]);
    const single = unnamed.shared.claims.find((c) => c.href === '/reader/claims/trucks-carry-oil-into-turkey/')!;
    expect(single.here).toEqual([{ href: '#c-trucks-carry-oil-into-turkey-1', text: 'the passage' }]);
    expect(single.elsewhere[0]).toEqual({
      first: {
        href: '/reader/documents/russia-presents-proof-turkey-role/#live-pipelines',
        text: "Russia Presents Proof of Turkey's Role in ISIS Oil Trade",
        note: undefined,
      },
      others: [{ href: '/reader/documents/russia-presents-proof-turkey-role/#nuri-information', text: 'another passage', note: undefined }],
    });
    expect(single.more).toBeUndefined();
  });

  it('notes a passage elsewhere that disputes or answers the shared claim conditionally', () => {
    const links = graph.documents.flatMap((d) =>
      sourceCardView(graph, d, urls, absolute).shared.claims.flatMap((c) => c.elsewhere.flatMap((e) => [e.first, ...e.others])),
    );
    const noted = (anchor: string) => links.find((l) => l.href.endsWith(`#${anchor}`))?.note;
    expect(noted('warren-denial')).toBe(' (disputing it)');
    expect(noted('iraq-conditional')).toBe(' (responding conditionally)');
    expect(noted('live-pipelines')).toBeUndefined();
  });

  it('lists shared quotes by their first words and speaker, and counts the verbatim passages', () => {
    expect(republished.shared.quotes[0]).toMatchObject({
      href: '#bandits-quote',
      words: 'Today, we are presenting only some of the facts that confirm that a whole team of bandits …',
      speaker: 'Anatoly Antonov',
    });
    expect(republished.shared.passagesTotal).toBe(republished.shared.passages.length);
    expect(republished.shared.passages[0]).toEqual({
      words: 'The Russian Defense Ministry held a major briefing on new findings concerning',
      count: 12,
      href: '/reader/documents/russia-reveals-details-oil-smuggling/#n-context-2',
      title: 'Russia reveals details of ISIS-Turkey oil smuggling',
    });
    expect(republished.shared.none).toBe(false);
  });
});

describe('a citation block', () => {
  it('formats each item in every style, with BibTeX and CSL-JSON', () => {
    const { cite } = sourceCardView(graph, document('russia-presents-proof-turkey-role'), urls, absolute);
    const [original] = citeEntries(cite.items);
    expect(original!.label).toBe('The article as published');
    expect(original!.styles.map((s) => s.label)).toEqual(['APA', 'MLA', 'Chicago']);
    expect(original!.styles[0]!.runs.some((r) => r.italic)).toBe(true);
    expect(original!.bibtex).toMatch(/^@article\{/);
    expect(JSON.parse(original!.cslJson)).toMatchObject({ title: "Russia Presents Proof of Turkey's Role in ISIS Oil Trade" });
  });
});

describe('the timeline page', () => {
  const page = timelinePages(graph, urls)[0]!;

  it('heads each day with its date in full and gives it an anchor', () => {
    expect(page.days[0]).toMatchObject({ date: '2015-09-30', anchor: 'd-2015-09-30', heading: 'Wednesday, 30 September 2015' });
    expect(page.days.map((d) => d.date)).toEqual([...page.days.map((d) => d.date)].sort());
  });

  it('labels each item by its kind, with an icon, and names a statement’s list of passages by their number', () => {
    const items = page.days.flatMap((d) => d.items);
    expect(items.find((i) => i.kind === 'event')).toMatchObject({ kindLabel: 'Event', icon: '◉' });
    const statement = items.find((i) => i.kind === 'statement')!;
    expect(statement).toMatchObject({ kindLabel: 'Said', icon: '❝' });
    expect(statement.passagesLabel).toBe(`${statement.passages!.length} passage${statement.passages!.length === 1 ? '' : 's'}`);
    expect(items.find((i) => i.kind === 'document')).toMatchObject({ kindLabel: 'Published', icon: '▤' });
  });

  it('lists the undated documents and events apart, saying so, with why', () => {
    expect(page.undated.map((u) => [u.kindLabel, u.title])).toEqual([
      ['Document, no date', '12,000 Oil Smuggling Trucks Photographed Crossing Into Turkey From Iraq'],
      ['Document, no date', 'Russia reveals details of ISIS-Turkey oil smuggling'],
      ['Document, no date', 'The Russians Can Prove that Turkey and ISIS are Working Together!'],
      ['Document, no date', 'Turkey Buying Oil from ISIS'],
      ['Event, no date', 'US raid on Abu Sayyaf'],
    ]);
    expect(page.undated[1]!.why).toBe('The copy gives no date. It lacks: a byline, a date and the name of the publisher.');
  });
});

describe('the figure of how the story travelled', () => {
  const { view, layout, pages } = storyPages(graph, urls);
  const figure = travelFigure(view, layout, false, pages[0]);
  const list = figure.list!.entries;

  it('describes the diagram by what it draws: the nodes of each kind, the lines and their kinds', () => {
    const kinds = (k: string) => layout!.nodes.filter((n) => n.kind === k).length;
    expect(figure.drawn!.description).toBe(
      `${kinds('speaker')} speakers, ${kinds('event')} events, ${kinds('outlet')} outlets, ${kinds('document')} copies, joined by ${layout!.edges.length} lines. ` +
        'Each line is one way words moved, named on the line and drawn in its own style: said at, reported, paraphrased, republished, copied without credit, no source named.',
    );
    expect(figure.drawn!.legend.map((l) => l.label)).toEqual([
      'said at',
      'reported',
      'paraphrased',
      'republished',
      'copied without credit',
      'no source named',
    ]);
    expect(figure.documents).toBe(5);
  });

  it('places each node’s text lines inside its box, and names each line with the passages it carries', () => {
    for (const n of figure.drawn!.nodes) {
      for (const line of n.lines) expect(line.x > n.x && line.y > n.y && line.y < n.y + n.height + 1).toBe(true);
      expect(n.title).toMatch(/: (speaker|event|outlet|copy)$/);
    }
    for (const e of figure.drawn!.edges) expect(e.title).toMatch(/ → .* → .* \(\d+ passages?\)$/);
  });

  it('lists every line in words, from each node words leave, with an anchor for each', () => {
    expect(pages).toHaveLength(1);
    const said = list.find((n) => n.anchor === 'from-speaker-anatoly-antonov')!;
    expect(said).toMatchObject({ href: '/reader/entities/anatoly-antonov/', label: 'Anatoly Antonov', kind: 'speaker' });
    expect(said.lines[0]).toMatchObject({
      label: 'said at',
      to: 'Moscow briefing of 2 December 2015',
      href: '/reader/entities/moscow-briefing-2015-12-02/',
    });
    expect(list.reduce((n, s) => n + s.lines.length, 0)).toBe(view.edges.length);
    const unnamed = list.find((n) => n.anchor === listAnchor('speaker:(unnamed)'))!;
    expect(unnamed).toMatchObject({ anchor: 'from-unnamed', href: undefined, label: 'No source named' });
  });

  it('draws nothing, says why, and keeps the list when there is no layout', () => {
    const listed = travelFigure(view, undefined, false, pages[0]);
    expect(listed.drawn).toBeUndefined();
    expect(listed.list!.entries).toEqual(list);
    expect(listed.list!.tooMany).toBe(
      'There are too many documents (5) to draw; below, each speaker, event and outlet with its busiest lines.',
    );
  });

  it('has no list in the compact figure of the home page', () => {
    expect(travelFigure(view, layout, true).list).toBeUndefined();
  });
});

describe('the data page', () => {
  const page = dataPageView(graph, urls, absolute);

  it('counts the corpus in one sentence and links one annotation file per document', () => {
    expect(page.corpusSummary).toMatch(
      /^The whole corpus graph: 5 documents, 62 entities, 14 claims, \d+ quotes, \d+ mentions, \d+ claim spans, \d+ notes and \d+ disputes\.$/,
    );
    expect(page.perDocument.shown[0]).toEqual({
      href: '/reader/annotations/russia-presents-proof-turkey-role.jsonld',
      name: 'russia-presents-proof-turkey-role.jsonld',
    });
    expect(page.files.corpus).toBe('/reader/data/corpus.json');
  });

  it('documents every field of the file, the shared annotation fields once before the quotes', () => {
    expect(page.sections.map((s) => s.type)).toEqual(['file', ...recordTypes]);
    expect(page.sections.filter((s) => s.annotationFieldsFirst).map((s) => s.type)).toEqual(['quotes']);
    const documents = page.sections.find((s) => s.type === 'documents')!;
    expect(documents.fields.map((f) => f.field)).toEqual(corpusFields.documents.map((f) => f.field));
    expect(documents.fields[0]!.id).toBe(`field-documents-${corpusFields.documents[0]!.field}`);
    expect(page.annotationFields.every((f) => f.id.startsWith('field-annotation-'))).toBe(true);
    expect(page.sections.find((s) => s.type === 'quotes')!.fields.some((f) => f.id.startsWith('field-annotation-'))).toBe(false);
  });

  it('shows a quote with a claim as the example, with its absolute URL to cite', () => {
    const sample = JSON.parse(page.sampleQuote!) as { id: string; url: string; claim: string | null };
    expect(sample.claim).not.toBeNull();
    expect(page.sampleRecord).toMatchObject({ id: sample.id, url: sample.url });
    expect(sample.url.startsWith('https://example.org/reader/documents/')).toBe(true);
  });
});

describe('the page for an unknown address', () => {
  it('lists the documents with their dates, "date unknown" where there is none, and the lists with their sizes', () => {
    const v = notFoundView(graph, urls);
    expect(v.documents.shown.map((d) => d.date)).toEqual(['2015-12-03', 'date unknown', 'date unknown', 'date unknown', 'date unknown']);
    expect(v.documents).toMatchObject({ more: 0, total: 5, allHref: '/reader/documents/' });
    expect(v.browse).toEqual({
      home: '/reader/',
      entities: '/reader/entities/',
      entityCount: 62,
      claims: '/reader/claims/',
      claimCount: 14,
      quotes: '/reader/quotes/',
      data: '/reader/data/',
    });
  });
});

describe('the search page', () => {
  it('submits to itself and offers four filters', () => {
    const v = searchPageView(urls);
    expect(v.action).toBe('/reader/search/');
    expect(v.example).toEqual({ phrase: '"live oil pipelines"', href: '/reader/search/?q=%22live%20oil%20pipelines%22' });
    expect(v.filters.map((f) => [f.key, f.id])).toEqual([
      ['type', 'filter-type'],
      ['speaker', 'filter-speaker'],
      ['outlet', 'filter-outlet'],
      ['entity', 'filter-entity'],
    ]);
  });
});

describe('the shell of every page', () => {
  const page = { title: 'Claims', description: 'd', indexed: true, noindex: false };

  it('titles the page after the site, and the home page with the site’s name alone', () => {
    expect(pageShell(graph, page, '/reader/claims/', '/reader/', urls, absolute).pageTitle).toBe('Claims · The Oil Briefing Reader');
    expect(pageShell(graph, { ...page, title: 'The Oil Briefing Reader' }, '/reader/', '/reader/', urls, absolute).pageTitle).toBe(
      'The Oil Briefing Reader',
    );
  });

  it('gives a canonical URL and search type from the path below the base, and none for the 404 page', () => {
    const claim = pageShell(graph, page, '/reader/claims/turkey-buys-isis-oil/', '/reader/', urls, absolute);
    expect(claim.canonical).toBe('https://example.org/reader/claims/turkey-buys-isis-oil/');
    expect(claim.searchMeta).toEqual([
      { name: 'search:type', content: 'claim', filter: 'type[content]' },
      { name: 'search:kind', content: 'claim', meta: 'type[content]' },
    ]);
    expect(claim.share?.image).toBe('https://example.org/reader/share/claims/turkey-buys-isis-oil.png');
    const missing = pageShell(graph, { ...page, indexed: false, noindex: true }, '/reader/nowhere/', '/reader/', urls, absolute);
    expect(missing.canonical).toBeUndefined();
    expect(missing.searchMeta).toEqual([]);
    expect(missing.share).toBeUndefined();
  });

  it('links the site’s lists, feed and data under the base path', () => {
    const shell = pageShell(graph, page, '/reader/claims/', '/reader/', urls, absolute);
    expect(shell.nav.map((l) => l.href)).toEqual([
      '/reader/documents/',
      '/reader/entities/',
      '/reader/claims/',
      '/reader/quotes/',
      '/reader/story/',
      '/reader/timeline/',
    ]);
    expect(shell.feed).toEqual({ href: 'https://example.org/reader/rss.xml', title: 'The Oil Briefing Reader: documents' });
    expect(shell.footer).toEqual({ data: '/reader/data/', feed: '/reader/rss.xml' });
    expect(shell.favicon).toBe('/reader/favicon.svg');
  });
});

describe('the JSON-LD of a page’s subject', () => {
  it('describes the document, entity or claim named, and refuses a name the corpus does not have', () => {
    expect(jsonLdFor(graph, { document: 'russia-presents-proof-turkey-role' }, absolute)['@type']).toBe('NewsArticle');
    expect(jsonLdFor(graph, { claim: 'turkey-buys-isis-oil' }, absolute)['@type']).toBe('Claim');
    expect(jsonLdFor(graph, { entity: 'rt' }, absolute)['@type']).toBe('NewsMediaOrganization');
    expect(() => jsonLdFor(graph, { document: 'nowhere' }, absolute)).toThrow(/nothing to describe \(document=nowhere/);
  });
});

describe('a document in a list', () => {
  it('names its publisher and date, or says they are unknown', () => {
    expect(documentLine(graph, document('russia-presents-proof-turkey-role'), urls)).toMatchObject({
      href: '/reader/documents/russia-presents-proof-turkey-role/',
      publisher: 'Global Research',
      date: '2015-12-03',
    });
    expect(documentLine(graph, document('turkey-buying-oil-from-isis'), urls)).toMatchObject({
      publisher: 'publisher unknown',
      date: 'date unknown',
    });
  });
});
