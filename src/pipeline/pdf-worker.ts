/**
 * Worker side of the second render thread: loads Chart.js, canvas, pdfkit
 * and fontkit at start (while the main thread reads the exports), then draws
 * charts from the list it shares with the main thread and lays out the PDF
 * when asked.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PdfFonts } from '../config/types.js';
import type { ReportDocument } from '../document/types.js';
import type { ChartSpec } from '../charts/types.js';

export type ThreadJob =
  | { readonly kind: 'charts'; readonly specs: readonly ChartSpec[]; readonly queue: SharedArrayBuffer }
  | { readonly kind: 'pdf'; readonly doc: ReportDocument; readonly fonts: PdfFonts };

/** The figures' PNGs for the PDF job: a message of its own, taken while that job runs, with no answer. */
export interface ImagesNote {
  readonly kind: 'images';
  readonly pngs: ReadonlyMap<string, Uint8Array>;
}

if (parentPort) {
  const port = parentPort;
  const charts = import('../charts/index.js');
  // While the main thread reads, this one opens the PDF's fonts (parsing the
  // tables its PDF reads anyway) and lays out a small throwaway PDF
  // (warm-up.ts), so that the real one meets compiled code: it is the last
  // thing the report waits for. Measured on the demo (16 alternating runs
  // each, a busy host): fonts 1.38 → 1.30 s median; the warm-up then 1.40 →
  // 1.30 and 1.56 → 1.48 s, the real PDF ~300 → ~150 ms in profiles. (Before
  // V8 was tuned for short runs, compiler-flags.ts, the warm-up's CPU
  // slowed the read as much as it sped the PDF, and it was left out.)
  const fonts = workerData as PdfFonts | undefined;
  const pdf = import('../render/pdf/index.js').then(async (m) => {
    await (await import('../render/pdf/warm-up.js')).warmUpPdf(fonts);
    return m;
  });
  // the PNGs of the next PDF's figures, which may arrive before its job starts or while it is laid out
  let images = pending<ReadonlyMap<string, Uint8Array>>();
  const run = async (job: ThreadJob): Promise<unknown> => {
    if (job.kind === 'charts') {
      const { ChartQueue, renderTaken } = await charts;
      const queue = new ChartQueue(job.queue);
      return renderTaken(job.specs, () => queue.take());
    }
    let r: Awaited<ReturnType<(typeof import('../render/pdf/index.js'))['renderPdf']>>;
    try {
      r = await (await pdf).renderPdf(job.doc, job.fonts, images.promise);
    } finally {
      // the next PDF's images are another message
      images = pending();
    }
    return { pdf: r.pdf, warnings: r.warnings };
  };
  port.on('message', (job: ThreadJob | ImagesNote) => {
    if (job.kind === 'images') {
      images.resolve(job.pngs);
      return;
    }
    run(job).then(
      (value) => port.postMessage({ ok: true, value }),
      // the error's name lets the main thread tell bad data (exit 1) from bad usage (exit 2)
      (err: unknown) => port.postMessage({ ok: false, name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) }),
    );
  });
}

/** A promise and its resolve (Promise.withResolvers, which Node 20 lacks). */
function pending<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
