/** The duty-shifts fold: shifts starting in the current period. */
import type { Period } from '../period/types.js';
import type { DutyShiftRecord } from '../records.js';
import { inRange, unionSets } from './counts.js';
import { ownString } from '../read/own-string.js';

export interface DutyShiftsSummary {
  readonly startSec: number;
  readonly endSec: number;
  /** shifts starting in the period (a shift past the period's end counts whole) */
  rows: number;
  readonly lawyers: Set<string>;
  /** sum of end − start, integer seconds */
  seconds: number;
}

export function createDutyShiftsSummary(current: Period): DutyShiftsSummary {
  return { startSec: current.startSec, endSec: current.endSec, rows: 0, lawyers: new Set(), seconds: 0 };
}

export function addDutyShift(s: DutyShiftsSummary, rec: DutyShiftRecord): void {
  if (!inRange(rec.startTime, s)) return;
  s.rows++;
  s.lawyers.add(ownString(rec.lawyerId));
  s.seconds += rec.endTime - rec.startTime;
}

export function mergeDutyShifts(a: DutyShiftsSummary, b: DutyShiftsSummary): DutyShiftsSummary {
  return { startSec: a.startSec, endSec: a.endSec, rows: a.rows + b.rows, lawyers: unionSets(a.lawyers, b.lawyers), seconds: a.seconds + b.seconds };
}
