/** 图：回访结果 — callback results by count (the model gives no shares for them). */
import type { ReportModel } from '../../model/types.js';
import { horizontalBars } from '../builders.js';
import { COLORS, WIDTH_PX } from '../style.js';
import { captionPeriod } from '../text.js';
import type { ChartSpec } from '../types.js';
import { hasAny, sectionOn } from './common.js';

export const ID = '13-callbacks';

export function callbacks(model: ReportModel): ChartSpec | null {
  const c = model.callbacks;
  if (!sectionOn(model, 'satisfaction') || !hasAny(c.results.map((r) => r.count))) return null;
  const { config, heightPx } = horizontalBars({
    names: c.results.map((r) => r.name),
    series: [{ label: '回访量', data: c.results.map((r) => r.count), color: COLORS.blue, valueLabels: c.results.map((r) => `${r.count}通`) }],
  });
  return {
    id: ID,
    caption: `${captionPeriod(model)}回访结果分布图`,
    alt: `${model.period.label}回访结果条形图，共回访${c.calledBack}通：${c.results.map((r) => `${r.name}${r.count}通`).join('；')}。`,
    widthPx: WIDTH_PX,
    heightPx,
    config,
  };
}
