import { renderCharts } from '../charts/index.js';
import type { HotlineConfig } from '../config/types.js';
import { buildDocument } from '../document/build.js';
import { modelToJson } from '../model/json.js';
import type { ReportModel } from '../model/types.js';
import type { OutputFile } from '../output/atomic.js';
import { renderDocx } from '../render/docx/index.js';
import { renderPdf } from '../render/pdf/index.js';
import type { Format } from './options.js';

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
  const charts = await renderCharts(model);
  lap('charts');
  if (formats.has('png')) for (const c of charts) files.push({ path: `charts/${c.id}.png`, bytes: c.png });
  if (!needDocument) return { files, warnings, timings };
  const doc = buildDocument(model, charts, { templatesDir });
  lap('document');
  if (formats.has('docx')) {
    files.push({ path: 'report.docx', bytes: await renderDocx(doc, config.fonts.docx) });
    lap('docx');
  }
  if (formats.has('pdf')) {
    const pdf = await renderPdf(doc, config.fonts.pdf);
    files.push({ path: 'report.pdf', bytes: pdf.pdf });
    warnings.push(...pdf.warnings);
    lap('pdf');
  }
  return { files, warnings, timings };
}
