/**
 * The three chart shapes of the report (vertical bars, horizontal bars, pie),
 * so that every figure shares one layout, font and palette.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { RefLine, ValueLabelOptions } from './plugins/options.js';
import { COLORS, FONT_PX, HEIGHT_PX, MAX_HEIGHT_PX, MIN_HEIGHT_PX, SERIES, textOn } from './style.js';
import { textWidthPx, wrapName } from './text.js';

export interface Series {
  readonly label: string;
  readonly data: readonly (number | null)[];
  readonly color: string;
  /** text written at the end of each bar, null for none */
  readonly valueLabels: readonly (string | null)[];
}

const tickFont = { size: FONT_PX.base };

function legend(show: boolean, position: 'top' | 'right' = 'top'): object {
  return {
    display: show,
    position,
    labels: { font: tickFont, boxWidth: 36, boxHeight: 24, padding: 20, color: COLORS.text },
  };
}

function valueLabels(series: readonly Series[], position: ValueLabelOptions['position']): ValueLabelOptions {
  return { labels: series.map((s) => [...s.valueLabels]), position, fontPx: FONT_PX.value };
}

function barDataset(s: Series): ChartDataset<'bar'> {
  return {
    label: s.label,
    data: [...s.data],
    backgroundColor: s.color,
    borderColor: COLORS.white,
    borderWidth: 0,
  };
}

/** A config before the Chart.js typing (which cannot express mixed bar/line data well). */
interface ChartConfigLike {
  readonly type: 'bar' | 'doughnut';
  readonly data: { readonly labels: readonly unknown[]; readonly datasets: readonly object[] };
  readonly options: object;
}

/** Shared options: drawn once, at the canvas's own size, without animation. */
export const BASE_OPTIONS = {
  responsive: false,
  maintainAspectRatio: false,
  animation: false,
  devicePixelRatio: 1,
  events: [] as string[],
};

export interface VerticalBarsInput {
  readonly categories: readonly (string | readonly string[])[];
  readonly series: readonly Series[];
  readonly yTitle: string;
  readonly xTitle?: string;
  /** write the numbers upwards (many narrow bars) */
  readonly rotateLabels?: boolean;
  /**
   * datasets share one slot per category (e.g. workdays and rest days of a
   * daily series); past 100 slots the bars touch, as gaps would outweigh bars
   */
  readonly overlay?: boolean;
  readonly legend?: boolean;
  readonly heightPx?: number;
  /** dashed lines across the bars (e.g. an average), named on the plot */
  readonly lines?: readonly RefLine[];
  /** smaller category names, when many share the axis */
  readonly smallTicks?: boolean;
}

export function verticalBars(input: VerticalBarsInput): { config: ChartConfiguration; heightPx: number } {
  const n = input.categories.length;
  const datasets: ChartDataset<'bar'>[] = input.series.map((s) => ({
    ...barDataset(s),
    ...(input.overlay ? { grouped: false, barPercentage: n > 100 ? 1 : 0.8, categoryPercentage: 1, maxBarThickness: 120 } : { maxBarThickness: 120 }),
  }));
  const config = {
    type: 'bar',
    data: { labels: input.categories.map((c) => (typeof c === 'string' ? c : [...c])), datasets },
    options: {
      ...BASE_OPTIONS,
      layout: { padding: { top: 8, right: 16, left: 8, bottom: 4 } },
      scales: {
        x: {
          grid: { display: false },
          ticks: { font: input.smallTicks ? { size: FONT_PX.small } : tickFont, color: COLORS.axis, autoSkip: false, maxRotation: 0 },
          title: input.xTitle ? { display: true, text: input.xTitle, font: { size: FONT_PX.small }, color: COLORS.axis } : { display: false },
        },
        y: {
          beginAtZero: true,
          grace: input.rotateLabels ? '22%' : '10%',
          grid: { color: COLORS.grid },
          border: { display: false },
          ticks: { font: tickFont, color: COLORS.axis, maxTicksLimit: 7, format: { useGrouping: false } },
          title: { display: true, text: input.yTitle, font: { size: FONT_PX.small }, color: COLORS.axis },
        },
      },
      plugins: {
        legend: legend(input.legend ?? input.series.length > 1),
        valueLabels: valueLabels(input.series, input.rotateLabels ? 'end-rotated' : 'end'),
        refLines: { lines: [...(input.lines ?? [])], fontPx: FONT_PX.small },
      },
    },
  } satisfies ChartConfigLike as unknown as ChartConfiguration;
  return { config, heightPx: input.heightPx ?? HEIGHT_PX };
}

