/**
 * The summaries of all eight exports for one PeriodSet: what the figures need
 * and nothing more, folded one record at a time (rows are never collected).
 *
 *   const s = createSummaries(periods, config);
 *   readExport(file, path, opts, (rec) => addRecord(s, file, rec));
 *   const model = buildModel({ periods, config, summaries: s, … });
 *
 * Summaries are plain data (arrays, numbers, strings, Maps, Sets) so that
 * worker threads can fold slices of a file and post them back:
 * `mergeSummaries(a, b)` of consecutive slices a, b equals the summary of a
 * then b (callbacks: b's rows count as later in the file).
 */
import type { HotlineConfig } from '../config/types.js';
import type { PeriodSet } from '../period/types.js';
import type { FileName, RecordsByFile } from '../records.js';
import { addCallback, createCallbacksSummary, mergeCallbacks, type CallbacksSummary } from './callbacks.js';
import { addCall, createCallsSummary, mergeCalls, type CallsSummary } from './calls.js';
import { addConsultation, createConsultationsSummary, mergeConsultations, type ConsultationsSummary } from './consultations.js';
import { addQaReview, createQaSummary, mergeQa, type QaSummary } from './qa.js';
import { addArticle, createArticlesSummary, mergeArticles, type ArticlesSummary } from './articles.js';
import { addDutyShift, createDutyShiftsSummary, mergeDutyShifts, type DutyShiftsSummary } from './duty-shifts.js';
import { addTicket, createTicketsSummary, mergeTickets, type TicketsSummary } from './tickets.js';
import { addTraining, createTrainingsSummary, mergeTrainings, type TrainingsSummary } from './trainings.js';

export * from './callbacks.js';
export * from './calls.js';
export * from './consultations.js';
export * from './qa.js';
export * from './articles.js';
export * from './duty-shifts.js';
export * from './tickets.js';
export * from './trainings.js';

/** One summary per export, under the export's file base name. */
export interface Summaries {
  readonly calls: CallsSummary;
  readonly consultations: ConsultationsSummary;
  readonly tickets: TicketsSummary;
  readonly qa_reviews: QaSummary;
  readonly callbacks: CallbacksSummary;
  readonly duty_shifts: DutyShiftsSummary;
  readonly trainings: TrainingsSummary;
  readonly articles: ArticlesSummary;
}

export function createSummaries(periods: PeriodSet, config: HotlineConfig): Summaries {
  const p = periods.current;
  return {
    calls: createCallsSummary(periods, config),
    consultations: createConsultationsSummary(p),
    tickets: createTicketsSummary(p),
    qa_reviews: createQaSummary(p),
    callbacks: createCallbacksSummary(),
    duty_shifts: createDutyShiftsSummary(p),
    trainings: createTrainingsSummary(p),
    articles: createArticlesSummary(p),
  };
}

/** Folds one record of export `file` into the summaries (mutates `s`). */
export function addRecord<F extends FileName>(s: Summaries, file: F, rec: RecordsByFile[F]): void {
  // the casts restate what `file` already tells: rec is that export's record
  switch (file) {
    case 'calls': return addCall(s.calls, rec as RecordsByFile['calls']);
    case 'consultations': return addConsultation(s.consultations, rec as RecordsByFile['consultations']);
    case 'tickets': return addTicket(s.tickets, rec as RecordsByFile['tickets']);
    case 'qa_reviews': return addQaReview(s.qa_reviews, rec as RecordsByFile['qa_reviews']);
    case 'callbacks': return addCallback(s.callbacks, rec as RecordsByFile['callbacks']);
    case 'duty_shifts': return addDutyShift(s.duty_shifts, rec as RecordsByFile['duty_shifts']);
    case 'trainings': return addTraining(s.trainings, rec as RecordsByFile['trainings']);
    case 'articles': return addArticle(s.articles, rec as RecordsByFile['articles']);
    default: throw new Error(`unknown export ${String(file)}`);
  }
}

/** The summaries of slice `a` followed by slice `b` of the same files. Pure: neither input changes. */
export function mergeSummaries(a: Summaries, b: Summaries): Summaries {
  return {
    calls: mergeCalls(a.calls, b.calls),
    consultations: mergeConsultations(a.consultations, b.consultations),
    tickets: mergeTickets(a.tickets, b.tickets),
    qa_reviews: mergeQa(a.qa_reviews, b.qa_reviews),
    callbacks: mergeCallbacks(a.callbacks, b.callbacks),
    duty_shifts: mergeDutyShifts(a.duty_shifts, b.duty_shifts),
    trainings: mergeTrainings(a.trainings, b.trainings),
    articles: mergeArticles(a.articles, b.articles),
  };
}
