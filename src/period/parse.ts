/**
 * Period specs as typed on the command line: quarter `q1-2025`, `2025q1`,
 * `2025-Q1`, `2025Q1` (any case), month `2025-03` or `2025-3`, year `2025`;
 * ranges `q1-2024..q4-2025` of one kind.
 */
import { UsageError } from '../cli/errors.js';
import type { PeriodKind } from './types.js';

/** A period without its days: kind, year and number within the year. */
export interface PeriodRef {
  readonly kind: PeriodKind;
  readonly year: number;
  /** quarter 1–4, month 1–12; 1 for a year */
  readonly n: number;
}

const HELP = 'use a quarter (q1-2025, 2025Q1), a month (2025-03) or a year (2025)';

function checkYear(year: number, spec: string): number {
  if (year < 1970 || year > 2999) throw new UsageError(`period "${spec}": year ${year} is out of range; ${HELP}`);
  return year;
}

/** Parses one period spec; a bad one is a UsageError (exit status 2). */
export function parsePeriod(spec: string): PeriodRef {
  const s = spec.trim();
  let m = /^q([1-4])-(\d{4})$/i.exec(s);
  if (m) return { kind: 'quarter', year: checkYear(Number(m[2]), spec), n: Number(m[1]) };
  m = /^(\d{4})-?q([1-4])$/i.exec(s);
  if (m) return { kind: 'quarter', year: checkYear(Number(m[1]), spec), n: Number(m[2]) };
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new UsageError(`period "${spec}": month ${m[2]} is not 1–12; ${HELP}`);
    return { kind: 'month', year: checkYear(Number(m[1]), spec), n: month };
  }
  m = /^(\d{4})$/.exec(s);
  if (m) return { kind: 'year', year: checkYear(Number(m[1]), spec), n: 1 };
  if (/^q[5-9]|q[05-9]$/i.test(s)) throw new UsageError(`period "${spec}": a quarter is q1–q4; ${HELP}`);
  throw new UsageError(`period "${spec}" is not understood; ${HELP}`);
}

/** `2025Q1`, `2025-03`, `2025`: the canonical id (itself a valid spec). */
export function periodId(ref: PeriodRef): string {
  if (ref.kind === 'quarter') return `${ref.year}Q${ref.n}`;
  if (ref.kind === 'month') return `${ref.year}-${ref.n < 10 ? '0' : ''}${ref.n}`;
  return String(ref.year);
}

/** Periods per year of a kind. */
function perYear(kind: PeriodKind): number {
  return kind === 'quarter' ? 4 : kind === 'month' ? 12 : 1;
}

function ordinal(ref: PeriodRef): number {
  return ref.year * perYear(ref.kind) + (ref.n - 1);
}

function fromOrdinal(kind: PeriodKind, o: number): PeriodRef {
  const k = perYear(kind);
  return { kind, year: Math.floor(o / k), n: (o % k) + 1 };
}

/** The period `steps` periods after `ref` (negative: before). */
export function shiftPeriod(ref: PeriodRef, steps: number): PeriodRef {
  return fromOrdinal(ref.kind, ordinal(ref) + steps);
}

/** The period just before (2024Q4 for 2025Q1, 2025-02 for 2025-03, 2024 for 2025). */
export function previousOf(ref: PeriodRef): PeriodRef {
  return shiftPeriod(ref, -1);
}

/** The same period a year earlier. */
export function yearAgoOf(ref: PeriodRef): PeriodRef {
  return { ...ref, year: ref.year - 1 };
}

/** Whether the spec is a range (`from..to`). */
export function isRange(spec: string): boolean {
  return spec.includes('..');
}

/**
 * `q1-2024..q4-2025` → ['2024Q1', …, '2025Q4'] (canonical ids). Both ends must
 * be of one kind and in order; a range of one period is allowed.
 */
export function parseRange(spec: string): string[] {
  const parts = spec.split('..');
  if (parts.length !== 2 || (parts[0] ?? '').trim() === '' || (parts[1] ?? '').trim() === '') {
    throw new UsageError(`range "${spec}" must be FROM..TO, e.g. q1-2024..q4-2025`);
  }
  const from = parsePeriod(parts[0] as string);
  const to = parsePeriod(parts[1] as string);
  if (from.kind !== to.kind) {
    throw new UsageError(`range "${spec}": both ends must be of one kind (here a ${from.kind} and a ${to.kind})`);
  }
  const a = ordinal(from);
  const b = ordinal(to);
  if (a > b) throw new UsageError(`range "${spec}": ${periodId(from)} comes after ${periodId(to)}`);
  const out: string[] = [];
  for (let o = a; o <= b; o++) out.push(periodId(fromOrdinal(from.kind, o)));
  return out;
}

/** A period or a range → the canonical ids of the periods to report, in order. */
export function expandPeriods(spec: string): string[] {
  return isRange(spec) ? parseRange(spec) : [periodId(parsePeriod(spec))];
}
