/**
 * An independent reading of the demo exports: parses the CSV files with
 * csv-parse and counts the report's figures by the definitions of
 * /work/shared/spec/metrics.md. It shares no code with the generator's
 * bookkeeping, so that the generator cannot agree with itself by accident.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import chineseDays from 'chinese-days';
import { DEFAULT_CONFIG } from '../../src/config/default.js';

export type Row = Record<string, string>;

export function readCsv(dir: string, file: string): Row[] {
  return parse(readFileSync(join(dir, file)), { columns: true, skip_empty_lines: true }) as Row[];
}

/** count × 100 / base, rounded half-up to 2 decimals, in exact integer arithmetic. */
export function pct(count: number, base: number): number | null {
  if (base === 0) return null;
  return Math.floor((2 * count * 10000 + base) / (2 * base)) / 100;
}

/** Half-up integer average. */
export function avg(total: number, n: number): number {
  return Math.floor((2 * total + n) / (2 * n));
}

export interface Quarter {
  readonly first: string;
  readonly last: string;
}

export const Q4_2024: Quarter = { first: '2024-10-01', last: '2024-12-31' };
export const Q1_2025: Quarter = { first: '2025-01-01', last: '2025-03-31' };

/** `YYYY-MM-DD HH:mm:ss` or a date: is it in the quarter? (String order is date order.) */
export function inQuarter(value: string, q: Quarter): boolean {
  const d = value.slice(0, 10);
  return d >= q.first && d <= q.last;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return m;
}

const asObject = (m: Map<string, number>): Record<string, number> => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));

/** Longest run of hours satisfying `ok`, earliest on a tie, as [from, to). */
export function longestRun(ok: readonly boolean[]): readonly [number, number] | null {
  let best: [number, number] | null = null;
  let start = -1;
  for (let h = 0; h <= ok.length; h++) {
    if (h < ok.length && ok[h]) {
      if (start < 0) start = h;
    } else if (start >= 0) {
      if (!best || h - start > best[1] - best[0]) best = [start, h];
      start = -1;
    }
  }
  return best;
}

export function regionOf(province: string, city: string): string {
  if (province.trim() === '') return '(blank)';
  if (province !== DEFAULT_CONFIG.province) return '其他省市';
  const r = DEFAULT_CONFIG.regions.find((x) => x.name === city || x.aliases.includes(city));
  return r ? r.name : '未知';
}

export interface Figures {
  readonly days: number;
  readonly workdays: number;
  readonly inbound: number;
  readonly answered: number;
  readonly answerRate: number | null;
  readonly unanswered: Record<string, number>;
  readonly dailyAverage: number;
  readonly workdayInbound: number;
  readonly restdayInbound: number;
  readonly workdayAverage: number;
  readonly restdayAverage: number;
  readonly byHour: readonly number[];
  readonly lowWindow: readonly [number, number] | null;
  readonly peakWindow: readonly [number, number] | null;
  readonly regions: Record<string, number>;
  readonly inProvince: number;
  readonly outOfProvince: number;
  readonly inProvinceShare: number | null;
  readonly outOfProvinceShare: number | null;
  readonly channels: Record<string, number>;
  readonly consultations: number;
  readonly categories: Record<string, { count: number; unclassified: number; subcategories: Record<string, number> }>;
  readonly callerTypes: Record<string, number>;
  readonly groups: Record<string, { total: number; civil: number; civilShare: number | null; civilSubcategories: readonly (readonly [string, number, number | null])[] }>;
  readonly unclassifiedCallerTypes: Record<string, number>;
  readonly referrals: { suggest12345: number; suggest110: number; transferredFrom12345: number };
  readonly tickets: { total: number; byType: Record<string, number> };
  readonly satisfaction: { rated: number; ratedRate: number | null; rows: Record<string, number>; satisfactionRate: number | null };
  readonly callbacks: { eligible: number; calledBack: number; coverage: number | null; results: Record<string, number> };
  readonly qa: { inspected: number; inspectionRate: number | null; rechecks: Record<string, { count: number; upheld: number }> };
  readonly complaints: { calls: number; genuine: number; upheld: number; consultationOnly: number };
  readonly staffing: { lawyersOnDuty: number; serviceHours: number };
  readonly training: { trained: number; qualified: number };
  readonly articles: readonly { title: string; publishedAt: string; channels: string }[];
}

