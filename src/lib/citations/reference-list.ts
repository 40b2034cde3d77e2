import type { CslDate, CslItem, CslName } from './csl-items.ts';

/**
 * Reference-list entries in APA (7th ed.), MLA (9th ed.) and Chicago
 * (17th ed., bibliography) style, and BibTeX, from CSL items. Entries are
 * runs of text with italics marked, so a page can render them and a plain
 * copy reads the same.
 */
export interface Run {
  text: string;
  italic?: boolean;
}
export type CiteStyle = 'apa' | 'mla' | 'chicago';
export const citeStyles: { style: CiteStyle; label: string }[] = [
  { style: 'apa', label: 'APA' },
  { style: 'mla', label: 'MLA' },
  { style: 'chicago', label: 'Chicago' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const parts = (d: CslDate | undefined) => d?.['date-parts'][0];
/** "Turkey" + "." → "Turkey."; a title ending in ? or ! keeps its own mark. */
const period = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);
export const plainText = (runs: Run[]): string => runs.map((r) => r.text).join('');

/** Joins runs, dropping empty ones, and tidies the spaces between them. */
function runs(...items: (Run | string | false | undefined)[]): Run[] {
  const out = items
    .filter((r): r is Run | string => !!r && (typeof r === 'string' ? r !== '' : r.text !== ''))
    .map((r) => (typeof r === 'string' ? { text: r } : r));
  return out;
}

const isSameBody = (name: CslName | undefined, ...bodies: (string | undefined)[]) => !!name?.literal && bodies.includes(name.literal);

function apaName(n: CslName): string {
  if (n.literal) return n.literal;
  const initials = (n.given ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((g) => `${g[0]}.`)
    .join(' ');
  return initials ? `${n.family}, ${initials}` : (n.family ?? '');
}
const fullName = (n: CslName, inverted: boolean) => n.literal ?? (inverted ? `${n.family}, ${n.given}` : `${n.given} ${n.family}`);
function nameList(names: CslName[], format: (n: CslName, i: number) => string, last: string): string {
  const list = names.map(format);
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')}${last}${list[list.length - 1]}`;
}

export function apa(item: CslItem): Run[] {
  const [y, m, d] = parts(item.issued) ?? [];
  const date = y ? `(${y}${m ? `, ${MONTHS[m - 1]}${d ? ` ${d}` : ''}` : ''}).` : '(n.d.).';
  const title = item.genre ? `${item.title} [${item.genre}]` : item.title;
  const italicTitle = item.type === 'webpage';
  const head: Run[] = item.author?.length
    ? runs(`${period(nameList(item.author, apaName, ', & '))} ${date} `, { text: period(title), italic: italicTitle }, ' ')
    : runs({ text: period(title), italic: italicTitle }, ` ${date} `);
  const container = item['container-title'] ? runs({ text: item['container-title'], italic: !italicTitle }, '. ') : [];
  // As the APA CSL style gives it: the original's year and publisher, whichever are known.
  const originalYear = parts(item['original-date'])?.[0];
  const original = item['original-publisher']
    ? ` (Original work published ${[originalYear, item['original-publisher']].filter(Boolean).join(', ')})`
    : '';
  return tidy([...head, ...container, ...runs(item.URL), ...runs(original)]);
}

export function mla(item: CslItem): Run[] {
  const date = (c: CslDate | undefined) => {
    const [y, m, d] = parts(c) ?? [];
    return y ? `${d ? `${d} ` : ''}${m ? `${MLA_MONTHS[m - 1]} ` : ''}${y}` : undefined;
  };
  const author =
    item.author?.length && !isSameBody(item.author[0], item['container-title'], item['original-publisher'])
      ? `${period(nameList(item.author, (n, i) => fullName(n, i === 0), ', and '))} `
      : '';
  // A description of the work ("Annotated copy") follows the title, as its own element.
  const genre = item.genre ? `${period(item.genre)} ` : '';
  const tail = [date(item.issued), item.URL].filter(Boolean).join(', ');
  const container = item['container-title']
    ? runs(genre, { text: item['container-title'], italic: true }, tail ? `, ${tail}.` : '.')
    : runs(genre, tail ? `${tail[0]!.toUpperCase()}${tail.slice(1)}.` : '');
  const original = item['original-publisher']
    ? runs(
        ' Originally published in ',
        { text: item['original-publisher'], italic: true },
        date(item['original-date']) ? `, ${date(item['original-date'])}.` : '.',
      )
    : [];
  return tidy([...runs(author, `“${period(item.title)}” `), ...container, ...original]);
}

export function chicago(item: CslItem): Run[] {
  const [y, m, d] = parts(item.issued) ?? [];
  // An undated article says so; an undated web page simply has no date.
  const date = y ? `${m ? `${MONTHS[m - 1]} ${d ? `${d}, ` : ''}` : ''}${y}` : item.type === 'webpage' ? '' : 'n.d.';
  // A web page with no author is listed under the site that publishes it.
  const siteAsAuthor = !item.author?.length && item.type === 'webpage' && item['container-title'];
  const author = item.author?.length ? `${period(nameList(item.author, (n, i) => fullName(n, i === 0), ', and '))} ` : '';
  const [oy, om, od] = parts(item['original-date']) ?? [];
  const originalDate = oy ? `, ${om ? `${MONTHS[om - 1]} ${od ? `${od}, ` : ''}` : ''}${oy}` : '';
  return tidy([
    ...(siteAsAuthor ? runs(`${period(item['container-title']!)} `) : []),
    ...runs(author, `“${period(item.title)}” `, item.genre && `${item.genre}. `),
    ...(siteAsAuthor
      ? runs(date && `${period(date)} `)
      : item['container-title']
        ? runs({ text: item['container-title'], italic: true }, date ? `, ${date}. ` : '. ')
        : runs(date && `${period(date)} `)),
    ...(item['original-publisher']
      ? runs('Originally published in ', { text: item['original-publisher'], italic: true }, `${originalDate}. `)
      : []),
    ...runs(item.URL && `${item.URL}.`),
  ]);
}

/** Collapses doubled spaces and trims the ends, keeping the italic runs intact. */
function tidy(list: Run[]): Run[] {
  const out = list.map((r) => ({ ...r, text: r.text.replace(/ {2,}/g, ' ') }));
  if (out.length > 0) {
    out[0]!.text = out[0]!.text.trimStart();
    out[out.length - 1]!.text = out[out.length - 1]!.text.trimEnd();
  }
  for (let i = 1; i < out.length; i++)
    if (out[i - 1]!.text.endsWith(' ') && out[i]!.text.startsWith(' ')) out[i]!.text = out[i]!.text.trimStart();
  return out.filter((r) => r.text !== '');
}

export const formatCitation = (item: CslItem, style: CiteStyle): Run[] => ({ apa, mla, chicago })[style](item);

/** Escapes the characters BibTeX treats specially in a field value. */
export function bibEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/**
 * A URL for BibTeX's url field, which is read verbatim: braces, backslashes,
 * quotes and spaces would end the field or start a command, so they are
 * percent-encoded (which a URL allows for any character).
 */
export function bibUrl(url: string): string {
  const encode = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  // A % that already starts an escape stays; any other is encoded too.
  return url.replace(/[{}\\"\s%]/g, (c, offset: number) =>
    c === '%' && /^%[0-9a-f]{2}/i.test(url.slice(offset, offset + 3)) ? c : encode(c),
  );
}

const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A BibTeX entry: @article for the published article, @misc for a page of this site. */
export function bibtex(item: CslItem): string {
  const fields: [string, string][] = [];
  const names = item.author?.map((n) =>
    n.literal ? `{${bibEscape(n.literal)}}` : `${bibEscape(n.family ?? '')}, ${bibEscape(n.given ?? '')}`,
  );
  if (names?.length) fields.push(['author', `{${names.join(' and ')}}`]);
  // Double braces keep the headline's capitals as printed.
  fields.push(['title', `{{${bibEscape(item.title)}}}`]);
  if (item['container-title'])
    fields.push([item.type === 'article-newspaper' ? 'journal' : 'howpublished', `{${bibEscape(item['container-title'])}}`]);
  const [y, m, d] = parts(item.issued) ?? [];
  if (y) fields.push(['year', `{${y}}`]);
  if (m) fields.push(['month', BIB_MONTHS[m - 1]!]);
  if (y && m && d) fields.push(['date', `{${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}}`]);
  if (item.URL) fields.push(['url', `{${bibUrl(item.URL)}}`]);
  const notes = [item.note?.startsWith(item.genre ?? '\0') ? undefined : item.genre, item.note].filter(Boolean) as string[];
  if (item['original-publisher']) {
    const [oy, om, od] = parts(item['original-date']) ?? [];
    notes.push(
      `Originally published by ${item['original-publisher']}${oy ? `, ${om ? `${MONTHS[om - 1]} ${od ? `${od}, ` : ''}` : ''}${oy}` : ''}.`,
    );
  }
  if (notes.length > 0) fields.push(['note', `{${bibEscape(notes.map(period).join(' '))}}`]);
  const type = item.type === 'article-newspaper' ? 'article' : 'misc';
  return `@${type}{${item['citation-key']},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

/** CSL-JSON indented for reading, with short arrays of numbers ("date-parts") kept on one line. */
export function cslJson(data: unknown): string {
  return JSON.stringify(data, null, 2)
    .replace(/\[\s*(-?\d+(?:,\s*-?\d+)*)\s*\]/g, (_m, inner: string) => `[${inner.split(/,\s*/).join(', ')}]`)
    .replace(/\[\s*(\[[^[\]]*\](?:,\s*\[[^[\]]*\])*)\s*\]/g, (_m, inner: string) => `[${inner.split(/\],\s*\[/).join('], [')}]`);
}
