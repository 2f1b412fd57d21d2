import type { HotlineConfig } from '../config/types.js';
import { modelToJson } from '../model/json.js';
import type { ReportModel } from '../model/types.js';
import type { OutputFile } from '../output/atomic.js';
import type { Format } from './options.js';
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
  const { chartSpecs, renderSpecs } = await import('../charts/index.js');
  const specs = chartSpecs(model);
  const charts = await renderSpecs(specs);
  const images = imagesOf(charts);
  lap('charts');
  if (formats.has('png')) for (const c of charts) files.push({ path: `charts/${c.id}.png`, bytes: c.png });
  if (!needDocument) return { files, warnings, timings };
  const { buildDocument } = await import('../document/build.js');
  const doc = buildDocument(model, specs, document);
  lap('document');
  if (formats.has('docx')) {
    const { renderDocx } = await import('../render/docx/index.js');
    files.push({ path: 'report.docx', bytes: await renderDocx(doc, config.fonts.docx, images) });
    lap('docx');
  }
  if (formats.has('pdf')) {
    const { renderPdf } = await import('../render/pdf/index.js');
    const pdf = await renderPdf(doc, config.fonts.pdf, images);
    files.push({ path: 'report.pdf', bytes: pdf.pdf });
    warnings.push(...pdf.warnings);
    lap('pdf');
  }
  return { files, warnings, timings };
}