export interface DemoData {
  readonly calls: Row[];
  readonly consultations: Row[];
  readonly tickets: Row[];
  readonly reviews: Row[];
  readonly callbacks: Row[];
  readonly shifts: Row[];
  readonly trainings: Row[];
  readonly articles: Row[];
}

export function readDemo(dir: string): DemoData {
  return {
    calls: readCsv(dir, 'calls.csv'),
    consultations: readCsv(dir, 'consultations.csv'),
    tickets: readCsv(dir, 'tickets.csv'),
    reviews: readCsv(dir, 'qa_reviews.csv'),
    callbacks: readCsv(dir, 'callbacks.csv'),
    shifts: readCsv(dir, 'duty_shifts.csv'),
    trainings: readCsv(dir, 'trainings.csv'),
    articles: readCsv(dir, 'articles.csv'),
  };
}

const yes = (v: string | undefined): boolean => ['是', 'true', '1', '成立'].includes((v ?? '').trim());

/** Seconds since the epoch of a wall-clock `YYYY-MM-DD HH:mm:ss`, as if UTC (no TZ dependence). */
export function wallSeconds(v: string): number {
  return Date.parse(`${v.replace(' ', 'T')}Z`) / 1000;
}

export function computeFigures(data: DemoData, q: Quarter): Figures {
  const days: string[] = [];
  for (let t = Date.parse(`${q.first}T00:00:00Z`); t <= Date.parse(`${q.last}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  const workdaySet = new Set(days.filter((d) => chineseDays.isWorkday(d)));

  const calls = data.calls.filter((c) => inQuarter(c.start_time as string, q));
  const answered = calls.filter((c) => c.outcome === '接通');
  const workdayInbound = calls.filter((c) => workdaySet.has((c.start_time as string).slice(0, 10))).length;
  const byHour = new Array<number>(24).fill(0);
  for (const c of calls) byHour[Number((c.start_time as string).slice(11, 13))]! += 1;
  const mean = calls.length / 24;

  const regions = countBy(answered, (c) => regionOf(c.caller_province as string, c.caller_city as string));
  const inProvince = answered.filter((c) => c.caller_province === DEFAULT_CONFIG.province).length;
  const outOfProvince = answered.filter((c) => c.caller_province !== DEFAULT_CONFIG.province && (c.caller_province ?? '').trim() !== '').length;

  const consultations = data.consultations.filter((c) => inQuarter(c.created_at as string, q));
  const categories: Figures['categories'] = {};
  for (const cat of ['民事', '刑事', '行政', '司法行政']) {
    const rows = consultations.filter((c) => c.category === cat);
    const classified = rows.filter((c) => (c.subcategory ?? '').trim() !== '');
    categories[cat] = { count: rows.length, unclassified: rows.length - classified.length, subcategories: asObject(countBy(classified, (c) => c.subcategory as string)) };
  }
  const typeOf = (c: Row): string => ((c.caller_type ?? '').trim() === '' ? '普通咨询人' : (c.caller_type as string));
  const groups: Figures['groups'] = {};
  for (const g of ['未成年人', '农民工', '妇女']) {
    const rows = consultations.filter((c) => typeOf(c) === g);
    const civil = rows.filter((c) => c.category === '民事');
    const classified = civil.filter((c) => (c.subcategory ?? '').trim() !== '');
    const subs = [...countBy(classified, (c) => c.subcategory as string)]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([name, n]) => [name, n, pct(n, classified.length)] as const);
    groups[g] = { total: rows.length, civil: civil.length, civilShare: pct(civil.length, rows.length), civilSubcategories: subs };
  }

  const tickets = data.tickets.filter((t) => inQuarter(t.created_at as string, q));

  const rated = answered.filter((c) => (c.satisfaction ?? '').trim() !== '');
  const satRows = countBy(rated, (c) => c.satisfaction as string);
  const good = (satRows.get('非常满意') ?? 0) + (satRows.get('满意') ?? 0);

  const eligible = calls.filter((c) => c.satisfaction === '基本满意' || c.satisfaction === '不满意');
  const eligibleIds = new Set(eligible.map((c) => c.call_id as string));
  const latest = new Map<string, Row>();
  for (const cb of data.callbacks) {
    const id = cb.call_id as string;
    if (!eligibleIds.has(id)) continue;
    const prev = latest.get(id);
    if (!prev || (cb.called_back_at as string) > (prev.called_back_at as string)) latest.set(id, cb);
  }

  const reviews = data.reviews.filter((r) => inQuarter(r.reviewed_at as string, q));
  const rechecks = reviews.filter((r) => r.review_type === '复核');
  const recheckFigures: Record<string, { count: number; upheld: number }> = {};
  for (const reason of ['解答不专业', '问题未解决', '态度问题']) {
    const rs = rechecks.filter((r) => r.trigger === reason);
    recheckFigures[reason] = { count: rs.length, upheld: rs.filter((r) => yes(r.upheld)).length };
  }
  const genuine = rechecks.filter((r) => r.trigger === '投诉');
  const complaintCalls = calls.filter((c) => (c.ivr_key ?? '').trim() === '3').length;

  const shifts = data.shifts.filter((s) => inQuarter(s.start_time as string, q));
  const seconds = shifts.reduce((a, s) => a + wallSeconds(s.end_time as string) - wallSeconds(s.start_time as string), 0);
  const trainings = data.trainings.filter((t) => inQuarter(t.trained_at as string, q));

  return {
    days: days.length,
    workdays: workdaySet.size,
    inbound: calls.length,
    answered: answered.length,
    answerRate: pct(answered.length, calls.length),
    unanswered: asObject(countBy(calls.filter((c) => c.outcome !== '接通'), (c) => c.outcome as string)),
    dailyAverage: avg(calls.length, days.length),
    workdayInbound,
    restdayInbound: calls.length - workdayInbound,
    workdayAverage: avg(workdayInbound, workdaySet.size),
    restdayAverage: avg(calls.length - workdayInbound, days.length - workdaySet.size),
    byHour,
    lowWindow: longestRun(byHour.map((n) => n < mean / 2)),
    peakWindow: longestRun(byHour.map((n) => n >= mean)),
    regions: asObject(regions),
    inProvince,
    outOfProvince,
    inProvinceShare: pct(inProvince, answered.length),
    outOfProvinceShare: pct(outOfProvince, answered.length),
    channels: asObject(countBy(answered, (c) => c.channel as string)),
    consultations: consultations.length,
    categories,
    callerTypes: asObject(countBy(consultations, typeOf)),
    groups,
    unclassifiedCallerTypes: asObject(countBy(consultations.filter((c) => (c.subcategory ?? '').trim() === ''), typeOf)),
    referrals: {
      suggest12345: consultations.filter((c) => c.referral === '12345').length,
      suggest110: consultations.filter((c) => c.referral === '110').length,
      transferredFrom12345: answered.filter((c) => c.channel === '12345转接').length,
    },
    tickets: { total: tickets.length, byType: asObject(countBy(tickets, (t) => t.type as string)) },
    satisfaction: { rated: rated.length, ratedRate: pct(rated.length, answered.length), rows: asObject(satRows), satisfactionRate: pct(good, rated.length) },
    callbacks: {
      eligible: eligible.length,
      calledBack: latest.size,
      coverage: pct(latest.size, eligible.length),
      results: asObject(countBy([...latest.values()], (cb) => cb.result as string)),
    },
    qa: { inspected: new Set(reviews.map((r) => r.call_id)).size, inspectionRate: pct(new Set(reviews.map((r) => r.call_id)).size, answered.length), rechecks: recheckFigures },
    complaints: { calls: complaintCalls, genuine: genuine.length, upheld: genuine.filter((r) => yes(r.upheld)).length, consultationOnly: complaintCalls - genuine.length },
    staffing: {
      lawyersOnDuty: new Set(shifts.map((s) => s.lawyer_id)).size,
      // half-up to 2 decimals on the exact value: total seconds / 36 is hours × 100
      serviceHours: Math.floor((2 * seconds + 36) / 72) / 100,
    },
    training: { trained: trainings.length, qualified: trainings.filter((t) => yes(t.passed)).length },
    articles: data.articles
      .filter((a) => inQuarter(a.published_at as string, q))
      .map((a) => ({ title: a.title as string, publishedAt: a.published_at as string, channels: a.channels as string }))
      .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.title.localeCompare(b.title)),
  };
}
