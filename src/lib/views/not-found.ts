import type { CorpusGraph } from '../corpus/graph.ts';
import { documentsSummary, type DocumentItem } from './documents.ts';
import type { Summary } from './paging.ts';
import type { Urls } from '../urls.ts';

/** The page a host serves for an unknown address: the documents, then the lists to browse, with their sizes. */
export interface NotFoundView {
  search: string;
  /** The first documents; the rest are on /documents/. */
  documents: Summary<DocumentItem> & { allHref: string };
  browse: { home: string; entities: string; entityCount: number; claims: string; claimCount: number; quotes: string; data: string };
}

export function notFoundView(graph: CorpusGraph, urls: Urls): NotFoundView {
  return {
    search: urls.search(),
    documents: documentsSummary(graph, urls),
    browse: {
      home: urls.home(),
      entities: urls.entityList(),
      entityCount: graph.entities.length,
      claims: urls.claimList(),
      claimCount: graph.claims.length,
      quotes: urls.quotes(),
      data: urls.data(),
    },
  };
}