/**
 * Characters per line tried for long names, narrowest first. Never more than
 * 15: Chart.js keeps a y axis within a third of the chart's width (420 px,
 * 15 characters at the base size) and clips longer lines.
 */
const WRAP_STEPS = [9, 12, 15] as const;
/** one line of a category name at the base font size (Chart.js line height 1.2) */
const LINE_PX = Math.ceil(FONT_PX.base * 1.2);

export interface HorizontalBarsInput {
  readonly names: readonly string[];
  readonly series: readonly Series[];
  /** characters per line of a category name */
  readonly wrapAt?: number;
}

/** Long-tailed distributions: one row per name, largest first, the number past the bar's end. */
export function horizontalBars(input: HorizontalBarsInput): { config: ChartConfiguration; heightPx: number } {
  const perSeries = input.series.length;
  const legendPx = perSeries > 1 ? 70 : 0;
  // Chart.js gives every row the same height, so all rows must hold the most
  // lines any name wraps to. Narrow names first; wider ones (fewer lines) when
  // the rows would not fit the tallest figure we allow.
  let names: string[][] = [];
  let heightPx = 0;
  for (const wrapAt of input.wrapAt ? [input.wrapAt] : WRAP_STEPS) {
    names = input.names.map((n) => wrapName(n, wrapAt));
    const lines = Math.max(1, ...names.map((l) => l.length));
    const rowPx = Math.max(lines * LINE_PX + 14, perSeries * 40 + 24);
    heightPx = Math.max(MIN_HEIGHT_PX, names.length * rowPx + legendPx + 40);
    if (heightPx <= MAX_HEIGHT_PX) break;
  }
  // bold digits run a little wider than the regular ones the estimate assumes
  const widest = Math.max(0, ...input.series.flatMap((s) => s.valueLabels.map((t) => (t === null ? 0 : textWidthPx(t, FONT_PX.value * 1.08)))));
  const config = {
    type: 'bar',
    data: { labels: names.map((l) => (l.length === 1 ? l[0] : l)), datasets: input.series.map((s) => ({ ...barDataset(s), maxBarThickness: 56 })) },
    options: {
      ...BASE_OPTIONS,
      indexAxis: 'y',
      // Room right of the longest bar for its number, which is drawn outside the plot.
      layout: { padding: { top: 8, right: widest + 32, left: 8, bottom: 8 } },
      scales: {
        x: { display: false, beginAtZero: true },
        y: {
          grid: { display: false },
          border: { color: COLORS.axis },
          ticks: { font: tickFont, color: COLORS.text, autoSkip: false },
        },
      },
      plugins: { legend: legend(perSeries > 1), valueLabels: valueLabels(input.series, 'end') },
    },
  } satisfies ChartConfigLike as unknown as ChartConfiguration;
  return { config, heightPx };
}

export interface PieInput {
  /** legend lines, e.g. `民事 38968条（62.31%）` */
  readonly legendLabels: readonly string[];
  readonly counts: readonly number[];
  /** text on each slice (null: too small to hold it, the legend tells it) */
  readonly sliceLabels: readonly (string | null)[];
}

/** A ring for a few shares; every slice is named in the legend with its number. */
export function pie(input: PieInput): { config: ChartConfiguration; heightPx: number } {
  const colors = input.counts.map((_, i) => SERIES[i % SERIES.length] ?? COLORS.navy);
  const config = {
    type: 'doughnut',
    data: {
      labels: [...input.legendLabels],
      datasets: [{ data: [...input.counts], backgroundColor: colors, borderColor: COLORS.white, borderWidth: 3 }],
    },
    options: {
      ...BASE_OPTIONS,
      cutout: '38%',
      layout: { padding: { top: 16, right: 24, left: 24, bottom: 16 } },
      plugins: {
        legend: legend(true, 'right'),
        valueLabels: {
          labels: [[...input.sliceLabels]],
          position: 'center',
          colors: [colors.map(textOn)],
          fontPx: FONT_PX.value,
        },
      },
    },
  } satisfies ChartConfigLike as unknown as ChartConfiguration;
  return { config, heightPx: HEIGHT_PX };
}
