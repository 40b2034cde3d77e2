// Browser code of the search page, the only page that ships JavaScript.
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

export async function startSearch(base: string): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const root = base.endsWith('/') ? base : `${base}/`;
  const pagefind = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: root });

  let latest = 0;
  const run = async (query: string) => {
    const ticket = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.search(query);
    const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...data.map(renderResult));
    const n = search.results.length;
    status.textContent = n === 0 ? `No results for ${query}.` : `${n} result${n === 1 ? '' : 's'} for ${query}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 200);
  });

  const initial = new URL(location.href).searchParams.get('q') ?? '';
  input.value = initial;
  if (initial) await run(initial);
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  // The best passage: a sub-result (a heading or annotated passage with an anchor) when there is one.
  const best = result.sub_results?.find((s) => s.url.includes('#')) ?? undefined;
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = best?.url ?? result.url;
  link.textContent = result.meta.title ?? result.url;
  const type = document.createElement('span');
  type.className = 'muted';
  type.textContent = result.meta.type ? ` (${result.meta.type})` : '';
  const excerpt = document.createElement('p');
  // Pagefind escapes the indexed text and adds only <mark> around matches.
  excerpt.innerHTML = best?.excerpt ?? result.excerpt;
  item.append(link, type, excerpt);
  return item;
}
