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

/** Where a value label is drawn: its box on the canvas, in px. */
export interface LabelBox {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * The boxes of the labels the plugin draws on a chart (the same geometry as
 * afterDatasetsDraw, text measured in its font): for tests that check that
 * no two labels overlap.
 */
export function valueLabelBoxes(chart: Chart): LabelBox[] {
  const opts = (chart.options.plugins as Record<string, unknown> | undefined)?.valueLabels as Partial<ValueLabelOptions> | undefined;
  if (!opts?.labels) return [];
  const { ctx } = chart;
  const fontPx = opts.fontPx ?? 26;
  const horizontal = chart.options.indexAxis === 'y';
  const boxes: LabelBox[] = [];
  ctx.save();
  ctx.font = `bold ${fontPx}px "${FONT_FAMILY}"`;
  opts.labels.forEach((texts, di) => {
    const meta = chart.getDatasetMeta(di);
    if (meta.hidden) return;
    texts.forEach((text, i) => {
      const el = meta.data[i];
      if (text === null || text === undefined || !el) return;
      const w = ctx.measureText(text).width;
      if (opts.position === 'center') {
        const p = el.tooltipPosition(true);
        const x = p.x ?? 0;
        const y = p.y ?? 0;
        boxes.push({ text, left: x - w / 2, right: x + w / 2, top: y - fontPx / 2, bottom: y + fontPx / 2 });
        return;
      }
      const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
      if (horizontal) boxes.push({ text, left: x + GAP_PX, right: x + GAP_PX + w, top: y - fontPx / 2, bottom: y + fontPx / 2 });
      else if (opts.position === 'end-rotated') boxes.push({ text, left: x - fontPx / 2, right: x + fontPx / 2, top: y - GAP_PX - w, bottom: y - GAP_PX });
      else boxes.push({ text, left: x - w / 2, right: x + w / 2, top: y - GAP_PX / 2 - fontPx, bottom: y - GAP_PX / 2 });
    });
  });
  ctx.restore();
  return boxes;
}
