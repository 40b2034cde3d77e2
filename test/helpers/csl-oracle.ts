// citeproc-js with the official CSL styles (test/csl/): what reference
// managers make of a CSL-JSON item, as plain text, to check the site's own
// formatter (src/lib/citations/reference-list.ts) against.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CslItem } from '../../src/lib/citations/csl-items.ts';
import type { CiteStyle } from '../../src/lib/citations/reference-list.ts';

const CSL = createRequire(import.meta.url)('citeproc') as {
  Engine: new (
    sys: { retrieveLocale(lang: string): string; retrieveItem(id: string): unknown },
    style: string,
    lang?: string,
  ) => {
    setOutputFormat(format: string): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]];
  };
};

const dir = join(import.meta.dirname, '..', 'csl');
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
export const styleFiles: Record<CiteStyle, string> = {
  apa: 'apa.csl',
  mla: 'modern-language-association.csl',
  chicago: 'chicago-notes-bibliography-17th-edition.csl',
};
const locale = read('locales-en-US.xml');
const items = new Map<string, CslItem>();
/** One engine per style (reading a style takes seconds); each call gives it one item to list. */
const engines = new Map<CiteStyle, InstanceType<typeof CSL.Engine>>();

/** The bibliography entry citeproc-js makes for one item in one style, as plain text. */
export function cslReference(item: CslItem, style: CiteStyle): string {
  items.set(item.id, item);
  let engine = engines.get(style);
  if (!engine) {
    engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id) => items.get(id) }, read(styleFiles[style]), 'en-US');
    engine.setOutputFormat('text');
    engines.set(style, engine);
  }
  engine.updateItems([item.id]);
  const [, entries] = engine.makeBibliography();
  return entries.join('').replace(/\s+/g, ' ').trim();
}
