// The last line of `npm run build`, written and read back in one place:
// `npm run bench` takes its figures from it (the baseline prints it too, without passages).

export interface BuildSummary {
  outDir: string;
  checkMs: number;
  astroMs: number;
  pagefindMs: number;
  pages: number;
  /** Quoted passages titled in the document pages' records. */
  passages: number;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

export function summaryLine(s: BuildSummary): string {
  return `✓ checked the content in ${seconds(s.checkMs)} s; built ${s.outDir}/ in ${seconds(s.astroMs)} s; indexed ${s.pages} pages (${s.passages} passages) in ${seconds(s.pagefindMs)} s.`;
}

/** The figures of a summary line found in a build's output, in seconds. */
export function parseSummary(stdout: string): { checkS: number; astroS: number; pagefindS: number; pages: number } | undefined {
  const m = /checked the content in ([\d.]+) s; built \S+ in ([\d.]+) s; indexed (\d+) pages(?: \(\d+ passages\))? in ([\d.]+) s/.exec(
    stdout,
  );
  return m ? { checkS: Number(m[1]), astroS: Number(m[2]), pages: Number(m[3]), pagefindS: Number(m[4]) } : undefined;
}
