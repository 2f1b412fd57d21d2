/** Test models for the charts, derived from the shared sample. */
import type { ReportModel } from '../../src/model/types.js';
import { sampleModel } from '../fixtures/sample-model.js';

/**
 * A month with calls on one day only (2025-03-03, a Monday): one bar, one
 * weekday, no rest-day average, no previous period.
 */
export function singleDayModel(): ReportModel {
  const m = sampleModel();
  const byHour = new Array<number>(24).fill(0);
  byHour[10] = 500;
  byHour[15] = 300;
  return {
    ...m,
    period: { id: '2025-03', kind: 'month', label: '2025年3月', start: '2025-03-03', end: '2025-03-03', days: 1, workdays: 1, restdays: 0 },
    previousPeriod: null,
    calls: {
      ...m.calls,
      inbound: 800,
      answered: 790,
      dailyAverage: 800,
      workdayAverage: 800,
      restdayAverage: null,
      workdayInbound: 800,
      restdayInbound: 0,
      byDate: [{ date: '2025-03-03', inbound: 800, answered: 790, workday: true }],
      byHour,
      weekdayAverages: [800, null, null, null, null, null, null],
      peakWindow: { from: 10, to: 11 },
      lowWindow: { from: 0, to: 10 },
      averagesCompared: [{ periodId: '2025-03', label: '2025年3月', dailyAverage: 800, workdayAverage: 800, restdayAverage: null }],
    },
    regions: { ...m.regions, rows: m.regions.rows.map((r, i) => ({ ...r, current: i === 0 ? 790 : 0, previous: null, change: null, share: i === 0 ? 100 : 0 })) },
    channels: { rows: [{ name: '手机', count: 790, share: 100 }, { name: '12345转接', count: 0, share: 0 }, { name: '座机', count: 0, share: 0 }] },
  };
}

/** The sample with each caller group's civil subcategories replaced by a long list of long names. */
export function longListModel(): ReportModel {
  const m = sampleModel();
  const cats = m.consultations.categories;
  const groups = m.callerTypes.groups.map((g, i) => ({ ...g, civilSubcategories: (i === 0 ? cats[2] : cats[0])!.subcategories }));
  return { ...m, callerTypes: { ...m.callerTypes, groups } };
}

/** The sample's daily series stretched over `days` days from `start` (a month or a year). */
export function spanModel(kind: 'month' | 'year', label: string, start: string, days: number): ReportModel {
  const m = sampleModel();
  const t0 = Date.parse(`${start}T00:00:00Z`);
  const byDate = Array.from({ length: days }, (_, i) => {
    const d = new Date(t0 + i * 86_400_000);
    const workday = d.getUTCDay() !== 0 && d.getUTCDay() !== 6;
    const inbound = (workday ? 800 : 550) + ((i * 37) % 90);
    return { date: d.toISOString().slice(0, 10), inbound, answered: inbound, workday };
  });
  const end = byDate[byDate.length - 1]!.date;
  return { ...m, period: { ...m.period, kind, label, start, end, days }, calls: { ...m.calls, byDate } };
}
