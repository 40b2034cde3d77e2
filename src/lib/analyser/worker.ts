// A thread of analyseContentInParallel: analyses its share of the documents
// and posts the results back; then, when asked, compiles the valid ones for
// their pages and posts the code.
import { parentPort, workerData } from 'node:worker_threads';
import { analyseDocument, type DocumentInput, type KnownIds } from './document.ts';
import { compileValid } from './corpus.ts';

const { inputs, ids, compile } = workerData as { inputs: DocumentInput[]; ids: KnownIds; compile: boolean };
const results = inputs.map((input) => analyseDocument(input, ids));
parentPort!.postMessage(results);
if (compile) parentPort!.postMessage(compileValid(inputs, results));
