/**
 * The boxes of a chart's text as Chart.js lays it out: the category axis'
 * labels (Scale.getLabelItems, measured in their font) and the numbers our
 * valueLabels plugin writes (valueLabelBoxes). A chart is readable when no
 * two of them overlap.
 */
import { canvas as canvasLib } from '../../src/libraries/canvas.js';
import { chartJs } from '../../src/libraries/chart.js';
import { setUpCharts } from '../../src/charts/setup.js';
import { valueLabelBoxes, type LabelBox } from '../../src/charts/plugins/value-labels.js';
import type { ChartSpec } from '../../src/charts/types.js';

export type { LabelBox };

export function chartTextBoxes(spec: ChartSpec): { ticks: LabelBox[]; values: LabelBox[]; area: { left: number; right: number; top: number; bottom: number } } {
  setUpCharts();
  const canvas = canvasLib.createCanvas(spec.widthPx, spec.heightPx);
  const chart = new chartJs.Chart(canvas as unknown as HTMLCanvasElement, structuredClone(spec.config));
  try {
    const ctx = chart.ctx;
    const ticks: LabelBox[] = [];
    for (const id of ['x', 'y']) {
      const scale = chart.scales[id];
      if (scale === undefined || scale.type !== 'category') continue;
      for (const item of scale.getLabelItems()) {
        const lines = (Array.isArray(item.label) ? item.label : [item.label]).map(String);
        const font = item.font as { string: string; lineHeight: number };
        ctx.save();
        ctx.font = font.string;
        const w = Math.max(...lines.map((l) => ctx.measureText(l).width));
        ctx.restore();
        const [tx, ty] = item.options.translation as [number, number];
        const h = lines.length * font.lineHeight;
        const align = item.options.textAlign;
        const left = align === 'center' ? tx - w / 2 : align === 'right' ? tx - w : tx;
        const top = id === 'x' ? ty : ty - h / 2;
        ticks.push({ text: lines.join(''), left, right: left + w, top, bottom: top + h });
      }
    }
    return { ticks, values: valueLabelBoxes(chart), area: { ...chart.chartArea } };
  } finally {
    chart.destroy();
  }
}

/** The pairs of boxes that overlap (touching is not overlapping). */
export function overlapping(boxes: readonly LabelBox[]): [LabelBox, LabelBox][] {
  const out: [LabelBox, LabelBox][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push([a, b]);
    }
  }
  return out;
}
