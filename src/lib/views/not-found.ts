import type { CorpusGraph } from '../graph.ts';
import { documentLine, type DocumentLine } from './document-list.ts';
import type { Urls } from '../urls.ts';

/** The page a host serves for an unknown address: the documents, then the lists to browse, with their sizes. */
export interface NotFoundView {
  search: string;
  documents: DocumentLine[];
  browse: { home: string; entities: string; entityCount: number; claims: string; claimCount: number; quotes: string; data: string };
}

export function notFoundView(graph: CorpusGraph, urls: Urls): NotFoundView {
  return {
    search: urls.search(),
    documents: graph.documents.map((d) => documentLine(graph, d, urls)),
    browse: {
      home: urls.home(),
      entities: urls.entities(),
      entityCount: graph.entities.length,
      claims: urls.claims(),
      claimCount: graph.claims.length,
      quotes: urls.quotes(),
      data: urls.data(),
    },
  };
}
