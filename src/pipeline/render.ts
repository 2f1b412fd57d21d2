import type { HotlineConfig } from '../config/types.js';
import { modelToJson } from '../model/json.js';
import type { ReportModel } from '../model/types.js';
import type { OutputFile } from '../output/atomic.js';
import type { Format } from './options.js';
import type { PdfResult, PdfThread } from './pdf-thread.js';
import type { ReportDocument } from '../document/types.js';
import type { BuildOptions } from '../document/build.js';
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

/** The drawn charts' PNGs by chart id, as the renderers take them (FigureImages). */
function imagesOf(charts: readonly RenderedChart[]): Map<string, Uint8Array> {
  return new Map(charts.map((c) => [c.id, c.png]));
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
  document: BuildOptions,
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
  const { chartSpecs, renderTaken, ChartQueue } = await import('../charts/index.js');
  const specs = chartSpecs(model);
  // With a second thread: both draw from one list of charts, each taking the
  // next one when it is free; then that thread lays out the PDF, which needs
  // the document but not yet the pictures (they are written last), while
  // this one writes the DOCX. The other thread starts at once; this one
  // first builds the document (the specs give the figures' sizes).
  // (without a second thread, this one takes them all)
  const queue = new ChartQueue();
  const theirs = pdfThread === null ? Promise.resolve([]) : pdfThread.charts(specs, queue);
  theirs.catch(() => undefined); // awaited below
  let doc: ReportDocument | null = null;
  let pdfOnThread: Promise<PdfResult> | null = null;
  if (needDocument) {
    const { buildDocument } = await import('../document/build.js');
    doc = buildDocument(model, specs, document);
    lap('document');
    if (formats.has('pdf') && pdfThread !== null) {
      pdfOnThread = pdfThread.pdf(doc, config.fonts.pdf);
      // a rejected PDF must not go unhandled while this thread works; it is awaited below
      pdfOnThread.catch(() => undefined);
    }
  }
  const mine = await renderTaken(specs, () => queue.take());
  const charts = [...(await theirs), ...mine].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const images = imagesOf(charts);
  if (pdfOnThread !== null) pdfThread?.images(images);
  lap('charts');
  if (formats.has('png')) for (const c of charts) files.push({ path: `charts/${c.id}.png`, bytes: c.png });
  if (doc === null) return { files, warnings, timings };
  if (formats.has('docx')) {
    const { renderDocx } = await import('../render/docx/index.js');
    files.push({ path: 'report.docx', bytes: await renderDocx(doc, config.fonts.docx, images) });
    lap('docx');
  }
  if (formats.has('pdf')) {
    const pdf = pdfOnThread ? await pdfOnThread : await (await import('../render/pdf/index.js')).renderPdf(doc, config.fonts.pdf, images);
    files.push({ path: 'report.pdf', bytes: pdf.pdf });
    warnings.push(...pdf.warnings);
    lap('pdf');
  }
  return { files, warnings, timings };
}
