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

/** Where a value label is drawn: its box on the canvas, in px. */
export interface LabelBox {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** One label as drawn: its anchor and alignment (written upwards when `rotated`), and its box. */
interface Placed {
  readonly text: string;
  readonly color: string;
  readonly x: number;
  readonly y: number;
  readonly align: CanvasTextAlign;
  readonly baseline: CanvasTextBaseline;
  readonly rotated: boolean;
  readonly box: LabelBox;
}

function optionsOf(chart: Chart): Partial<ValueLabelOptions> | undefined {
  return (chart.options.plugins as Record<string, unknown> | undefined)?.valueLabels as Partial<ValueLabelOptions> | undefined;
}

/**
 * The labels of a chart where they are drawn, text measured in their font
 * (set on the chart's context by the caller): the one geometry that both
 * draws them and gives their boxes to the tests that check no two overlap.
 */
function place(chart: Chart, opts: Partial<ValueLabelOptions>): Placed[] {
  const { ctx } = chart;
  const fontPx = opts.fontPx ?? 26;
  const horizontal = chart.options.indexAxis === 'y';
  const out: Placed[] = [];
  (opts.labels ?? []).forEach((texts, di) => {
    const meta = chart.getDatasetMeta(di);
    if (meta.hidden) return;
    texts.forEach((text, i) => {
      const el = meta.data[i];
      if (text === null || text === undefined || !el) return;
      const color = opts.colors?.[di]?.[i] ?? COLORS.text;
      const w = ctx.measureText(text).width;
      const at = (x: number, y: number, align: CanvasTextAlign, baseline: CanvasTextBaseline, rotated: boolean, box: Omit<LabelBox, 'text'>): void => {
        out.push({ text, color, x, y, align, baseline, rotated, box: { text, ...box } });
      };
      if (opts.position === 'center') {
        const p = el.tooltipPosition(true);
        const x = p.x ?? 0;
        const y = p.y ?? 0;
        at(x, y, 'center', 'middle', false, { left: x - w / 2, right: x + w / 2, top: y - fontPx / 2, bottom: y + fontPx / 2 });
        return;
      }
      const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
      if (horizontal) at(x + GAP_PX, y, 'left', 'middle', false, { left: x + GAP_PX, right: x + GAP_PX + w, top: y - fontPx / 2, bottom: y + fontPx / 2 });
      else if (opts.position === 'end-rotated') at(x, y - GAP_PX, 'left', 'middle', true, { left: x - fontPx / 2, right: x + fontPx / 2, top: y - GAP_PX - w, bottom: y - GAP_PX });
      else at(x, y - GAP_PX / 2, 'center', 'bottom', false, { left: x - w / 2, right: x + w / 2, top: y - GAP_PX / 2 - fontPx, bottom: y - GAP_PX / 2 });
    });
  });
  return out;
}

export const valueLabelsPlugin: Plugin = {
  id: 'valueLabels',
  afterDatasetsDraw(chart: Chart, _args: unknown, raw: unknown): void {
    const opts = raw as Partial<ValueLabelOptions> | undefined;
    if (!opts?.labels) return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = `bold ${opts.fontPx ?? 26}px "${FONT_FAMILY}"`;
    for (const l of place(chart, opts)) {
      ctx.fillStyle = l.color;
      ctx.textAlign = l.align;
      ctx.textBaseline = l.baseline;
      if (!l.rotated) {
        ctx.fillText(l.text, l.x, l.y);
        continue;
      }
      ctx.save();
      ctx.translate(l.x, l.y);
      ctx.rotate(-Math.PI / 2);
      ctx.fillText(l.text, 0, 0);
      ctx.restore();
    }
    ctx.restore();
  },
};

/** The boxes of the labels the plugin draws on a chart (place), for tests that check that no two overlap. */
export function valueLabelBoxes(chart: Chart): LabelBox[] {
  const opts = optionsOf(chart);
  if (!opts?.labels) return [];
  const { ctx } = chart;
  ctx.save();
  ctx.font = `bold ${opts.fontPx ?? 26}px "${FONT_FAMILY}"`;
  const boxes = place(chart, opts).map((l) => l.box);
  ctx.restore();
  return boxes;
}
