// The real content, checked with the real analyser: the five documents, their
// archived copies, the entities and the claims in content/. Each test lists
// the offenders it finds, so a failure says what to fix and where.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, formatDiagnostic, readContent } from '../../src/lib/analyser/index.ts';
import { buildGraph, type Located } from '../../src/lib/graph.ts';
import { chainSegments, documentCommons, noteFor } from '../../src/lib/notes.ts';
import { noteToPlainText, type NoteSegment } from '../../src/lib/note-text.ts';
import type { AnalysedDocument, Annotation, QuoteAnnotation } from '../../src/lib/types.ts';

const root = join(import.meta.dirname, '..', '..');
const files = readContent(root);
const analysis = analyseContent(files);
const graph = buildGraph(analysis.corpus);
const documents = analysis.corpus.documents;

const all = (): Located[] => documents.flatMap((document) => document.annotations.map((annotation) => ({ document, annotation })));
const quotes = () => all().filter((l): l is Located<QuoteAnnotation> => l.annotation.type === 'quote');
const where = ({ document, annotation }: Located) => `${document.file}:${annotation.line}:${annotation.column} (${annotation.anchor}) “${annotation.exact.slice(0, 60)}”`;
const plain = (l: Located) => noteToPlainText(noteFor(graph, l).segments);
const links = (l: Located) => noteFor(graph, l).segments.filter((s): s is Extract<NoteSegment, { kind: 'link' }> => s.kind === 'link');
const asserts = (a: Annotation) => (a.type === 'quote' || a.type === 'claim') && a.stance === 'asserts';

/** Every name an outlet goes by in the corpus: its name and aliases. */
const outletNames = analysis.corpus.entities
  .filter((e) => e.kind === 'outlet')
  .map((e) => ({ id: e.id, names: [e.name, ...e.aliases] }));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Outlets a piece of text names, matched as whole words, case-sensitive ("RT" is not "rt" in "part"). */
