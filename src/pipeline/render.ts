import type { HotlineConfig } from '../config/types.js';
import { modelToJson } from '../model/json.js';
import type { ReportModel } from '../model/types.js';
import type { OutputFile } from '../output/atomic.js';
import type { Format } from './options.js';
import type { PdfThread } from './pdf-thread.js';
import type { RenderedChart } from '../charts/types.js';

// The renderers' libraries (canvas, Chart.js, docx, pdfkit) weigh ~60 MB and
// a few hundred ms to load: they are imported only when a format needs them,
// so `--format json` on a national-size file stays lean.

/** Loads every renderer's library and the shipped fonts ahead of use (render workers call this at start). */
export async function preloadRenderers(): Promise<void> {
  await Promise.all([
    import('../charts/index.js'),
    import('../document/build.js'),
    import('../render/docx/index.js'),
    import('../render/pdf/index.js'),
  ]);
}

/** The charts, half of them drawn on the second thread when there is one. */
async function drawCharts(model: ReportModel, thread: PdfThread | null): Promise<RenderedChart[]> {
  const { renderCharts, renderChartsPart } = await import('../charts/index.js');
  if (thread === null) return renderCharts(model);
  // Half each: after the charts this thread builds the document and writes
  // the DOCX (~0.37 s in profiles), the other lays out the PDF (~0.3 s) once
  // the document is built. (With a third there, this thread finished its
  // charts 0.1 s later; with two thirds, it waited 0.15 s for the other's.)
  const theirs = thread.charts(model, 1, 2);
  theirs.catch(() => undefined); // awaited below
  // Its job is posted from a promise callback: let that run before this
  // thread draws its own charts, which holds the thread for ~0.25 s without a
  // break (measured: the other thread started its share 0.28 s late).
  await new Promise<void>((resolve) => setImmediate(resolve));
  const mine = await renderChartsPart(model, 0, 2);
  return [...(await theirs), ...mine].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface Rendered {
  readonly files: readonly OutputFile[];
  readonly warnings: readonly string[];
  /** milliseconds per phase, for --verbose and the benchmark */
  readonly timings: Readonly<Record<string, number>>;
}

/**
 * Every output of one report, as bytes in memory. Nothing is written here,
 * so a failure in any renderer leaves the output folder untouched.
 */
export async function renderReport(
  model: ReportModel,
  formats: ReadonlySet<Format>,
  config: HotlineConfig,
  templatesDir: string | undefined,
  pdfThread: PdfThread | null = null,
): Promise<Rendered> {
  const files: OutputFile[] = [];
  const warnings: string[] = [];
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (phase: string): void => {
    const now = performance.now();
    timings[phase] = (timings[phase] ?? 0) + (now - t);
    t = now;
  };
  if (formats.has('json')) {
    files.push({ path: 'metrics.json', bytes: modelToJson(model) });
    lap('json');
  }
  const needDocument = formats.has('docx') || formats.has('pdf');
  if (!needDocument && !formats.has('png')) return { files, warnings, timings };
  const charts = await drawCharts(model, pdfThread);
  lap('charts');
  if (formats.has('png')) for (const c of charts) files.push({ path: `charts/${c.id}.png`, bytes: c.png });
  if (!needDocument) return { files, warnings, timings };
  const { buildDocument } = await import('../document/build.js');
  const doc = buildDocument(model, charts, { templatesDir });
  lap('document');
  // with a PDF thread, the PDF is laid out there while this thread writes the DOCX
  const pdfOnThread = formats.has('pdf') && pdfThread !== null ? pdfThread.pdf(doc, config.fonts.pdf) : null;
  // a rejected PDF must not go unhandled while the DOCX renders; it is awaited below
  pdfOnThread?.catch(() => undefined);
  if (formats.has('docx')) {
    const { renderDocx } = await import('../render/docx/index.js');
    files.push({ path: 'report.docx', bytes: await renderDocx(doc, config.fonts.docx) });
    lap('docx');
  }
  if (formats.has('pdf')) {
    const pdf = pdfOnThread ? await pdfOnThread : await (await import('../render/pdf/index.js')).renderPdf(doc, config.fonts.pdf);
    files.push({ path: 'report.pdf', bytes: pdf.pdf });
    warnings.push(...pdf.warnings);
    lap('pdf');
  }
  return { files, warnings, timings };
}
