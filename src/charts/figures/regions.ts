/** 图：各市州话务分布 — answered calls per region, this period against the previous one. */
import type { ReportModel } from '../../model/types.js';
import { horizontalBars, verticalBars, type Series } from '../builders.js';
import { COLORS, FONT_PX, HEIGHT_PX, WIDTH_PX } from '../style.js';
import { captionPeriod, pct, textWidthPx } from '../text.js';
import type { ChartSpec } from '../types.js';
import { sectionOn } from './common.js';
import { regionTermsOf } from '../../document/region-terms.js';

export const ID = '05-regions';

/**
 * The plot's width before Chart.js lays it out: the figure less the y axis
 * (numbers of up to 6 digits and its title) and the padding. Chart.js gave
 * 1,110-1,130 px on the demo and on 23 and 40 regions; the estimate stays
 * below, so a layout judged to fit does.
 */
const PLOT_PX = WIDTH_PX - 150;
/** between two category names on the axis */
const NAME_GAP_PX = 8;
/** a number written upwards is as wide as its font is high; a hair between two */
const ROTATED_PX = FONT_PX.value + 2;
/** Chart.js's categoryPercentage: the bars of a category take 0.8 of its slot */
const BARS_SHARE = 0.8;

/**
 * How the regions share the axis (tests/charts/regions.test.ts checks the
 * label boxes of the result):
 * - names side by side when they fit (Guizhou's 9 regions and 其他省市: the
 *   seed's look);
 * - else each name written top to bottom, one character a line, as Chinese
 *   can be (23 regions of 四川省, 40 of 重庆市), the figure taller by the
 *   longest name;
 * - numbers on both series when two fit side by side in a slot, else on this
 *   period's bars only (the table gives the previous ones), else none;
 * - past what upright characters allow (~40 rows), horizontal bars, one row
 *   per region in order, this period only.
 */
export function regions(model: ReportModel): ChartSpec | null {
  const rows = model.regions.rows;
  if (!sectionOn(model, 'regions') || !rows.some((r) => r.current > 0)) return null;
  const n = rows.length;
  const smallTicks = n > 8;
  const tickPx = smallTicks ? FONT_PX.small : FONT_PX.base;
  const slotPx = PLOT_PX / n;
  const sideBySide = rows.every((r) => textWidthPx(r.name, tickPx) + NAME_GAP_PX <= slotPx);
  const upright = !sideBySide && tickPx + 2 <= slotPx;
  const current = rows.map((r) => r.current);
  const hasPrevious = rows.some((r) => r.previous !== null);
  const seriesCount = hasPrevious ? 2 : 1;
  const numbersOnAll = (slotPx * BARS_SHARE) / seriesCount >= ROTATED_PX;
  const numbersOnCurrent = numbersOnAll || slotPx >= ROTATED_PX;
  const series: Series[] = [
    { label: model.period.label, data: current, color: COLORS.navy, valueLabels: current.map((v) => (numbersOnCurrent ? String(v) : null)) },
  ];
  if (hasPrevious && (sideBySide || upright)) {
    const previous = rows.map((r) => r.previous);
    series.push({
      label: model.previousPeriod?.label ?? '上期',
      data: previous,
      color: COLORS.lightBlue,
      valueLabels: previous.map((v) => (v === null || !numbersOnAll ? null : String(v))),
    });
  }
  const lineHeightPx = Math.ceil(tickPx * 1.2);
  const longest = Math.max(...rows.map((r) => Array.from(r.name).length));
  const { config, heightPx } =
    sideBySide || upright
      ? verticalBars({
          categories: rows.map((r) => (sideBySide ? r.name : Array.from(r.name))),
          series,
          yTitle: '接听量（通）',
          rotateLabels: true,
          smallTicks,
          legend: true,
          ...(upright ? { heightPx: HEIGHT_PX + (longest - 1) * lineHeightPx } : {}),
        })
      : horizontalBars({ names: rows.map((r) => r.name), series: [{ ...series[0]!, valueLabels: current.map(String) }] });
  const term = regionTermsOf(model).regions;
  const parts = rows.map((r) => {
    const prev = r.previous === null ? '' : `（上期${r.previous}通，环比${pct(r.change)}）`;
    return `${r.name}${r.current}通${prev}`;
  });
  return {
    id: ID,
    caption: `${captionPeriod(model)}各${term}话务分布图`,
    alt: `${model.period.label}各${term}有效接听量${hasPrevious ? '与上期对比' : ''}柱状图：${parts.join('；')}。`,
    widthPx: WIDTH_PX,
    heightPx,
    config,
  };
}
