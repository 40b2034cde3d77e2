// Where a search result should take the reader: the exact passage.
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

/**
 * A passage's result points at the passage's own page, which names the words
 * and links to them in their document. For a page result, a text fragment (#:~:text=…) makes
 * the browser scroll to the matched words and highlight them, with no script
 * on the page: the words are the first highlighted run of the excerpt.
 */
export function linkToMatch(result: ResultData, query: string): string {
  if (result.url.includes('#') || result.meta.type === 'quote') return result.url;
  // Trim punctuation Pagefind keeps around a marked word ("Erdoğan." → "Erdoğan").
  const marked = [...result.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) =>
    decodeEntities(m[1]!).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
  );
  const phrase = /^".+"$/.test(query.trim()) ? query.trim().slice(1, -1) : marked[0];
  if (!phrase) return result.url;
  return `${result.url}#:~:text=${encodeFragment(phrase)}`;
}

/** Text-fragment encoding: percent-encode, including the characters the syntax reserves (-,&). */
export function encodeFragment(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

function decodeEntities(html: string): string {
  return html
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
