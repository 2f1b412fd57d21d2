/** Draws chart specs on off-screen canvases and encodes them as PNG. */
import { canvas as canvasLib } from '../libraries/canvas.js';
import { chartJs } from '../libraries/chart.js';
import { encodeRgbPng } from './png.js';
import { setUpCharts } from './setup.js';
import type { ChartSpec, RenderedChart } from './types.js';

const { createCanvas } = canvasLib;
const { Chart } = chartJs;

/** Print density the figures are sized for (16 cm ≈ 1260 px); written into the PNG's pHYs chunk. */
export const DPI = 200;

/**
 * Chart.js runs without a DOM here (its basic platform) and draws once, at
 * the canvas size, when the chart is constructed (no animation, not
 * responsive). Drawing is synchronous; each chart's pixels are read as soon
 * as it is drawn and deflated on the thread pool (png.ts) while the next one
 * is drawn. A chart is destroyed once its pixels are read, since destroying
 * clears the canvas.
 */
export async function renderSpecs(specs: readonly ChartSpec[]): Promise<RenderedChart[]> {
  setUpCharts();
  const drawn = specs.map((spec) => ({ spec, png: drawOne(spec) }));
  const pngs = await Promise.all(drawn.map((d) => d.png));
  return drawn.map(({ spec }, k) => ({
    id: spec.id,
    caption: spec.caption,
    alt: spec.alt,
    png: pngs[k] as Uint8Array,
    widthPx: spec.widthPx,
    heightPx: spec.heightPx,
  }));
}

/** One chart drawn; its PNG deflated on the thread pool. */
function drawOne(spec: ChartSpec): Promise<Uint8Array> {
  const canvas = createCanvas(spec.widthPx, spec.heightPx);
  // Chart.js types its item as a DOM canvas; the napi canvas offers the same 2D API.
  // The config is cloned because Chart.js writes into the objects it is given.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, structuredClone(spec.config));
  try {
    // the pixels are copied into PNG rows before this returns, so the chart can go
    // Fixed metadata only (no time stamp), so the bytes are the same on every run.
    return encodeRgbPng(canvas.data(), spec.widthPx, spec.heightPx, { dpi: DPI, title: spec.caption, description: spec.alt });
  } finally {
    chart.destroy();
  }
}
