/** 图：日均呼入量对比 — all days / workdays / rest days, this period against the previous one. */
import type { ReportModel } from '../../model/types.js';
import { verticalBars } from '../builders.js';
import { COLORS, WIDTH_PX } from '../style.js';
import { captionPeriod } from '../text.js';
import type { ChartSpec } from '../types.js';
import { sectionOn } from './common.js';

export const ID = '03-daily-averages';
const KINDS = ['全部日均', '工作日日均', '休息日日均'] as const;
const PERIOD_COLORS = [COLORS.navy, COLORS.lightBlue, COLORS.orange] as const;

export function averagesCompared(model: ReportModel): ChartSpec | null {
  const { calls, period } = model;
  const periods = calls.averagesCompared;
  if (!sectionOn(model, 'overview') || calls.inbound === 0 || periods.length === 0) return null;
  const values = periods.map((p) => [p.dailyAverage, p.workdayAverage, p.restdayAverage]);
  // A kind of day no period has (e.g. no rest day in the period) leaves no empty slot.
  const kept = KINDS.map((_, k) => k).filter((k) => values.some((v) => v[k] !== null));
  const series = periods.map((p, i) => {
    const data = kept.map((k) => values[i]?.[k] ?? null);
    return { label: p.label, data, color: PERIOD_COLORS[i % PERIOD_COLORS.length] ?? COLORS.navy, valueLabels: data.map((v) => (v === null ? null : `${v}`)) };
  });
  const { config, heightPx } = verticalBars({ categories: kept.map((k) => KINDS[k] ?? ''), series, yTitle: '日均呼入量（通）', legend: true });
  const describe = periods.map((p) => {
    const parts = [`全部日均${p.dailyAverage}通`];
    if (p.workdayAverage !== null) parts.push(`工作日日均${p.workdayAverage}通`);
    if (p.restdayAverage !== null) parts.push(`休息日日均${p.restdayAverage}通`);
    return `${p.label}${parts.join('、')}`;
  });
  return {
    id: ID,
    caption: `${captionPeriod(model)}日均呼入量对比图`,
    alt: `${period.label}日均呼入量对比柱状图：${describe.join('；')}。`,
    widthPx: WIDTH_PX,
    heightPx,
    config,
  };
}
