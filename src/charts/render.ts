/** Draws a chart spec on an off-screen canvas and encodes it as PNG. */
import { createCanvas } from '@napi-rs/canvas';
import { Chart } from 'chart.js';
import { setUpCharts } from './setup.js';
import type { ChartSpec, RenderedChart } from './types.js';

/**
 * Chart.js runs without a DOM here (its basic platform), drawing once, at the
 * canvas size, when the chart is constructed (no animation, not responsive).
 */
export function renderChart(spec: ChartSpec): RenderedChart {
  setUpCharts();
  const canvas = createCanvas(spec.widthPx, spec.heightPx);
  // Chart.js types its item as a DOM canvas; the napi canvas offers the same 2D API.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, structuredClone(spec.config));
  try {
    const png = canvas.toBuffer('image/png');
    return { id: spec.id, caption: spec.caption, alt: spec.alt, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), widthPx: spec.widthPx, heightPx: spec.heightPx };
  } finally {
    chart.destroy();
  }
}
