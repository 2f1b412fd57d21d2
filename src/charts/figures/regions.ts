/** 图：各市州话务分布 — answered calls per region, this period against the previous one. */
import type { ReportModel } from '../../model/types.js';
import { verticalBars, type Series } from '../builders.js';
import { COLORS, WIDTH_PX } from '../style.js';
import { captionPeriod, pct } from '../text.js';
import type { ChartSpec } from '../types.js';
import { sectionOn } from './common.js';

export const ID = '05-regions';

export function regions(model: ReportModel): ChartSpec | null {
  const rows = model.regions.rows;
  if (!sectionOn(model, 'regions') || !rows.some((r) => r.current > 0)) return null;
  const current = rows.map((r) => r.current);
  const series: Series[] = [{ label: model.period.label, data: current, color: COLORS.navy, valueLabels: current.map(String) }];
  const hasPrevious = rows.some((r) => r.previous !== null);
  if (hasPrevious) {
    const previous = rows.map((r) => r.previous);
    series.push({
      label: model.previousPeriod?.label ?? '上期',
      data: previous,
      color: COLORS.lightBlue,
      valueLabels: previous.map((v) => (v === null ? null : String(v))),
    });
  }
  const { config, heightPx } = verticalBars({
    categories: rows.map((r) => r.name),
    series,
    yTitle: '接听量（通）',
    rotateLabels: true,
    smallTicks: rows.length > 8,
    legend: true,
  });
  const parts = rows.map((r) => {
    const prev = r.previous === null ? '' : `（上期${r.previous}通，环比${pct(r.change)}）`;
    return `${r.name}${r.current}通${prev}`;
  });
  return {
    id: ID,
    caption: `${captionPeriod(model)}各市州话务分布图`,
    alt: `${model.period.label}各市州有效接听量${hasPrevious ? '与上期对比' : ''}柱状图：${parts.join('；')}。`,
    widthPx: WIDTH_PX,
    heightPx,
    config,
  };
}
