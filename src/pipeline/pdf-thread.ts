import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChartSpec, RenderedChart } from '../charts/types.js';
import type { ChartQueue } from '../charts/queue.js';
import type { PdfFonts } from '../config/types.js';
import type { ReportDocument } from '../document/types.js';
import type { ImagesNote, ThreadJob } from './pdf-worker.js';
import { InputError } from '../read/errors.js';
import { UsageError } from '../cli/errors.js';

const WORKER = new URL('./pdf-worker.js', import.meta.url);

/** An error from the other thread, as the class the CLI maps to its exit status. */
function rebuildError(name: string, message: string): Error {
  if (name === 'InputError') return new InputError(message);
  if (name === 'UsageError') return new UsageError(message);
  return new Error(message);
}

export interface PdfResult {
  readonly pdf: Uint8Array;
  readonly warnings: string[];
}

/**
 * A second thread for one report on a machine with two cores or more: it
 * loads its libraries, opens the PDF's fonts and warms its PDF code while
 * this thread reads the data, draws charts from the list it shares with this
 * thread, then lays out the PDF while this thread writes the DOCX. Null where
 * it cannot help (one core) or cannot run (TypeScript sources, no compiled
 * worker): the caller does all of it itself. Jobs run one at a time, in the
 * order sent.
 */
export class PdfThread {
  private readonly worker: Worker;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(fonts: PdfFonts) {
    this.worker = new Worker(WORKER, { workerData: fonts });
  }

  /** `fonts`: the PDF's fonts, which the thread opens while it waits for its first job */
  static start(fonts: PdfFonts): PdfThread | null {
    if (availableParallelism() < 2 || !existsSync(fileURLToPath(WORKER))) return null;
    return new PdfThread(fonts);
  }

  /** Charts of `specs` taken from the queue this thread shares with the caller, until it is empty. */
  charts(specs: readonly ChartSpec[], queue: ChartQueue): Promise<RenderedChart[]> {
    return this.send<RenderedChart[]>({ kind: 'charts', specs, queue: queue.shared });
  }

  /** The PDF of the document: laid out at once, its figures written once `images` has given their PNGs. */
  pdf(doc: ReportDocument, fonts: PdfFonts): Promise<PdfResult> {
    return this.send<PdfResult>({ kind: 'pdf', doc, fonts });
  }

  /** The figures' PNGs for the PDF being laid out (not a job: it reaches the thread while the PDF job runs). */
  images(pngs: ReadonlyMap<string, Uint8Array>): void {
    const note: ImagesNote = { kind: 'images', pngs };
    this.worker.postMessage(note);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private send<T>(job: ThreadJob): Promise<T> {
    const result = this.queue.then(
      () =>
        new Promise<T>((resolve, reject) => {
          const onError = (err: Error): void => reject(err);
          this.worker.once('error', onError);
          this.worker.once('message', (msg: { ok: true; value: T } | { ok: false; name: string; message: string }) => {
            this.worker.off('error', onError);
            if (msg.ok) resolve(msg.value);
            else reject(rebuildError(msg.name, msg.message));
          });
          this.worker.postMessage(job);
        }),
    );
    // a failed job does not stop the next one from being sent
    this.queue = result.catch(() => undefined);
    return result;
  }
}
