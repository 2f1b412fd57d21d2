/** The QA fold: reviews with reviewed_at in the current period. */
import type { Period } from '../period/types.js';
import type { QaReviewRecord, RecheckTrigger } from '../records.js';
import { addArrays, unionSets } from './counts.js';
import { ownString } from '../read/own-string.js';

/** Re-check triggers in the order of the counts: the three reasons, then 投诉. */
export const TRIGGERS: readonly RecheckTrigger[] = ['解答不专业', '问题未解决', '态度问题', '投诉'];
const TRIGGER_INDEX = new Map<string, number>(TRIGGERS.map((t, i) => [t, i]));

export interface QaSummary {
  readonly startSec: number;
  readonly endSec: number;
  /** reviews in the period */
  rows: number;
  /** distinct call ids reviewed in the period (any review type) */
  readonly inspected: Set<string>;
  /** 复核 reviews in the period per trigger (TRIGGERS order) and how many were upheld */
  readonly recheck: number[];
  readonly recheckUpheld: number[];
}

export function createQaSummary(current: Period): QaSummary {
  return {
    startSec: current.startSec,
    endSec: current.endSec,
    rows: 0,
    inspected: new Set(),
    recheck: new Array<number>(TRIGGERS.length).fill(0),
    recheckUpheld: new Array<number>(TRIGGERS.length).fill(0),
  };
}

export function addQaReview(s: QaSummary, rec: QaReviewRecord): void {
  if (rec.reviewedAt < s.startSec || rec.reviewedAt >= s.endSec) return;
  s.rows++;
  s.inspected.add(ownString(rec.callId));
  if (rec.reviewType !== '复核' || rec.trigger === null) return;
  const t = TRIGGER_INDEX.get(rec.trigger);
  if (t === undefined) return;
  s.recheck[t]!++;
  if (rec.upheld === true) s.recheckUpheld[t]!++;
}

export function mergeQa(a: QaSummary, b: QaSummary): QaSummary {
  return {
    startSec: a.startSec,
    endSec: a.endSec,
    rows: a.rows + b.rows,
    inspected: unionSets(a.inspected, b.inspected),
    recheck: addArrays(a.recheck, b.recheck),
    recheckUpheld: addArrays(a.recheckUpheld, b.recheckUpheld),
  };
}
