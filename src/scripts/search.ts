// Browser code of the search page, the only page that ships JavaScript.
// The URL is the state: ?q=…&type=…&speaker=…&outlet=…&entity=… runs on load
// and is kept in step as the reader types or filters, so a search can be shared.
import { pagesIndexDir } from '../lib/search/indexes.ts';
import { normalizeBase } from '../lib/urls.ts';
import { plural } from '../lib/labels.ts';
import { linkToMatch, type ResultData } from './search-links.ts';
import { pageFilter, passageResults, type Filters, type PageResult } from './search-passages.ts';
import { holdsPhrase, isPhrase, queryTerms, rankResults } from './search-rank.ts';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PageResult>;
}

/**
 * Results shown, and pages loaded to choose them from (see search-rank.ts): a
 * page's result is its whole text, a few KB, and a document page brings its
 * passages, so fewer pages than results shown are loaded.
 */
const SHOWN = 30;
const LOADED = 20;

export const filterKeys = ['type', 'speaker', 'outlet', 'entity'] as const;
const typeLabels: Record<string, string> = { document: 'Document', quote: 'Quote', entity: 'Entity', claim: 'Claim' };

/**
 * A filter's choice, with how many pages it finds. Passages have no record of
 * their own (src/lib/search/records.ts): a speaker, or the type "quote",
 * counts the documents that hold such passages.
 */
export function filterOption(key: string, value: string, count: number): string {
  const label = key === 'type' ? (typeLabels[value] ?? value) : value;
  return key === 'speaker' || (key === 'type' && value === 'quote') ? `${label} (in ${plural(count, 'document')})` : `${label} (${count})`;
}

export async function startSearch(base: string): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const selects = Object.fromEntries(filterKeys.map((key) => [key, document.querySelector<HTMLSelectElement>(`[data-filter="${key}"]`)!]));
  const root = normalizeBase(base);
  const pagefind = (await import(/* @vite-ignore */ `${root}${pagesIndexDir}/pagefind.js`)) as Pagefind;
  const options = { baseUrl: root, excerptLength: 24 };
  await pagefind.options(options);

  // Fill each filter from the index, with the number of records for each
  // value, only once a filter is wanted: the filter indexes grow with the
  // corpus, and a query without filters needs none of them.
  let filled: Promise<void> | undefined;
  const fillFilters = () =>
    (filled ??= pagefind.filters().then((available) => {
      for (const key of filterKeys) {
        const values = Object.entries(available[key] ?? {}).sort(([a], [b]) => a.localeCompare(b));
        const chosen = selects[key]!.value;
        selects[key]!.append(...values.map(([value, count]) => new Option(filterOption(key, value, count), value)));
        selects[key]!.value = chosen;
      }
    }));
  for (const select of Object.values(selects)) {
    for (const event of ['pointerenter', 'focus']) select!.addEventListener(event, () => void fillFilters());
  }
  const count = document.querySelector<HTMLElement>('[data-filter-count]');
  const folded = document.querySelector<HTMLDetailsElement>('[data-search-options]');
  // On phones the filters fold behind one control: opening it is wanting a filter.
  folded?.addEventListener('toggle', () => {
    if (folded.open) void fillFilters();
  });
  /** The folded filters say how many are set, and open when the URL sets one. */
  const showActive = () => {
    const active = filterKeys.filter((key) => selects[key]!.value).length;
    if (count) count.textContent = active > 0 ? `(${active} set)` : '';
    return active;
  };

  const fromUrl = async () => {
    const params = new URL(location.href).searchParams;
    input.value = params.get('q') ?? '';
    if (filterKeys.some((key) => params.get(key))) await fillFilters();
    for (const key of filterKeys) selects[key]!.value = params.get(key) ?? '';
    if (showActive() > 0 && folded) folded.open = true;
  };

  let latest = 0;
  const run = async () => {
    const ticket = ++latest;
    const query = input.value.trim();
    const filters: Filters = Object.fromEntries(filterKeys.map((key) => [key, selects[key]!.value] as const).filter(([, value]) => value));
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const [key, value] of Object.entries(filters)) url.searchParams.set(key, value);
    history.replaceState(null, '', url);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const candidates = (await pagefind.search(query || null, { filters: filters as Record<string, string> })).results;
    const loaded = await Promise.all(candidates.slice(0, LOADED).map((r) => r.data()));
    if (ticket !== latest) return;
    // Each document page brings its passages that pass the filters, each a result of its own; for a phrase, those that hold it.
    const terms = queryTerms(query);
    const results = loaded.flatMap((page) => [
      ...passageResults(page, filters, query, root).filter((p) => !isPhrase(query) || holdsPhrase(p.content, terms)),
      ...(pageFilter(filters) ? [page] : []),
    ]);
    const kept = rankResults(query, results);
    list.replaceChildren(...kept.slice(0, SHOWN).map((result) => renderResult(result, query)));
    // Pages past those loaded are counted as Pagefind counts them.
    const n = kept.length === 0 ? 0 : kept.length + candidates.length - loaded.length;
    const what = query ? `for ${query}` : 'with these filters';
    status.textContent =
      n === 0 ? `No results ${what}.` : `${plural(n, 'result')} ${what}${n > SHOWN ? `; showing the first ${SHOWN}` : ''}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  for (const select of Object.values(selects)) {
    select!.addEventListener('change', () => {
      showActive();
      void run();
    });
  }
  addEventListener('popstate', () => void fromUrl().then(run));

  // Arrow keys move from the box through the results; Enter follows the focused link.
  form.closest('main')!.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result__link')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1 && event.target !== input) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]!.focus();
    else if (at <= 0) input.focus();
    else links[at - 1]!.focus();
  });

  await fromUrl();
  await run();
}

function renderResult(result: ResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const type = document.createElement('span');
  type.className = result.meta.label ? 'result__type result__type--passage' : 'result__type';
  // A passage says how it is given and by whom ("Paraphrase · Anatoly Antonov, via RT").
  type.textContent = result.meta.label ?? typeLabels[result.meta.type ?? ''] ?? 'Page';
  const link = document.createElement('a');
  link.className = 'result__link';
  link.href = linkToMatch(result, query);
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'result__excerpt';
  // Pagefind escapes the indexed text and adds only <mark> around matches.
  excerpt.innerHTML = result.excerpt;
  item.append(type, ' ', link, excerpt);
  if (result.meta.type === 'quote' && result.meta.document) {
    const source = document.createElement('p');
    source.className = 'result__source';
    source.textContent = `In “${result.meta.document}”`;
    item.append(source);
  }
  return item;
}
