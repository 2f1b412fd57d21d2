/** Draws chart specs on off-screen canvases and encodes them as PNG. */
import { createCanvas } from '@napi-rs/canvas';
import { Chart } from 'chart.js';
import { setUpCharts } from './setup.js';
import type { ChartSpec, RenderedChart } from './types.js';

/** Print density the figures are sized for (16 cm ≈ 1260 px); written into the PNG's pHYs chunk. */
export const DPI = 200;

/**
 * Chart.js runs without a DOM here (its basic platform) and draws once, at
 * the canvas size, when the chart is constructed (no animation, not
 * responsive). Drawing is synchronous; PNG encoding, most of the time, runs
 * off the main thread, so all charts are drawn first and encoded together.
 * A chart is destroyed only after its encoding, since destroying clears it.
 */
export async function renderSpecs(specs: readonly ChartSpec[]): Promise<RenderedChart[]> {
  setUpCharts();
  const drawn = specs.map((spec) => {
    const canvas = createCanvas(spec.widthPx, spec.heightPx);
    // Chart.js types its item as a DOM canvas; the napi canvas offers the same 2D API.
    // The config is cloned because Chart.js writes into the objects it is given.
    const chart = new Chart(canvas as unknown as HTMLCanvasElement, structuredClone(spec.config));
    return { spec, canvas, chart };
  });
  try {
    return await Promise.all(
      drawn.map(async ({ spec, canvas }) => {
        // Fixed metadata only (no time stamp), so the bytes are the same on every run.
        const png = await canvas.encode('png', { resolution: DPI, title: spec.caption, description: spec.alt });
        return {
          id: spec.id,
          caption: spec.caption,
          alt: spec.alt,
          png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength),
          widthPx: spec.widthPx,
          heightPx: spec.heightPx,
        };
      }),
    );
  } finally {
    for (const d of drawn) d.chart.destroy();
  }
}
