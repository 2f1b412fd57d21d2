/**
 * Worker thread of the workbook reader (parallel.ts): folds the pieces of
 * one sheet it is sent. workerData: XlsxWorkerInit. Each result goes back
 * with the piece's bytes (transferred), which the calling thread keeps until
 * the piece's ids are checked.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileName } from '../../records.js';
import { InputError } from '../errors.js';
import { loadFold, type FoldSpec } from '../../parallel/fold.js';
import type { WorkerFailure } from '../../parallel/worker.js';
import { PieceFolder, type PieceContext, type PieceJob } from './piece.js';

export interface XlsxWorkerInit {
  readonly fold: FoldSpec;
}

/** The first message: how to read the sheet's pieces (Pool.setUp); the pieces (PieceJob) follow. */
export interface XlsxWorkerSetUp {
  readonly setUp: PieceContext;
}


const port = parentPort;
if (port === null) throw new Error('src/read/xlsx/xlsx-worker is a worker thread entry');
const init = workerData as XlsxWorkerInit;
const fold = await loadFold(init.fold);
let folder: PieceFolder<unknown, FileName> | null = null;

port.on('message', (job: PieceJob | XlsxWorkerSetUp) => {
  if ('setUp' in job) {
    folder = new PieceFolder<unknown, FileName>(job.setUp, fold);
    return;
  }
  try {
    if (folder === null) throw new Error('a piece came before the sheet was set up');
    const r = folder.run(job);
    port.postMessage(r, [r.hashes.buffer as ArrayBuffer, r.bytes.buffer as ArrayBuffer]);
  } catch (err) {
    const failure: WorkerFailure = { id: job.id, error: err instanceof Error ? err.message : String(err), input: err instanceof InputError };
    port.postMessage(failure);
  }
});
