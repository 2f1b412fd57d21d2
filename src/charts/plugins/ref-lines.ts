/**
 * Dashed horizontal reference lines (e.g. the workday and rest-day averages)
 * over the bars, each named on the plot on a white box so it stays readable
 * over bars. The first name sits at the right end, the second at the left, so
 * two close values never print their names on top of each other.
 */
import type { Chart, Plugin } from 'chart.js';
import { COLORS, FONT_FAMILY } from '../style.js';
import type { RefLineOptions } from './options.js';

export const refLinesPlugin: Plugin = {
  id: 'refLines',
  afterDatasetsDraw(chart: Chart, _args: unknown, raw: unknown): void {
    const opts = raw as Partial<RefLineOptions> | undefined;
    const y = chart.scales.y;
    if (!opts?.lines || opts.lines.length === 0 || !y) return;
    const area = chart.chartArea;
    const { ctx } = chart;
    const fontPx = opts.fontPx ?? 25;
    ctx.save();
    ctx.font = `bold ${fontPx}px "${FONT_FAMILY}"`;
    opts.lines.forEach((line, i) => {
      const py = y.getPixelForValue(line.value);
      ctx.strokeStyle = line.color;
      ctx.lineWidth = 4;
      ctx.setLineDash([14, 8]);
      ctx.beginPath();
      ctx.moveTo(area.left, py);
      ctx.lineTo(area.right, py);
      ctx.stroke();
      ctx.setLineDash([]);
      const w = ctx.measureText(line.label).width;
      const pad = 6;
      const x = i % 2 === 0 ? area.right - w - 2 * pad - 4 : area.left + 4;
      const top = py - fontPx - 2 * pad - 4;
      ctx.fillStyle = COLORS.white;
      ctx.strokeStyle = line.color;
      ctx.lineWidth = 2;
      ctx.fillRect(x, top, w + 2 * pad, fontPx + 2 * pad);
      ctx.strokeRect(x, top, w + 2 * pad, fontPx + 2 * pad);
      ctx.fillStyle = COLORS.text;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(line.label, x + pad, top + pad + fontPx / 2 + 1);
    });
    ctx.restore();
  },
};
