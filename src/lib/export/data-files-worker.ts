// A worker thread that writes the data files (src/lib/export/data-files.ts)
// during the build. They depend on the graph alone, so the thread that
// renders pages does not have to spend its time on them: this one rebuilds
// the graph from the analysed corpus it is handed (no content is analysed
// again) and writes every file under `outDir`, at the lowest priority, in
// the CPU time Astro leaves idle (../background-thread.ts).
//
// Its copy of the corpus and graph is small beside the build's peak (about
// 46 MiB of heap at 1,000 synthetic documents, against a 2.4 GiB peak for the
// process tree); writing the files from the pages' own graph instead, on
// Astro's thread after the last page, measured no lower peak and put their
// CPU time on the build's critical path, so the thread keeps its copy. At
// 10,000 documents its heap is about 2 GB when it ends (what it wrote, not
// yet collected): Pagefind's last step waits for that memory to come back
// (src/lib/build/memory.ts).
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from '../build/background-thread.ts';
import { buildGraph } from '../corpus/graph.ts';
import type { Corpus } from '../corpus/types.ts';
import { dataFiles, writeDataFiles } from './data-files.ts';
import { absoluteUrls } from './site-files.ts';

export interface DataFilesJob {
  corpus: Corpus;
  /** Astro's `base` and `site`, for the absolute URLs the exports use. */
  base: string;
  site: string | undefined;
  outDir: string;
}

/** What this thread answers: the size of its heap, which the build waits to see given back (src/lib/build/memory.ts). */
export type DataFilesAnswer = { heapBytes: number };

const job = workerData as DataFilesJob;
lowerThreadPriority();
await writeDataFiles(dataFiles(buildGraph(job.corpus), absoluteUrls(job.base, job.site)), job.outDir);
parentPort!.postMessage({ heapBytes: getHeapStatistics().total_heap_size } satisfies DataFilesAnswer);
