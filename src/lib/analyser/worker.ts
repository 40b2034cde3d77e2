// A thread of analyseContentInParallel: analyses its share of the documents and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { analyseDocument, type DocumentInput, type KnownIds } from './document.ts';

const { inputs, ids } = workerData as { inputs: DocumentInput[]; ids: KnownIds };
parentPort!.postMessage(inputs.map((input) => analyseDocument(input, ids)));
