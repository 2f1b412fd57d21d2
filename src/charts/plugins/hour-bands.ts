/**
 * Shades hour windows (the low-traffic and peak windows of the model) behind
 * the hourly bars and names them above the plot, where no bar can cover them.
 */
import type { Chart, Plugin } from 'chart.js';
import { COLORS, FONT_FAMILY } from '../style.js';
import type { HourBandOptions } from './options.js';

export const hourBandsPlugin: Plugin = {
  id: 'hourBands',
  beforeDatasetsDraw(chart: Chart, _args: unknown, raw: unknown): void {
    const opts = raw as Partial<HourBandOptions> | undefined;
    if (!opts?.bands || opts.bands.length === 0) return;
    const x = chart.scales.x;
    if (!x) return;
    const area = chart.chartArea;
    const { ctx } = chart;
    // Category scale: hour h is centred on its pixel; a band covers whole slots.
    const slot = x.getPixelForValue(1) - x.getPixelForValue(0);
    ctx.save();
    ctx.font = `${opts.fontPx ?? 25}px "${FONT_FAMILY}"`;
    ctx.textBaseline = 'bottom';
    ctx.textAlign = 'center';
    for (const band of opts.bands) {
      const left = Math.max(area.left, x.getPixelForValue(band.from) - slot / 2);
      const right = Math.min(area.right, x.getPixelForValue(band.to - 1) + slot / 2);
      ctx.fillStyle = band.color;
      ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
      const half = ctx.measureText(band.label).width / 2;
      const mid = Math.min(Math.max((left + right) / 2, area.left + half), area.right - half);
      ctx.fillStyle = COLORS.text;
      ctx.fillText(band.label, mid, area.top - 8);
    }
    ctx.restore();
  },
};
