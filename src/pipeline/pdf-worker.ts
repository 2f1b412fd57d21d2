/**
 * Worker side of the second render thread: loads Chart.js, canvas, pdfkit
 * and fontkit at start (while the main thread reads the exports), then draws
 * its share of the charts and lays out the PDF when asked.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PdfFonts } from '../config/types.js';
import type { ReportDocument } from '../document/types.js';
import type { ReportModel } from '../model/types.js';
import { installCodeCache, saveCodeCache } from './code-cache.js';

export type ThreadJob =
  | { readonly kind: 'charts'; readonly model: ReportModel; readonly index: number; readonly of: number }
  | { readonly kind: 'pdf'; readonly doc: ReportDocument; readonly fonts: PdfFonts };

if (parentPort) {
  const port = parentPort;
  // before the libraries load; their cache is saved once the PDF is laid out (this thread's last job)
  installCodeCache();
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
  const run = async (job: ThreadJob): Promise<unknown> => {
    if (job.kind === 'charts') return (await charts).renderChartsPart(job.model, job.index, job.of);
    const r = await (await pdf).renderPdf(job.doc, job.fonts);
    // before answering: the main thread ends this thread once it has the PDF
    saveCodeCache();
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
