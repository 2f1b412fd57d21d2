/**
 * The calls figures of one period in a plain shape both sides of the
 * benchmark can produce: DuckDB (bench/duckdb-calls.ts) and our metrics.json
 * or ReportModel (figuresFromModel). diffFigures lists where they disagree.
 */
import { CHANNELS, OUTCOMES, SATISFACTIONS } from '../src/records.js';

export interface CallsFigures {
  /** calls with start_time in the period */
  readonly inbound: number;
  readonly answered: number;
  /** all five outcomes, zeros included */
  readonly byOutcome: Readonly<Record<string, number>>;
  /** answered calls by channel */
  readonly byChannel: Readonly<Record<string, number>>;
  /** answered calls by region: configured regions, 其他省市, 未知 */
  readonly byRegion: Readonly<Record<string, number>>;
  /** every day of the period: [inbound, answered] */
  readonly byDate: Readonly<Record<string, readonly [number, number]>>;
  /** 24 inbound counts, hour 0 first */
  readonly byHour: readonly number[];
  /** answered calls by satisfaction value (rated only) */
  readonly bySatisfaction: Readonly<Record<string, number>>;
}

/** The parts of metrics.json (or of a ReportModel) the calls figures come from. */
export interface CallsMetricsLike {
  readonly calls: {
    readonly inbound: number;
    readonly answered: number;
    readonly unanswered: { readonly failed: number; readonly abandoned: number; readonly queueTimeout: number; readonly overflow: number };
    readonly byDate: readonly { readonly date: string; readonly inbound: number; readonly answered: number }[];
    readonly byHour: readonly number[];
  };
  readonly regions: { readonly rows: readonly { readonly name: string; readonly current: number }[] };
  readonly channels: { readonly rows: readonly { readonly name: string; readonly count: number }[] };
  readonly satisfaction: { readonly rows: readonly { readonly name: string; readonly count: number }[] };
}

/** Zeros for every expected key, so that an absent row and a 0 compare equal. */
export function zeroCounts(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

export function figuresFromModel(m: CallsMetricsLike): CallsFigures {
  const u = m.calls.unanswered;
  const rows = (list: readonly { readonly name: string; readonly count: number }[], keys: readonly string[]): Record<string, number> => {
    const out = zeroCounts(keys);
    for (const r of list) out[r.name] = r.count;
    return out;
  };
  return {
    inbound: m.calls.inbound,
    answered: m.calls.answered,
    byOutcome: { 接通: m.calls.answered, 呼叫失败: u.failed, 排队放弃: u.abandoned, 排队超时: u.queueTimeout, 排队溢出: u.overflow },
    byChannel: rows(m.channels.rows, CHANNELS),
    byRegion: rows(m.regions.rows.map((r) => ({ name: r.name, count: r.current })), ['其他省市', '未知']),
    byDate: Object.fromEntries(m.calls.byDate.map((d) => [d.date, [d.inbound, d.answered] as const])),
    byHour: [...m.calls.byHour],
    bySatisfaction: rows(m.satisfaction.rows, SATISFACTIONS),
  };
}

/** Keys of both records, missing ones read as 0. */
function diffCounts(what: string, a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>, out: string[]): void {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const k of keys) {
    const x = a[k] ?? 0;
    const y = b[k] ?? 0;
    if (x !== y) out.push(`${what}[${k}]: ${x} ≠ ${y}`);
  }
}

/** Human-readable differences, empty when the two agree. */
export function diffFigures(a: CallsFigures, b: CallsFigures): string[] {
  const out: string[] = [];
  if (a.inbound !== b.inbound) out.push(`inbound: ${a.inbound} ≠ ${b.inbound}`);
  if (a.answered !== b.answered) out.push(`answered: ${a.answered} ≠ ${b.answered}`);
  diffCounts('byOutcome', a.byOutcome, b.byOutcome, out);
  diffCounts('byChannel', a.byChannel, b.byChannel, out);
  diffCounts('byRegion', a.byRegion, b.byRegion, out);
  diffCounts('bySatisfaction', a.bySatisfaction, b.bySatisfaction, out);
  for (let h = 0; h < 24; h++) {
    if ((a.byHour[h] ?? 0) !== (b.byHour[h] ?? 0)) out.push(`byHour[${h}]: ${a.byHour[h] ?? 0} ≠ ${b.byHour[h] ?? 0}`);
  }
  const days = [...new Set([...Object.keys(a.byDate), ...Object.keys(b.byDate)])].sort();
  for (const d of days) {
    const [x0, x1] = a.byDate[d] ?? [0, 0];
    const [y0, y1] = b.byDate[d] ?? [0, 0];
    if (x0 !== y0 || x1 !== y1) out.push(`byDate[${d}]: ${x0}/${x1} ≠ ${y0}/${y1} (inbound/answered)`);
  }
  return out;
}

/** Sanity: the outcome list the figures use is the records' list. */
export const OUTCOME_NAMES: readonly string[] = OUTCOMES;
