/** Shared shapes of the "named counts with shares" figures. */
import type { NamedShare } from '../../model/types.js';
import { horizontalBars, pie } from '../builders.js';
import type { ChartConfiguration } from 'chart.js';
import { COLORS } from '../style.js';
import { countShare, pct } from '../text.js';

/** A slice smaller than this carries no text of its own; the legend names it. */
const SLICE_LABEL_MIN_SHARE = 5;

export function sharesAsBars(rows: readonly NamedShare[], unit: string, label: string): { config: ChartConfiguration; heightPx: number } {
  return horizontalBars({
    names: rows.map((r) => r.name),
    series: [{ label, data: rows.map((r) => r.count), color: COLORS.blue, valueLabels: rows.map((r) => countShare(r.count, unit, r.share)) }],
  });
}

export function sharesAsPie(rows: readonly NamedShare[], unit: string): { config: ChartConfiguration; heightPx: number } {
  return pie({
    legendLabels: rows.map((r) => `${r.name}  ${r.count}${unit}（${pct(r.share)}）`),
    counts: rows.map((r) => r.count),
    sliceLabels: rows.map((r) => (r.share !== null && r.share >= SLICE_LABEL_MIN_SHARE ? pct(r.share) : null)),
  });
}

/** `手机64244通，占99.63%；…` */
export function describeShares(rows: readonly NamedShare[], unit: string): string {
  return rows.map((r) => `${r.name}${r.count}${unit}，占${pct(r.share)}`).join('；');
}
