/** Paints the canvas white first: a PNG for print has no transparent pixels. */
import type { Chart, Plugin } from 'chart.js';
import { COLORS } from '../style.js';

export const whiteBackgroundPlugin: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart: Chart): void {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = COLORS.white;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};
