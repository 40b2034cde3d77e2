// RSS 2.0 feed of the documents: newest first, documents with an unknown date
// last and without a pubDate (a date is never invented).
import type { CorpusGraph } from '../graph.ts';
import type { AnalysedDocument } from '../types.ts';
import type { Urls } from '../urls.ts';
import { SITE_NAME } from './json-ld.ts';
import { siteFiles } from './site-files.ts';
import { element } from './xml.ts';

/** RFC 822 date of a YYYY-MM-DD day, at midnight UTC, as RSS 2.0 wants it. */
export function rfc822(date: string): string {
  return new Date(`${date}T00:00:00Z`).toUTCString();
}

/** Documents as the feed lists them: dated ones newest first, then the undated in the graph's order. */
export function feedDocuments(graph: CorpusGraph): AnalysedDocument[] {
  const dated = graph.documents.filter((d) => d.data.published !== 'unknown');
  const undated = graph.documents.filter((d) => d.data.published === 'unknown');
  return [...dated.reverse(), ...undated];
}

/** The feed as XML text. `urls` must be absolute. */
export function rssFeed(graph: CorpusGraph, urls: Urls): string {
  const files = siteFiles(urls);
  const items = feedDocuments(graph).map((document) => {
    const d = document.data;
    const url = urls.document(document.slug);
    const publisher = d.publisher === 'unknown' ? undefined : graph.entity(d.publisher)?.name;
    return [
      '    <item>',
      `      ${element('title', d.title)}`,
      `      ${element('link', url)}`,
      `      ${element('guid', url, { isPermaLink: 'true' })}`,
      `      ${element('description', d.summary)}`,
      d.published === 'unknown' ? '' : `      ${element('pubDate', rfc822(d.published))}`,
      d.author ? `      ${element('dc:creator', d.author)}` : '',
      publisher ? `      ${element('category', publisher)}` : '',
      '    </item>',
    ].filter(Boolean).join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    ${element('title', `${SITE_NAME}: documents`)}`,
    `    ${element('link', urls.home())}`,
    `    ${element('description', 'News documents about the Russian Defence Ministry briefing of 2 December 2015 on ISIS oil and Turkey, and the denials that followed, reproduced with notes on attribution and dispute.')}`,
    `    ${element('language', 'en')}`,
    `    <atom:link href="${files.feed}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
