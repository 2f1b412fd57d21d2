/**
 * The consultations fold: counts per caller type × category × subcategory
 * (blank subcategory = unclassified), and the referrals, for consultations
 * with created_at in the current period. Category totals are sums over the
 * caller types, so one table serves both the category and the caller figures.
 */
import type { Period } from '../period/types.js';
import { CALLER_TYPES, CATEGORIES, type ConsultationRecord } from '../records.js';
import { addCountMaps, bump } from './counts.js';

export interface ConsultationCell {
  count: number;
  /** blank subcategory */
  unclassified: number;
  /** classified counts by subcategory */
  readonly subcategories: Map<string, number>;
}

export interface ConsultationsSummary {
  readonly startSec: number;
  readonly endSec: number;
  /** consultations in the period */
  rows: number;
  /** [caller type (CALLER_TYPES)][category (CATEGORIES)] */
  readonly cells: ConsultationCell[][];
  suggest12345: number;
  suggest110: number;
}

const CALLER_TYPE_INDEX = new Map<string, number>(CALLER_TYPES.map((c, i) => [c, i]));
const CATEGORY_INDEX = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));

const emptyCell = (): ConsultationCell => ({ count: 0, unclassified: 0, subcategories: new Map() });

export function createConsultationsSummary(current: Period): ConsultationsSummary {
  return {
    startSec: current.startSec,
    endSec: current.endSec,
    rows: 0,
    cells: CALLER_TYPES.map(() => CATEGORIES.map(emptyCell)),
    suggest12345: 0,
    suggest110: 0,
  };
}

export function addConsultation(s: ConsultationsSummary, rec: ConsultationRecord): void {
  if (rec.createdAt < s.startSec || rec.createdAt >= s.endSec) return;
  s.rows++;
  // the reader fills a blank caller type with 普通咨询人 (index 0)
  const cell = s.cells[CALLER_TYPE_INDEX.get(rec.callerType) ?? 0]![CATEGORY_INDEX.get(rec.category)!]!;
  cell.count++;
  if (rec.subcategory === null || rec.subcategory.trim() === '') cell.unclassified++;
  else bump(cell.subcategories, rec.subcategory.trim());
  if (rec.referral === '12345') s.suggest12345++;
  else if (rec.referral === '110') s.suggest110++;
}

export function mergeConsultations(a: ConsultationsSummary, b: ConsultationsSummary): ConsultationsSummary {
  return {
    startSec: a.startSec,
    endSec: a.endSec,
    rows: a.rows + b.rows,
    cells: a.cells.map((row, t) =>
      row.map((x, c) => {
        const y = b.cells[t]![c]!;
        return { count: x.count + y.count, unclassified: x.unclassified + y.unclassified, subcategories: addCountMaps(x.subcategories, y.subcategories) };
      }),
    ),
    suggest12345: a.suggest12345 + b.suggest12345,
    suggest110: a.suggest110 + b.suggest110,
  };
}
