// RSS 2.0 feed of the documents, written by @astrojs/rss from the options
// built here: newest first, documents with an unknown date last and without a
// pubDate (a date is never invented).
import type { RSSOptions } from '@astrojs/rss';
import type { CorpusGraph } from '../corpus/graph.ts';
import type { AnalysedDocument } from '../corpus/types.ts';
import type { Urls } from '../urls.ts';
import { SITE_NAME } from '../labels.ts';
import { siteFiles } from './site-files.ts';
import { escapeXml } from './xml.ts';

/** Documents as the feed lists them: dated ones newest first, then the undated in the graph's order. */
export function feedDocuments(graph: CorpusGraph): AnalysedDocument[] {
  const dated = graph.documents.filter((d) => d.data.published !== undefined);
  const undated = graph.documents.filter((d) => d.data.published === undefined);
  return [...dated.reverse(), ...undated];
}

/** The feed's channel and items. `urls` must be absolute. */
export function feedOptions(graph: CorpusGraph, urls: Urls): RSSOptions {
  const files = siteFiles(urls);
  return {
    title: `${SITE_NAME}: documents`,
    description:
      'News documents about the Russian Defence Ministry briefing of 2 December 2015 on ISIS oil and Turkey, and the denials that followed, reproduced with notes on attribution and dispute.',
    site: urls.home(),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>en</language><atom:link href="${escapeXml(files.feed)}" rel="self" type="application/rss+xml"/>`,
    items: feedDocuments(graph).map((document) => {
      const d = document.data;
      const publisher = d.publisher && graph.entity(d.publisher)?.name;
      return {
        title: d.title,
        link: urls.document(document.slug),
        description: d.summary,
        // Midnight UTC of the day of publication.
        ...(d.published ? { pubDate: new Date(`${d.published}T00:00:00Z`) } : {}),
        ...(publisher ? { categories: [publisher] } : {}),
        // RSS's own <author> wants an e-mail address; Dublin Core's creator takes a name.
        ...(d.author ? { customData: `<dc:creator>${escapeXml(d.author)}</dc:creator>` } : {}),
      };
    }),
  };
}
