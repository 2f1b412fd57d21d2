/**
 * Worker thread of the parallel reader: folds the chunks it is sent (see
 * chunk.ts). workerData: WorkerBoot (workers.ts). Messages, handled in
 * order: a WorkerInit names the file the next chunks come from (a worker
 * serves file after file), then ChunkJobs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../read/errors.js';
import type { ExportMapping } from '../config/exports.js';
import { IdHashSet } from '../read/id-set.js';
import type { FileName } from '../records.js';
import { ChunkFolder, type ChunkJob } from './chunk.js';
import { loadFold, type FoldSpec } from './fold.js';
import type { WorkerBoot } from './workers.js';

export interface WorkerInit {
  readonly kind: 'init';
  readonly file: FileName;
  readonly headerText: string;
  readonly fold: FoldSpec;
  /** config `exports.<name>` (RowReaderOptions.mapping) */
  readonly mapping?: ExportMapping | undefined;
  /** the file as messages name it */
  readonly fileName?: string | undefined;
  /** ids kept by earlier files of the export, as IdHashSet.pairs() */
  readonly prior?: Int32Array | undefined;
}

/** A failed job: the message, and whether it is about the data (InputError) or a bug. */
export interface WorkerFailure {
  readonly id: number;
  readonly error: string;
  readonly input: boolean;
}

const port = parentPort;
if (port === null) throw new Error('src/parallel/worker is a worker thread entry');
const boot = workerData as WorkerBoot;
for (const m of boot.preload) await import(m);

let folder: ChunkFolder<unknown, FileName> | null = null;
// messages are handled one after the other: an init loads its fold (an import) before the jobs that follow it
let queue: Promise<void> = Promise.resolve();

port.on('message', (msg: WorkerInit | ChunkJob) => {
  queue = queue.then(async () => {
    if ('kind' in msg) {
      folder = null;
      const prior = msg.prior === undefined ? undefined : IdHashSet.fromPairs(msg.prior);
      folder = new ChunkFolder(msg.file, msg.headerText, await loadFold(msg.fold), { mapping: msg.mapping, fileName: msg.fileName, prior });
      return;
    }
    runJob(msg);
  });
});

function runJob(job: ChunkJob): void {
  try {
    if (folder === null) throw new Error('parallel reader: a chunk came before its file was named');
    const result = folder.run(job);
    // the bytes go back to be read into again: dropped here, they would pile up outside the heap until V8 collects (64 MB a worker)
    const spent = job.bytes.buffer as ArrayBuffer;
    port?.postMessage({ ...result, spent }, [result.hashes.buffer as ArrayBuffer, spent]);
  } catch (err) {
    const failure: WorkerFailure = {
      id: job.id,
      error: err instanceof Error ? err.message : String(err),
      input: err instanceof InputError,
    };
    port?.postMessage(failure);
  }
}
