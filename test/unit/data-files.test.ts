import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseContent } from '../../src/lib/analyser/index.ts';
import { dataFiles, writeDataFiles } from '../../src/lib/export/data-files.ts';
import { annotationCollection } from '../../src/lib/export/web-annotation.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { makeUrls } from '../../src/lib/urls.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

const graph = buildGraph(analyseContent(fixtureContent(['valid'])).corpus);
const urls = makeUrls('/reader/', 'https://example.org');

describe('the data files', () => {
  test('are an annotation export and two citation files per document, then the site-wide files, all below the output folder', () => {
    expect(dataFiles(graph, urls).map((f) => f.path)).toEqual([
      'annotations/valid.jsonld',
      'documents/valid/cite.json',
      'documents/valid/cite.bib',
      'annotations.jsonld',
      'data/corpus.json',
      'quotes/cite.json',
      'quotes/cite.bib',
    ]);
  });

  test('are written as compact JSON that parses back to the export', async () => {
    const out = mkdtempSync(join(tmpdir(), 'reader-data-'));
    try {
      await writeDataFiles(dataFiles(graph, urls), out);
      const text = readFileSync(join(out, 'annotations', 'valid.jsonld'), 'utf8');
      expect(text).not.toContain('\n');
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(annotationCollection(graph, graph.document('valid')!, urls))));
      expect(readFileSync(join(out, 'documents', 'valid', 'cite.bib'), 'utf8')).toContain('@');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
