/** 图：时段呼入量 — inbound per hour of day, with the low-traffic and peak windows shaded and named. */
import type { ChartConfiguration } from 'chart.js';
import type { ReportModel } from '../../model/types.js';
import { verticalBars } from '../builders.js';
import type { HourBand } from '../plugins/options.js';
import { COLORS, FONT_PX, WIDTH_PX } from '../style.js';
import { captionPeriod } from '../text.js';
import type { ChartSpec } from '../types.js';
import { hourRange, sectionOn } from './common.js';

export const ID = '04-hourly-inbound';

export function hourlyInbound(model: ReportModel): ChartSpec | null {
  const { calls, period } = model;
  if (!sectionOn(model, 'overview') || calls.inbound === 0) return null;
  const hours = Array.from({ length: 24 }, (_, h) => calls.byHour[h] ?? 0);
  const bands: HourBand[] = [];
  if (calls.lowWindow) {
    bands.push({ ...calls.lowWindow, label: `低谷时段 ${hourRange(calls.lowWindow.from, calls.lowWindow.to)}`, color: COLORS.lowBand });
  }
  if (calls.peakWindow) {
    bands.push({ ...calls.peakWindow, label: `高峰时段 ${hourRange(calls.peakWindow.from, calls.peakWindow.to)}`, color: COLORS.peakBand });
  }
  // 24 bars are too narrow for their numbers; the axis grid carries the values.
  const built = verticalBars({
    categories: hours.map((_, h) => String(h)),
    series: [{ label: '呼入量', data: hours, color: COLORS.blue, valueLabels: [] }],
    yTitle: '呼入量（通）',
    xTitle: '时段（时）',
    legend: false,
  });
  const options = built.config.options ?? {};
  const config = {
    ...built.config,
    options: {
      ...options,
      // Room above the plot for the band names.
      layout: { padding: { top: bands.length > 0 ? 48 : 8, right: 16, left: 8, bottom: 4 } },
      plugins: { ...options.plugins, valueLabels: false, hourBands: { bands, fontPx: FONT_PX.small } },
    },
  } as ChartConfiguration;
  const windows = [
    calls.peakWindow ? `高峰时段${hourRange(calls.peakWindow.from, calls.peakWindow.to)}` : null,
    calls.lowWindow ? `低谷时段${hourRange(calls.lowWindow.from, calls.lowWindow.to)}` : null,
  ].filter((s) => s !== null);
  return {
    id: ID,
    caption: `${captionPeriod(model)}时段呼入量分布图`,
    alt: `${period.label}0时至23时各时段呼入量柱状图，共呼入${calls.inbound}通${windows.length > 0 ? `；${windows.join('，')}（图中阴影）` : ''}。`,
    widthPx: WIDTH_PX,
    heightPx: built.heightPx,
    config,
  };
}
