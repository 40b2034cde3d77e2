import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { dataFiles, writeDataFiles } from '../../src/lib/export/data-files.ts';
import { siteAnnotationCollection } from '../../src/lib/export/site-annotations.ts';
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

  test('gather the site-wide annotation file from the documents’ own files, byte for byte what the graph makes', async () => {
    const site = buildGraph(analyseContent(readContent(join(import.meta.dirname, '..', '..'))).corpus);
    const files = dataFiles(site, urls);
    const whole = files.find((f) => f.path === 'annotations.jsonld')!;
    expect(whole.gathers?.files).toHaveLength(site.documents.length);
    expect(site.documents.length).toBeGreaterThan(1);
    const out = mkdtempSync(join(tmpdir(), 'reader-data-'));
    try {
      await writeDataFiles(files, out);
      const written = readFileSync(join(out, 'annotations.jsonld'), 'utf8');
      expect(written).toBe([...whole.chunks()].join(''));
      const parsed = JSON.parse(written);
      expect(parsed).toEqual(JSON.parse(JSON.stringify(siteAnnotationCollection(site, urls))));
      expect(parsed.first.items).toHaveLength(parsed.total);
      expect(parsed.total).toBe(site.documents.reduce((sum, d) => sum + d.annotations.length, 0));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('refuse to gather from an annotation file that does not end with its items', async () => {
    const out = mkdtempSync(join(tmpdir(), 'reader-data-'));
    try {
      const [own, ...rest] = dataFiles(graph, urls);
      const broken = { ...own!, chunks: () => ['{"items":[]}'] };
      await expect(writeDataFiles([broken, ...rest], out)).rejects.toThrow(
        'annotations/valid.jsonld does not end with its annotation items',
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
