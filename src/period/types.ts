import type { LocalSeconds } from '../records.js';

export type PeriodKind = 'quarter' | 'month' | 'year';

/** One calendar day of a period. */
export interface DayInfo {
  /** YYYY-MM-DD */
  readonly date: string;
  /** day number: LocalSeconds of 00:00 divided by 86400 */
  readonly dayNumber: number;
  /** 0 = Monday … 6 = Sunday */
  readonly weekday: number;
  /** a working day under the configured calendar (cn statutory incl. 调休, or weekdays) */
  readonly workday: boolean;
}

/** A resolved period: its dates, its days and the half-open second range. */
export interface Period {
  readonly kind: PeriodKind;
  /** `2025Q1`, `2025-03`, `2025` */
  readonly id: string;
  /** `2025年第一季度`, `2025年3月`, `2025年` */
  readonly label: string;
  /** short label used in tables and charts, e.g. `本期` is not used: `2025Q1` → `2025年一季度` */
  readonly shortLabel: string;
  /** first day, YYYY-MM-DD */
  readonly start: string;
  /** last day, YYYY-MM-DD (inclusive) */
  readonly end: string;
  /** [startSec, endSec) in LocalSeconds */
  readonly startSec: LocalSeconds;
  readonly endSec: LocalSeconds;
  readonly days: readonly DayInfo[];
}

/** The period asked for and the two it is compared with. */
export interface PeriodSet {
  readonly current: Period;
  readonly previous: Period;
  readonly yearAgo: Period;
}

export type PeriodRole = 'current' | 'previous' | 'yearAgo';
