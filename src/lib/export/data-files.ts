// The data files of the site: W3C annotations per document and for the whole
// site, citations per document and for every quote, and the corpus as JSON.
// They depend on the graph alone, so they are not Astro pages: during a build
// a worker thread writes them while Astro renders (data-files-worker.ts), and
// under `astro dev` the data-files integration serves them from this same list.
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { allQuoteItems, documentItems } from '../citations/page-items.ts';
import { bibtex, cslJson } from '../citations/reference-list.ts';
import type { CorpusGraph } from '../corpus/graph.ts';
import type { Urls } from '../urls.ts';
import { corpusJson } from './corpus-json.ts';
import { jsonChunks } from './json-chunks.ts';
import { itemsMember, siteAnnotationCollection, siteAnnotationFrame } from './site-annotations.ts';
import { annotationCollection } from './web-annotation.ts';

export interface DataFile {
  /** Path below the output folder (no base path), e.g. `annotations/<slug>.jsonld`. */
  path: string;
  /** Content-Type, for the dev server. */
  type: string;
  /** The text, in pieces: the site-wide files outgrow a single string at scale. Called once, when the file is written. */
  chunks: () => Iterable<string>;
  /**
   * Set when the file is the annotation items of files written before it
   * (paths as above), between a head and a tail: the writer then copies the
   * items' bytes from those files instead of calling `chunks`, which makes
   * the same text from the graph.
   */
  gathers?: { head: string; files: string[]; tail: string };
}

const types = {
  jsonld: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  json: 'application/json',
  csl: 'application/vnd.citationstyles.csl+json',
  bib: 'application/x-bibtex; charset=utf-8',
};

/** Every data file, in writing order. `urls` must be absolute (the exports name pages by their full URL). */
export function dataFiles(graph: CorpusGraph, urls: Urls): DataFile[] {
  // JSON is written compact: the annotation exports are the largest part of the output.
  const json = (value: () => unknown) => () => jsonChunks(value());
  const files: DataFile[] = [];
  const annotationFiles: string[] = [];
  for (const document of graph.documents) {
    const items = () => documentItems(graph, document, urls);
    const annotations = `annotations/${document.slug}.jsonld`;
    annotationFiles.push(annotations);
    files.push(
      // A document's own file is small enough to be one string.
      { path: annotations, type: types.jsonld, chunks: () => [JSON.stringify(annotationCollection(graph, document, urls))] },
      { path: `documents/${document.slug}/cite.json`, type: types.csl, chunks: () => [cslJson(items()), '\n'] },
      { path: `documents/${document.slug}/cite.bib`, type: types.bib, chunks: () => [items().map(bibtex).join('\n')] },
    );
  }
  const quoteItems = () => allQuoteItems(graph, urls);
  files.push(
    {
      path: 'annotations.jsonld',
      type: types.jsonld,
      chunks: json(() => siteAnnotationCollection(graph, urls)),
      gathers: { ...siteAnnotationFrame(graph, urls), files: annotationFiles },
    },
    { path: 'data/corpus.json', type: types.json, chunks: json(() => corpusJson(graph, urls)) },
    { path: 'quotes/cite.json', type: types.csl, chunks: () => [cslJson(quoteItems()), '\n'] },
    { path: 'quotes/cite.bib', type: types.bib, chunks: () => [quoteItems().map(bibtex).join('\n')] },
  );
  return files;
}

/**
 * Writes the files under `outDir`, in order. Pieces are gathered into writes
 * of about a megabyte, so no file is ever held whole as one string.
 */
export async function writeDataFiles(files: DataFile[], outDir: string): Promise<void> {
  const folders = new Set<string>();
  for (const file of files) {
    const path = join(outDir, file.path);
    if (!folders.has(dirname(path))) {
      await mkdir(dirname(path), { recursive: true });
      folders.add(dirname(path));
    }
    const handle = await open(path, 'w');
    try {
      await (file.gathers ? writeGathered(handle, file.gathers, outDir) : writeChunks(handle, file.chunks()));
    } finally {
      await handle.close();
    }
  }
}

async function writeChunks(handle: FileHandle, chunks: Iterable<string>): Promise<void> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 1 << 20) {
      await handle.write(pending);
      pending = '';
    }
  }
  await handle.write(pending);
}

/** The items of each annotation file already written, as bytes, between the head and the tail. */
async function writeGathered(handle: FileHandle, { head, files, tail }: NonNullable<DataFile['gathers']>, outDir: string): Promise<void> {
  const close = Buffer.from(']}}');
  await handle.write(head);
  let first = true;
  for (const file of files) {
    const bytes = await readFile(join(outDir, file));
    // A collection's items are the last member of its only page (site-annotations.ts); no string in it holds an unescaped quote.
    const start = bytes.indexOf(itemsMember);
    if (start < 0 || !bytes.subarray(-close.length).equals(close)) throw new Error(`${file} does not end with its annotation items`);
    const items = bytes.subarray(start + itemsMember.length, bytes.length - close.length);
    if (items.length === 0) continue;
    if (!first) await handle.write(',');
    await handle.write(items);
    first = false;
  }
  await handle.write(tail);
}
