/**
 * The report's figures. `chartSpecs` is pure (model → Chart.js configs with
 * caption and alt text); `renderCharts` draws them. Ids are fixed per figure
 * (`05-regions` is always the region chart), so a figure missing for lack of
 * data leaves a gap in the numbering of files, never a different meaning.
 */
import type { ReportModel } from '../model/types.js';
import { averagesCompared } from './figures/averages-compared.js';
import { callbacks } from './figures/callbacks.js';
import { callerTypes } from './figures/caller-types.js';
import { categories } from './figures/categories.js';
import { channels } from './figures/channels.js';
import { civilSubcategories, GROUPS } from './figures/civil-subcategories.js';
import { dailyInbound } from './figures/daily-inbound.js';
import { hourlyInbound } from './figures/hourly-inbound.js';
import { qaRechecks } from './figures/qa-rechecks.js';
import { regions } from './figures/regions.js';
import { satisfaction } from './figures/satisfaction.js';
import { weekdayAverage } from './figures/weekday-average.js';
import { renderSpecs } from './render.js';
import type { ChartSpec, RenderedChart } from './types.js';

export type { ChartSpec, RenderedChart } from './types.js';

const FIGURES: readonly ((model: ReportModel) => ChartSpec | null)[] = [
  dailyInbound,
  weekdayAverage,
  averagesCompared,
  hourlyInbound,
  regions,
  channels,
  categories,
  callerTypes,
  ...GROUPS.map((g) => (model: ReportModel) => civilSubcategories(model, g.name, g.id)),
  satisfaction,
  callbacks,
  qaRechecks,
];

/** Every chart the model has data for, in report order. */
export function chartSpecs(model: ReportModel): ChartSpec[] {
  return FIGURES.map((f) => f(model)).filter((s): s is ChartSpec => s !== null);
}

/** The charts as PNGs, in report order. */
export async function renderCharts(model: ReportModel): Promise<RenderedChart[]> {
  return renderSpecs(chartSpecs(model));
}

export { renderSpecs } from './render.js';
