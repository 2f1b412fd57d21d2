/** The trainings fold: rows with trained_at in the current period. */
import type { Period } from '../period/types.js';
import type { TrainingRecord } from '../records.js';
import { inRange } from './counts.js';

export interface TrainingsSummary {
  readonly startSec: number;
  readonly endSec: number;
  /** rows with trained_at in the period */
  rows: number;
  qualified: number;
}

export function createTrainingsSummary(current: Period): TrainingsSummary {
  return { startSec: current.startSec, endSec: current.endSec, rows: 0, qualified: 0 };
}

export function addTraining(s: TrainingsSummary, rec: TrainingRecord): void {
  if (!inRange(rec.trainedAt, s)) return;
  s.rows++;
  if (rec.passed) s.qualified++;
}

export function mergeTrainings(a: TrainingsSummary, b: TrainingsSummary): TrainingsSummary {
  return { startSec: a.startSec, endSec: a.endSec, rows: a.rows + b.rows, qualified: a.qualified + b.qualified };
}
