import type { CslItem } from '../citations/csl-items.ts';
import { bibtex, citeStyles, cslJson, formatCitation, type Run } from '../citations/reference-list.ts';

/** What a citation block is given: the items to cite and, when there are some, the same data as files. */
export interface CiteBlockProps {
  /** Used to make ids unique on a page with several blocks. */
  id: string;
  permalink: string;
  items: { label: string; item: CslItem }[];
  /** Links to the same data as files (CSL-JSON, BibTeX), when there are some. */
  files?: { label: string; href: string }[];
  summary?: string;
  /** Shown open: the citation is what the page is for. */
  open?: boolean;
}

/** One item of a citation block, in every form it is offered: APA, MLA and Chicago (as runs, some italic), BibTeX and CSL-JSON. */
export interface CiteEntry {
  label: string;
  styles: { label: string; runs: Run[] }[];
  bibtex: string;
  cslJson: string;
}

export function citeEntries(items: CiteBlockProps['items']): CiteEntry[] {
  return items.map(({ label, item }) => ({
    label,
    styles: citeStyles.map(({ style, label: styleLabel }) => ({ label: styleLabel, runs: formatCitation(item, style) })),
    bibtex: bibtex(item),
    cslJson: cslJson(item),
  }));
}