const outletsNamedIn = (text: string) =>
  outletNames.filter(({ names }) => names.some((n) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(n)}($|[^\\p{L}\\p{N}])`, 'u').test(text))).map((o) => o.id);

/** The chain a quote reached this copy through: what the quote names, then the copy's own publishers. */
const chainOf = ({ document, annotation }: Located<QuoteAnnotation>) =>
  new Set([...annotation.via, document.data.originalPublisher, document.data.publisher].filter((id): id is string => !!id && id !== 'unknown'));

describe('the content of the five documents', () => {
  it('passes the analyser with no diagnostics', () => {
    expect(analysis.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(documents.length).toBe(files.documents.length);
  });

  it('reproduces every archived source: each document has one, and its text matches it', () => {
    const slugs = (list: { file: string }[]) => list.map((f) => f.file.replace(/^.*\/|\.[^.]+$/g, '')).sort();
    expect(slugs(files.documents)).toEqual(slugs(files.sources));
    const textRules = new Set(['source-mismatch', 'missing-source', 'trim-not-found']);
    expect(analysis.diagnostics.filter((d) => textRules.has(d.rule)).map(formatDiagnostic)).toEqual([]);
  });

  it('notices a changed word in any document (the source check is live on the real content)', () => {
    for (const f of files.documents) {
      const changed = { ...files, documents: files.documents.map((d) => (d === f ? { ...d, text: `${d.text.trimEnd()}\n\nAn added sentence.\n` } : d)) };
      const found = analyseContent(changed).diagnostics.filter((d) => d.file === f.file && d.rule === 'source-mismatch');
      expect(found.length, `${f.file}: an added sentence went unnoticed`).toBe(1);
    }
    // A figure inside a quotation (not the same figure in a note attribute) changed by one transposition.
    const figure = files.documents.find((d) => d.text.includes('11,775 tankers'))!;
    const altered = { ...files, documents: files.documents.map((d) => (d === figure ? { ...d, text: d.text.replace('11,775 tankers', '11,757 tankers') } : d)) };
    expect(analyseContent(altered).diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual([`${figure.file} source-mismatch`]);
  }, 30_000);
});

describe('quotes', () => {
  // A quote is attributed when it names a speaker and is not marked unattributed.
  // An unattributed assertion ("it is widely believed") names no speaker, and its
  // margin note must open by saying so.
  it('name their speaker, or are marked unattributed and say in the margin that no source is named', () => {
    const offenders = quotes()
      .filter(({ annotation: q }) => (q.mode === 'unattributed') === !!q.speaker)
      .map(where);
    expect(offenders, 'quotes with a speaker marked unattributed, or with neither').toEqual([]);
    const silent = quotes()
      .filter(({ annotation: q }) => q.mode === 'unattributed')
      .filter((l) => !plain(l).startsWith('No specific source is named.'))
      .map(where);
    expect(silent, 'unattributed quotes whose note does not say no source is named').toEqual([]);
  });

  // The outlet chain of a quote is its `via` list (first reporter first), followed
  // by the copy's original publisher and publisher. A quote passes when
  //   - it has a `via`, or
  //   - its note says plainly "No outlet named" (a speaker is named, no outlet is), or
  //   - it is an unattributed assertion, whose note says "No specific source is named".
  // The note, or the Voices panel when the quote shares the chain most of the
  // document's quotes came through, must show every step, ending with this copy.
  it('state the outlets that relayed them, ending with this copy, or say plainly that none is named', () => {
    const offenders = quotes()
      .filter((l) => {
        const shared = documentCommons(l.document).via;
        const sharesChain = !!shared && l.annotation.via.join() === shared.join() && l.annotation.mode !== 'unattributed';
        const note = sharesChain ? noteToPlainText(chainSegments(graph, l.document, shared)) : plain(l);
        const q = l.annotation;
        const ends = /\(this copy\)|this copy \(publisher unknown\)/.test(note);
        if (q.via.length > 0) return !ends || q.via.some((id) => !note.includes(graph.entity(id)!.name));
        if (q.mode === 'unattributed') return !note.startsWith('No specific source is named.');
        return !ends || !note.includes('No outlet named');
      })
      .map((l) => `${where(l)}: ${plain(l)}`);
    expect(offenders).toEqual([]);
  });

  it('include in their chain every outlet their sentence names (“told Sputnik”, “according to Russia Today”)', () => {
    const offenders = quotes()
      .flatMap((l) => outletsNamedIn(l.annotation.sentence).filter((id) => !chainOf(l).has(id)).map((id) => `${where(l)}: sentence names ${id}, chain lacks it`));
    expect(offenders).toEqual([]);
  });

  it('only relay through outlets the document names or is published by', () => {
    const named = (d: AnalysedDocument) =>
      new Set([...d.annotations.flatMap((a) => (a.type === 'mention' ? [a.entity] : [])), d.data.publisher, d.data.originalPublisher]);
    const offenders = quotes().flatMap((l) => l.annotation.via.filter((id) => !named(l.document).has(id)).map((id) => `${where(l)}: via ${id}`));
    expect(offenders).toEqual([]);
  });
});

describe('claims and entities', () => {
  it('every claim appears, asserted, in at least one document', () => {
    const offenders = graph.claims.filter((c) => !graph.appearancesOf(c.id).some((l) => asserts(l.annotation))).map((c) => c.file);
    expect(offenders).toEqual([]);
  });

  it('every entity is mentioned at least once by a Mention', () => {
    expect(graph.entities.filter((e) => graph.mentionsOf(e.id).length === 0).map((e) => e.file)).toEqual([]);
  });

  it('every spelling a mention uses is the entity’s name or one of its aliases', () => {
    const norm = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
    const offenders = all()
      .filter(({ annotation: a }) => a.type === 'mention')
      .filter((l) => {
        const e = graph.entity((l.annotation as { entity: string }).entity)!;
        return ![e.name, ...e.aliases].map(norm).includes(norm(l.annotation.exact));
      })
      .map(where);
    expect(offenders, 'add these spellings to the entity’s aliases').toEqual([]);
  });

  it('a claim that appears in two or more documents is linked both ways: the claim lists each appearance, each appearance links the claim with the right count', () => {
    const offenders: string[] = [];
    for (const claim of graph.claims) {
      const appearances = graph.appearancesOf(claim.id);
      const docs = new Set(appearances.map((l) => l.document.slug));
      if (docs.size < 2) continue;
      for (const l of appearances) {
        if (graph.annotation(l.document.slug, l.annotation.anchor) !== l) offenders.push(`${where(l)}: not found from the claim`);
        if (!links(l).some((s) => s.target.type === 'claim' && s.target.id === claim.id)) offenders.push(`${where(l)}: note does not link ${claim.id}`);
        if (asserts(l.annotation) && !plain(l).includes(`Claim in ${docs.size} documents`)) offenders.push(`${where(l)}: note does not say “Claim in ${docs.size} documents”`);
      }
    }
    expect(offenders).toEqual([]);
  });

  // The claim's page lists every disputing passage; the note names the disputers and links the claim.
  it('every asserting appearance of a disputed claim names each disputer and links the claim', () => {
    const offenders: string[] = [];
    for (const claim of graph.claims) {
      const ledger = graph.disputesOf(claim.id);
      if (ledger.length === 0) continue;
      for (const l of graph.appearancesOf(claim.id).filter((x) => asserts(x.annotation))) {
        if (!links(l).some((s) => s.target.type === 'claim' && s.target.id === claim.id)) offenders.push(`${where(l)}: does not link ${claim.id}`);
        for (const d of ledger) {
          const speaker = d.annotation.type === 'quote' ? d.annotation.speaker : undefined;
          if (speaker && !plain(l).includes(graph.entity(speaker)!.name)) offenders.push(`${where(l)}: does not name ${speaker}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every link in a margin note leads to an existing entity, claim, document or passage', () => {
    const offenders = all().flatMap((l) =>
      links(l)
        .filter(({ target: t }) => {
          if (t.type === 'url') return !t.href.startsWith('https://');
          if (t.type === 'document') return !graph.document(t.id) || (!!t.anchor && !graph.annotation(t.id, t.anchor));
          return t.type === 'entity' ? !graph.entity(t.id) : !graph.claim(t.id);
        })
        .map((s) => `${where(l)}: ${JSON.stringify(s.target)}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('margin notes', () => {
  // A note inside another annotated span would put its note before the outer one
  // on the page, out of the order of the spans; mentions carry no note and may nest.
  it('are never nested: only mentions sit inside a quote, claim or note', () => {
    const offenders = all()
      .filter(({ annotation: a }) => a.type !== 'mention' && a.parent !== undefined)
      .map((l) => `${where(l)} inside ${l.annotation.parent}`);
    expect(offenders).toEqual([]);
  });
});

describe('editorial policy', () => {
  // Author notes are the `note` attributes of Quote, Claim and Note; the rest of a
  // margin note is generated from the data.
  const authorNotes = () =>
    all().flatMap((l) => {
      const a = l.annotation;
      const note = a.type === 'mention' ? undefined : a.note;
      return note ? [{ l, text: noteToPlainText(note) }] : [];
    });

  it('keeps author notes to one or two sentences of at most 40 words', () => {
    const sentences = (t: string) => t.split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"(\[])/).length;
    const offenders = authorNotes()
      .filter(({ text }) => text.split(/\s+/).length > 40 || sentences(text) > 2)
      .map(({ l, text }) => `${where(l)}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it('uses no verdict words in notes, claim statements or entity roles', () => {
    const verdict = /\b(false(ly)?|true|untrue|liars?|propaganda|debunk\w*|fake|hoax|fabricat\w*|misleading|baseless|disinformation)\b/i;
    const offenders = [
      ...authorNotes().filter(({ text }) => verdict.test(text)).map(({ l, text }) => `${where(l)}: ${text}`),
      ...graph.claims.filter((c) => verdict.test(c.statement)).map((c) => `${c.file}: ${c.statement}`),
      ...graph.entities.filter((e) => verdict.test(e.role)).map((e) => `${e.file}: ${e.role}`),
    ];
    expect(offenders).toEqual([]);
  });
});
