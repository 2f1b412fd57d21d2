/**
 * Writes the numbers on bars and slices. A small plugin of our own instead of
 * chartjs-plugin-datalabels: that package only ships a CommonJS build for
 * Node, which loads a second copy of Chart.js whose element classes do not
 * match ours, so its labels land in the wrong place.
 */
import type { Chart, Plugin } from 'chart.js';
import { COLORS, FONT_FAMILY } from '../style.js';
import type { ValueLabelOptions } from './options.js';

const GAP_PX = 8;

export const valueLabelsPlugin: Plugin = {
  id: 'valueLabels',
  afterDatasetsDraw(chart: Chart, _args: unknown, raw: unknown): void {
    const opts = raw as Partial<ValueLabelOptions> | undefined;
    if (!opts?.labels) return;
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.font = `bold ${opts.fontPx ?? 26}px "${FONT_FAMILY}"`;
    opts.labels.forEach((texts, di) => {
      const meta = chart.getDatasetMeta(di);
      if (meta.hidden) return;
      texts.forEach((text, i) => {
        const el = meta.data[i];
        if (text === null || text === undefined || !el) return;
        ctx.fillStyle = opts.colors?.[di]?.[i] ?? COLORS.text;
        if (opts.position === 'center') {
          const p = el.tooltipPosition(true);
          ctx.textAlign = 'center';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, p.x ?? 0, p.y ?? 0);
          return;
        }
        const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
        if (horizontal) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, x + GAP_PX, y);
        } else if (opts.position === 'end-rotated') {
          ctx.save();
          ctx.translate(x, y - GAP_PX);
          ctx.rotate(-Math.PI / 2);
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, 0, 0);
          ctx.restore();
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, x, y - GAP_PX / 2);
        }
      });
    });
    ctx.restore();
  },
};
