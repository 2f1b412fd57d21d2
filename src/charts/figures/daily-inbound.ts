/** 图：每日呼入量 — one bar per day, workdays and rest days in two colours, with both daily averages. */
import type { ReportModel } from '../../model/types.js';
import { verticalBars } from '../builders.js';
import { COLORS, WIDTH_PX } from '../style.js';
import { captionPeriod } from '../text.js';
import type { ChartSpec } from '../types.js';
import { monthDay, sectionOn } from './common.js';

export const ID = '01-daily-inbound';

/**
 * Which days carry a date under the axis, so labels never collide: every 5th
 * day in a month, the 1st and 16th in a quarter, the 1st (as `M月`) in a year.
 */
function tickLabel(date: string, index: number, days: number): string {
  const day = Number(date.slice(8, 10));
  if (days <= 7) return monthDay(date);
  if (days <= 31) return (day - 1) % 5 === 0 ? monthDay(date) : '';
  if (days <= 100) return day === 1 || day === 16 || index === 0 ? monthDay(date) : '';
  return day === 1 ? `${Number(date.slice(5, 7))}月` : '';
}

export function dailyInbound(model: ReportModel): ChartSpec | null {
  const { calls, period } = model;
  if (!sectionOn(model, 'overview') || calls.inbound === 0 || calls.byDate.length === 0) return null;
  const rows = calls.byDate;
  const lines = [];
  if (calls.workdayAverage !== null && rows.some((r) => r.workday)) {
    lines.push({ label: `工作日日均${calls.workdayAverage}通`, value: calls.workdayAverage, color: COLORS.navy });
  }
  if (calls.restdayAverage !== null && rows.some((r) => !r.workday)) {
    lines.push({ label: `休息日日均${calls.restdayAverage}通`, value: calls.restdayAverage, color: '#B35C00' });
  }
  const { config, heightPx } = verticalBars({
    categories: rows.map((r, i) => tickLabel(r.date, i, rows.length)),
    // A kind of day the period lacks gets no series, so the legend names only what is drawn.
    series: [
      { label: '工作日', data: rows.map((r) => (r.workday ? r.inbound : null)), color: COLORS.blue, valueLabels: [] },
      { label: '休息日', data: rows.map((r) => (r.workday ? null : r.inbound)), color: COLORS.orange, valueLabels: [] },
    ].filter((s) => s.data.some((v) => v !== null)),
    yTitle: '呼入量（通）',
    overlay: true,
    legend: true,
    lines,
  });
  const avg = [
    `共${period.days}天，呼入${calls.inbound}通，日均${calls.dailyAverage}通`,
    calls.workdayAverage !== null ? `工作日${period.workdays}天，日均${calls.workdayAverage}通` : null,
    calls.restdayAverage !== null ? `休息日${period.restdays}天，日均${calls.restdayAverage}通` : null,
  ].filter((s) => s !== null);
  return {
    id: ID,
    caption: `${captionPeriod(model)}每日呼入量分布图`,
    alt: `${period.label}每日呼入量柱状图（工作日与休息日分色，虚线为日均）：${avg.join('；')}。`,
    widthPx: WIDTH_PX,
    heightPx,
    config,
  };
}
