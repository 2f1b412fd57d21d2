/**
 * Worker side of the second render thread: loads Chart.js, canvas, pdfkit
 * and fontkit at start (while the main thread reads the exports), then draws
 * its share of the charts and lays out the PDF when asked.
 */
import { parentPort } from 'node:worker_threads';
import type { PdfFonts } from '../config/types.js';
import type { ReportDocument } from '../document/types.js';
import type { ReportModel } from '../model/types.js';

export type ThreadJob =
  | { readonly kind: 'charts'; readonly model: ReportModel; readonly index: number; readonly of: number }
  | { readonly kind: 'pdf'; readonly doc: ReportDocument; readonly fonts: PdfFonts };

if (parentPort) {
  const port = parentPort;
  const pdf = import('../render/pdf/index.js');
  // a throwaway PDF laid out while the main thread reads the data, so that the
  // real one meets compiled code and parsed fonts (src/render/pdf/warm-up.ts)
  const warm = import('../render/pdf/warm-up.js').then((m) => m.warmUpPdf());
  const charts = import('../charts/index.js');
  const run = async (job: ThreadJob): Promise<unknown> => {
    if (job.kind === 'charts') return (await charts).renderChartsPart(job.model, job.index, job.of);
    await warm;
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
