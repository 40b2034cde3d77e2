// The real content, checked with the real analyser: the five documents, their
// archived copies, the entities and the claims in content/. The editorial
// rules themselves live in the analyser (src/lib/analyser/rules/), so
// `npm run check` enforces them; what stays here checks the margin notes the
// site generates from that content. Each test lists the offenders it finds.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, formatDiagnostic, readContent } from '../../src/lib/analyser/index.ts';
import { buildGraph, type Located } from '../../src/lib/corpus/graph.ts';
import { chainSegments, documentCommons, noteFor } from '../../src/lib/notes/margin-note.ts';
import { noteToPlainText, type NoteSegment } from '../../src/lib/notes/note-text.ts';
import type { Annotation, QuoteAnnotation } from '../../src/lib/corpus/types.ts';

const root = join(import.meta.dirname, '..', '..');
const files = readContent(root);
const analysis = analyseContent(files);
const graph = buildGraph(analysis.corpus);
const documents = analysis.corpus.documents;

const all = (): Located[] => documents.flatMap((document) => document.annotations.map((annotation) => ({ document, annotation })));
const quotes = () => all().filter((l): l is Located<QuoteAnnotation> => l.annotation.type === 'quote');
const where = ({ document, annotation }: Located) =>
  `${document.file}:${annotation.line}:${annotation.column} (${annotation.anchor}) “${annotation.exact.slice(0, 60)}”`;
const plain = (l: Located) => noteToPlainText(noteFor(graph, l).segments);
const links = (l: Located) => noteFor(graph, l).segments.filter((s): s is Extract<NoteSegment, { kind: 'link' }> => s.kind === 'link');
const asserts = (a: Annotation) => (a.type === 'quote' || a.type === 'claim') && a.stance === 'asserts';

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
      const changed = {
        ...files,
        documents: files.documents.map((d) => (d === f ? { ...d, text: `${d.text.trimEnd()}\n\nAn added sentence.\n` } : d)),
      };
      const found = analyseContent(changed).diagnostics.filter((d) => d.file === f.file && d.rule === 'source-mismatch');
      expect(found.length, `${f.file}: an added sentence went unnoticed`).toBe(1);
    }
    // A figure inside a quotation (not the same figure in a note attribute) changed by one transposition.
    const figure = files.documents.find((d) => d.text.includes('11,775 tankers'))!;
    const altered = {
      ...files,
      documents: files.documents.map((d) => (d === figure ? { ...d, text: d.text.replace('11,775 tankers', '11,757 tankers') } : d)),
    };
    expect(analyseContent(altered).diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual([`${figure.file} source-mismatch`]);
  }, 30_000);
});

describe('the margin notes of quotes', () => {
  // An unattributed assertion ("it is widely believed") names no speaker, and its
  // margin note must open by saying so.
  it('say that no source is named when a quote is unattributed', () => {
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
});

describe('the margin notes of claims', () => {
  it('a claim that appears in two or more documents is linked both ways: the claim lists each appearance, each appearance links the claim with the right count', () => {
    const offenders: string[] = [];
    for (const claim of graph.claims) {
      const appearances = graph.appearancesOf(claim.id);
      const docs = new Set(appearances.map((l) => l.document.slug));
      if (docs.size < 2) continue;
      for (const l of appearances) {
        if (graph.annotation(l.document.slug, l.annotation.anchor) !== l) offenders.push(`${where(l)}: not found from the claim`);
        if (!links(l).some((s) => s.target.type === 'claim' && s.target.id === claim.id))
          offenders.push(`${where(l)}: note does not link ${claim.id}`);
        if (asserts(l.annotation) && !plain(l).includes(`Claim in ${docs.size} documents`))
          offenders.push(`${where(l)}: note does not say “Claim in ${docs.size} documents”`);
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
        if (!links(l).some((s) => s.target.type === 'claim' && s.target.id === claim.id))
          offenders.push(`${where(l)}: does not link ${claim.id}`);
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
