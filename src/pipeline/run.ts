import type { DataQualityIssue, ReportModel } from '../model/types.js';
import { cnCalendarCovers, resolvePeriods, type CalendarKind } from '../period/index.js';
import type { Progress } from '../cli/progress.js';
import type { Format, RunOptions } from './options.js';
import { qualityOf, readData } from './read-data.js';
import { checkData, problemLines, regionsWordOf } from './data-checks.js';
import { InputError } from '../read/errors.js';
import { ReportOutput } from '../output/atomic.js';
import { readNotes } from './notes.js';
import type { RenderPool } from './render-pool.js';
import type { PeriodSet } from '../period/types.js';
import { absentColumns } from '../sections/input.js';

export interface RunSummary {
  readonly written: readonly string[];
  readonly skippedRows: number;
  readonly warnings: number;
  readonly models: readonly ReportModel[];
  readonly filesOpened: number;
  /** the first problems in the data (metrics.json keeps the same) */
  readonly issues: readonly DataQualityIssue[];
}

/**
 * One or more reports: read the exports once for all periods, then build and
 * write each period's folder. Each folder is rendered into a temporary one
 * and all are swapped in at the end, each whole (src/output/atomic.ts).
 */
export async function runReports(opts: RunOptions, progress: Progress): Promise<RunSummary> {
  const sets = opts.periods.map((p) => resolvePeriods(p, opts.config.calendar));
  // the output folder is checked and locked before any data are read: an
  // unusable --out costs the user a second, not a whole run
  const output = ReportOutput.open(opts.outDir, sets.map((s) => s.current.id));
  // what comes after the read loads while the exports are read (this thread
  // mostly waits for the reader's threads then), not before
  const later = Promise.all([import('../model/build.js'), import('./render-pool.js')]);
  later.catch(() => undefined); // awaited in run()
  // A range renders one report per core: the threads start now, so they load
  // their libraries while this one reads the exports.
  const needsRenderers = ['docx', 'pdf', 'png'].some((f) => opts.formats.has(f as Format));
  const pool = needsRenderers && sets.length > 1 ? (await import('./render-pool.js')).RenderPool.start() : null;
  try {
    return await run(opts, sets, { pool, later }, output, progress);
  } finally {
    output.close();
    await pool?.close();
  }
}

/**
 * One warning per report whose period lies in a year the statutory calendar
 * data do not hold: its workdays are then counted Monday–Friday (isWorkday).
 */
export function calendarWarnings(sets: readonly PeriodSet[], calendar: CalendarKind): string[] {
  if (calendar !== 'cn') return [];
  const out: string[] = [];
  for (const { current } of sets) {
    const years: number[] = [];
    for (let y = Number(current.start.slice(0, 4)); y <= Number(current.end.slice(0, 4)); y++) if (!cnCalendarCovers(y)) years.push(y);
    if (years.length > 0) {
      out.push(`${current.id}: the statutory holiday calendar has no data for ${years.join(', ')}; workdays there are counted Monday–Friday (set "calendar": "weekdays" in the config to say so)`);
    }
  }
  return out;
}

/** Kinds of problem a run lists on stderr (all of them with --verbose, or when it fails); metrics.json keeps them all. */
export const SHOWN_KINDS = 10;

interface Threads {
  readonly pool: RenderPool | null;
  readonly later: Promise<[typeof import('../model/build.js'), typeof import('./render-pool.js')]>;
}

async function run(opts: RunOptions, sets: readonly PeriodSet[], threads: Threads, output: ReportOutput, progress: Progress): Promise<RunSummary> {
  let t = performance.now();
  // each period's own notes, read before the exports: an unreadable file stops the run at once
  const documents = sets.map(({ current }) => ({ templatesDir: opts.templatesDir, notes: readNotes(opts.notesDir, current.id) }));
  for (const [k, d] of documents.entries()) if (d.notes) progress.detail(`${sets[k]!.current.id} notes: ${d.notes.file}`);
  const data = await readData(opts.dataDir, sets, opts.config, { encoding: opts.encoding }, progress);
  progress.detail(`read: ${(performance.now() - t).toFixed(0)} ms`);
  // the verdict on the data, decided before anything is rendered or written
  const verdict = checkData({ exports: data.exports, log: data.log, periodSets: sets, summaries: data.summaries, regionsWord: regionsWordOf(opts.config) });
  const dataWarnings = [...data.warnings, ...verdict.warnings];
  const failing = verdict.errors.length > 0 || (opts.strict && (data.log.count > 0 || verdict.warnings.length > 0));
  for (const w of dataWarnings) progress.warn(w);
  const [head, ...kinds] = problemLines(data.log, data.skippedRows, { limit: failing || progress.verbose ? Infinity : SHOWN_KINDS, metrics: !failing && opts.formats.has('json') });
  if (head !== undefined) {
    if (failing) progress.error(head);
    else progress.warn(head);
    for (const k of kinds) progress.list(k, failing);
  }
  if (verdict.errors.length > 0) throw new InputError(verdict.errors.join('\nerror: '));
  if (failing) {
    const what = [
      data.log.count > 0 ? `${data.log.kinds} kind${data.log.kinds === 1 ? '' : 's'} of problem in ${data.log.rows} row${data.log.rows === 1 ? '' : 's'}` : '',
      verdict.warnings.length > 0 ? `${verdict.warnings.length} warning${verdict.warnings.length === 1 ? '' : 's'} about the data` : '',
    ].filter((x) => x !== '');
    throw new InputError(`--strict: ${what.join(' and ')}; nothing written`);
  }
  const quality = qualityOf(data, dataWarnings);
  const [{ buildModel }, { renderAll }] = await threads.later;
  t = performance.now();
  const absent = absentColumns(data.exports.map((e) => e.table));
  const models = sets.map((periods, k) =>
    buildModel({ periods, config: opts.config, summaries: data.summaries[k]!, dataQuality: quality, issued: opts.issued, absent }),
  );
  progress.detail(`aggregate: ${(performance.now() - t).toFixed(0)} ms`);
  let staged = 0;
  const calendarGaps = calendarWarnings(sets, opts.config.calendar);
  for (const w of calendarGaps) progress.warn(w);
  let warnings = dataWarnings.length + (data.log.count > 0 ? 1 : 0) + calendarGaps.length;
  progress.step(`rendering ${models.map((m) => m.period.id).join(', ')}`);
  await renderAll(threads.pool, models, opts.formats, opts.config, documents, (k, rendered) => {
    const model = models[k]!;
    for (const w of rendered.warnings) progress.warn(`${model.period.id}: ${w}`);
    warnings += rendered.warnings.length;
    for (const [phase, ms] of Object.entries(rendered.timings)) progress.detail(`${model.period.id} ${phase}: ${ms.toFixed(0)} ms`);
    // into a temporary folder beside the report's: swapped in below, once all rendered
    output.stage(model.period.id, rendered.files);
    staged++;
    progress.advance(staged, models.length, `rendered ${model.period.id}`);
  });
  // the very last step, after every decision that can fail the run
  const written = output.commit();
  for (const dir of written) progress.detail(`wrote ${dir}`);
  return { written, skippedRows: data.skippedRows, warnings, models, filesOpened: data.filesOpened, issues: quality.issues };
}
