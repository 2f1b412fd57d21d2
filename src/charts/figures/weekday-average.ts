/** 图：周平均呼入量 — the average inbound of each weekday, Monday first. */
import type { ReportModel } from '../../model/types.js';
import { verticalBars } from '../builders.js';
import { COLORS, WIDTH_PX } from '../style.js';
import { captionPeriod } from '../text.js';
import type { ChartSpec } from '../types.js';
import { sectionOn } from './common.js';

export const ID = '02-weekday-average';
const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

export function weekdayAverage(model: ReportModel): ChartSpec | null {
  const { calls, period } = model;
  if (!sectionOn(model, 'overview') || calls.inbound === 0) return null;
  const values = WEEKDAYS.map((_, i) => calls.weekdayAverages[i] ?? null);
  const { config, heightPx } = verticalBars({
    categories: [...WEEKDAYS],
    series: [{ label: '日均呼入量', data: values, color: COLORS.blue, valueLabels: values.map((v) => (v === null ? null : `${v}`)) }],
    yTitle: '日均呼入量（通）',
    legend: false,
  });
  const parts = WEEKDAYS.flatMap((d, i) => (values[i] === null ? [] : [`${d}${values[i]}通`]));
  return {
    id: ID,
    caption: `${captionPeriod(model)}周平均呼入量分布图`,
    alt: `${period.label}周一至周日日均呼入量柱状图：${parts.join('，')}。`,
    widthPx: WIDTH_PX,
    heightPx,
    config,
  };
}
