/**
 * The fold of `validate`: how many usable rows of one export fall in a span
 * of time (the periods asked for). Its own module so that the parallel
 * reader's workers can load it (see fold.ts).
 */
import type { FileName, RecordsByFile } from '../records.js';
import type { Fold, FoldSpec } from './fold.js';

/** The date that places a record in a period (callbacks follow their call: none). */
export const PERIOD_DATE: { readonly [F in FileName]: ((r: RecordsByFile[F]) => number) | null } = {
  calls: (r) => r.startTime,
  consultations: (r) => r.createdAt,
  tickets: (r) => r.createdAt,
  qa_reviews: (r) => r.reviewedAt,
  callbacks: null,
  duty_shifts: (r) => r.startTime,
  trainings: (r) => r.trainedAt,
  articles: (r) => r.publishedAt,
};

export interface PeriodCountInit {
  readonly file: FileName;
  /** [startSec, endSec) in LocalSeconds */
  readonly startSec: number;
  readonly endSec: number;
}

export interface PeriodCount {
  inPeriod: number;
}

export function periodCountFold(init: PeriodCountInit): Fold<PeriodCount> {
  const dateOf = PERIOD_DATE[init.file] as ((r: RecordsByFile[FileName]) => number) | null;
  return {
    create: () => ({ inPeriod: 0 }),
    add: (s, r) => {
      if (dateOf === null) return;
      const t = dateOf(r);
      if (t >= init.startSec && t < init.endSec) s.inPeriod++;
    },
    merge: (a, b) => ({ inPeriod: a.inPeriod + b.inPeriod }),
    transient: true,
  };
}

export function periodCountFoldSpec(init: PeriodCountInit): FoldSpec<PeriodCountInit> {
  return { module: new URL(`./period-count-fold${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href, factory: 'periodCountFold', init };
}
