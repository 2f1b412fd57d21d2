/**
 * Worker thread of the parallel reader: folds the chunks it is sent (see
 * chunk.ts). workerData: { file, headerText, fold: FoldSpec }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../read/errors.js';
import type { FileName } from '../records.js';
import { ChunkFolder, type ChunkJob } from './chunk.js';
import { loadFold, type FoldSpec } from './fold.js';

export interface WorkerInit {
  readonly file: FileName;
  readonly headerText: string;
  readonly fold: FoldSpec;
}

/** A failed job: the message, and whether it is about the data (InputError) or a bug. */
export interface WorkerFailure {
  readonly id: number;
  readonly error: string;
  readonly input: boolean;
}

const port = parentPort;
if (port === null) throw new Error('src/parallel/worker is a worker thread entry');
const init = workerData as WorkerInit;
const folder = new ChunkFolder(init.file, init.headerText, await loadFold(init.fold));

port.on('message', (job: ChunkJob) => {
  try {
    const result = folder.run(job);
    // the bytes go back to be read into again: dropped here, they would pile up outside the heap until V8 collects (64 MB a worker)
    const spent = job.bytes.buffer as ArrayBuffer;
    port.postMessage({ ...result, spent }, [result.hashes.buffer as ArrayBuffer, spent]);
  } catch (err) {
    const failure: WorkerFailure = {
      id: job.id,
      error: err instanceof Error ? err.message : String(err),
      input: err instanceof InputError,
    };
    port.postMessage(failure);
  }
});
