/**
 * Worker side of the second render thread: loads Chart.js, canvas, pdfkit
 * and fontkit at start (while the main thread reads the exports), then draws
 * its share of the charts and lays out the PDF when asked.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PdfFonts } from '../config/types.js';
import type { ReportDocument } from '../document/types.js';
import type { ReportModel } from '../model/types.js';

export type ThreadJob =
  | { readonly kind: 'charts'; readonly model: ReportModel; readonly index: number; readonly of: number }
  | { readonly kind: 'pdf'; readonly doc: ReportDocument; readonly fonts: PdfFonts };

if (parentPort) {
  const port = parentPort;
  // No throwaway PDF to warm up the code first (src/render/pdf/warm-up.ts, as
  // the batch's render workers do): since most text is laid out without
  // fontkit's shaping (plain-layout.ts), the real PDF gained only ~30 ms from
  // it, for ~0.1 s of CPU spent while the main thread reads (whose hot code V8
  // compiles on a background thread). Measured on the demo, 16 alternating
  // runs: the same wall time (1.42 against 1.40 s), the read 631 → 611 ms.
  const charts = import('../charts/index.js');
  // The fonts are opened and their tables parsed while the main thread reads
  // (work the PDF would do anyway, done in this thread's idle time).
  const fonts = workerData as PdfFonts | undefined;
  const pdf = import('../render/pdf/index.js').then(async (m) => {
    if (fonts) (await import('../render/pdf/fonts.js')).prepareFonts(fonts);
    return m;
  });
  const run = async (job: ThreadJob): Promise<unknown> => {
    if (job.kind === 'charts') return (await charts).renderChartsPart(job.model, job.index, job.of);
    const r = await (await pdf).renderPdf(job.doc, job.fonts);
    return { pdf: r.pdf, warnings: r.warnings };
  };
  port.on('message', (job: ThreadJob) => {
    run(job).then(
      (value) => port.postMessage({ ok: true, value }),
      // the error's name lets the main thread tell bad data (exit 1) from bad usage (exit 2)
      (err: unknown) => port.postMessage({ ok: false, name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) }),
    );
  });
}
