/** The folds of the small exports: tickets, duty shifts, trainings, articles (current period only). */
import type { Period } from '../period/types.js';
import type { ArticleRecord, DutyShiftRecord, TicketRecord, TrainingRecord } from '../records.js';
import { addCountMaps, bump, unionSets } from './counts.js';

interface Bounds {
  readonly startSec: number;
  readonly endSec: number;
}
const bounds = (p: Period): Bounds => ({ startSec: p.startSec, endSec: p.endSec });
const inside = (sec: number, b: Bounds): boolean => sec >= b.startSec && sec < b.endSec;

/* tickets ---------------------------------------------------------------- */

export interface TicketsSummary extends Bounds {
  rows: number;
  readonly byType: Map<string, number>;
}

export function createTicketsSummary(current: Period): TicketsSummary {
  return { ...bounds(current), rows: 0, byType: new Map() };
}

export function addTicket(s: TicketsSummary, rec: TicketRecord): void {
  if (!inside(rec.createdAt, s)) return;
  s.rows++;
  bump(s.byType, rec.type.trim());
}

export function mergeTickets(a: TicketsSummary, b: TicketsSummary): TicketsSummary {
  return { startSec: a.startSec, endSec: a.endSec, rows: a.rows + b.rows, byType: addCountMaps(a.byType, b.byType) };
}

/* duty shifts ------------------------------------------------------------ */

export interface DutyShiftsSummary extends Bounds {
  /** shifts starting in the period (a shift past the period's end counts whole) */
  rows: number;
  readonly lawyers: Set<string>;
  /** sum of end − start, integer seconds */
  seconds: number;
}

export function createDutyShiftsSummary(current: Period): DutyShiftsSummary {
  return { ...bounds(current), rows: 0, lawyers: new Set(), seconds: 0 };
}

export function addDutyShift(s: DutyShiftsSummary, rec: DutyShiftRecord): void {
  if (!inside(rec.startTime, s)) return;
  s.rows++;
  s.lawyers.add(rec.lawyerId);
  s.seconds += rec.endTime - rec.startTime;
}

export function mergeDutyShifts(a: DutyShiftsSummary, b: DutyShiftsSummary): DutyShiftsSummary {
  return { startSec: a.startSec, endSec: a.endSec, rows: a.rows + b.rows, lawyers: unionSets(a.lawyers, b.lawyers), seconds: a.seconds + b.seconds };
}

/* trainings -------------------------------------------------------------- */

export interface TrainingsSummary extends Bounds {
  /** rows with trained_at in the period */
  rows: number;
  qualified: number;
}

export function createTrainingsSummary(current: Period): TrainingsSummary {
  return { ...bounds(current), rows: 0, qualified: 0 };
}

export function addTraining(s: TrainingsSummary, rec: TrainingRecord): void {
  if (!inside(rec.trainedAt, s)) return;
  s.rows++;
  if (rec.passed) s.qualified++;
}

export function mergeTrainings(a: TrainingsSummary, b: TrainingsSummary): TrainingsSummary {
  return { startSec: a.startSec, endSec: a.endSec, rows: a.rows + b.rows, qualified: a.qualified + b.qualified };
}

/* articles --------------------------------------------------------------- */

export interface ArticlesSummary extends Bounds {
  rows: number;
  /** the period's articles in file order (the model sorts them) */
  readonly articles: ArticleRecord[];
}

export function createArticlesSummary(current: Period): ArticlesSummary {
  return { ...bounds(current), rows: 0, articles: [] };
}

export function addArticle(s: ArticlesSummary, rec: ArticleRecord): void {
  if (!inside(rec.publishedAt, s)) return;
  s.rows++;
  s.articles.push({ title: rec.title, publishedAt: rec.publishedAt, channels: [...rec.channels] });
}

export function mergeArticles(a: ArticlesSummary, b: ArticlesSummary): ArticlesSummary {
  return { startSec: a.startSec, endSec: a.endSec, rows: a.rows + b.rows, articles: [...a.articles, ...b.articles] };
}
