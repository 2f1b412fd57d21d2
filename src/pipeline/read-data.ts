import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { exportFiles, exportNotFound, exportWanted } from '../read/export-path.js';
import { exportHeaderProblems, mergeSameInFiles } from '../read/export-headers.js';
import type { HotlineConfig } from '../config/types.js';
import { METRICS_ISSUES, type DataQuality } from '../model/types.js';
import type { PeriodSet } from '../period/types.js';
import { InputError } from '../read/index.js';
import { readExportFiles } from '../parallel/files.js';
import type { ColumnTable } from '../read/column-table.js';
import { IssueLog } from '../read/issue-log.js';
import type { DateSpan } from '../read/reader.js';
import { summariesFoldSpec } from '../parallel/summaries-fold.js';
import { FILE_NAMES, type FileName, type FileStats } from '../records.js';
import { createSummaries, mergeSummaries, type Summaries } from '../summarize/index.js';
import type { Progress } from '../cli/progress.js';

/** One export that was read. */
export interface ExportRead {
  readonly name: FileName;
  /** the file(s) read, as found in the data folder (`Calls.CSV`; monthly files joined by `, `) */
  readonly found: string;
  readonly stats: FileStats;
  /** where each column was found */
  readonly table: ColumnTable;
  /** the earliest and latest date of its usable rows; null without one */
  readonly span: DateSpan | null;
  /** what its reader saw that no bad row shows (ParallelResult.warnings) */
  readonly warnings: readonly string[];
}

export interface DataRead {
  /** one per period set, same order */
  readonly summaries: readonly Summaries[];
  /** every problem of every export, grouped, and the first ones one by one */
  readonly log: IssueLog;
  /** the exports read, in FILE_NAMES order */
  readonly exports: readonly ExportRead[];
  /** per file, as metrics.json lists them (missing optional files too) */
  readonly files: readonly FileStats[];
  readonly skippedRows: number;
  /** warnings about the data as a whole (missing optional files) */
  readonly warnings: readonly string[];
  /** how many times each file was opened (batch runs read each once) */
  readonly filesOpened: number;
}

/**
 * Reads every export once and folds each record into the summaries of all
 * requested periods, so a range of quarters costs one pass over the files.
 */
/**
 * The data folder exists and is a folder. A file given as --data
 * (`--data data/calls.csv`) is named as such, rather than searched as a
 * folder that holds no export.
 */
export function checkDataDir(dataDir: string, hint = ' (use --data DIR or --demo)'): void {
  if (!existsSync(dataDir)) throw new InputError(`${dataDir}: data folder not found${hint}`);
  if (!statSync(dataDir).isDirectory()) throw new InputError(`${dataDir}: is a file, not a folder (--data names the folder that holds the exports)`);
}

export async function readData(
  dataDir: string,
  periodSets: readonly PeriodSet[],
  config: HotlineConfig,
  opts: { encoding: string | undefined },
  progress: Progress,
): Promise<DataRead> {
  checkDataDir(dataDir);
  const summaries = periodSets.map((p) => createSummaries(p, config));
  const files: FileStats[] = [];
  const exports: ExportRead[] = [];
  const log = new IssueLog(METRICS_ISSUES);
  const warnings: string[] = [];
  let filesOpened = 0;
  for (const name of FILE_NAMES) {
    const file = `${name}.csv`;
    // the config's file name or pattern (monthly files), else NAME.csv, else NAME.xlsx
    const mapping = config.exports?.[name];
    const found = exportFiles(dataDir, name, mapping);
    if (found.length === 0) {
      if (name === 'calls') throw new InputError(exportNotFound(name, mapping, dataDir));
      warnings.push(`${exportWanted(name, mapping)} not found: its sections say 本期无相关数据`);
      files.push({ name: file, rows: 0, used: 0, skipped: 0, missing: true });
      continue;
    }
    // a sheet named for a CSV would be ignored without a word
    const notBooks = mapping?.sheet === undefined ? [] : found.map((f) => basename(f.path)).filter((n) => !/\.xls[xm]$/i.test(n));
    if (notBooks.length > 0) warnings.push(`exports.${name}.sheet "${mapping?.sheet ?? ''}" names a workbook's sheet, but ${notBooks.join(', ')} ${notBooks.length === 1 ? 'is no workbook' : 'are no workbooks'}: it is not used`);
    // metrics.json names the export as data-format.md does; say which files those are when they differ
    const names = found.map((f) => basename(f.path)).join(', ');
    progress.step(names === file ? `reading ${file}` : `reading ${names} as ${file}`);
    filesOpened += found.length;
    // large files are folded on worker threads (src/parallel); small ones on this thread
    const result = await readExportFiles<Summaries[], typeof name>(name, found, { encoding: opts.encoding, mapping }, summariesFoldSpec({ file: name, periodSets, config })).catch(
      async (err: unknown) => {
        if (!(err instanceof InputError)) throw err;
        // the mistakes in the headers and mapping of this export's other files and of the exports not read yet, listed with this one
        // (should a header fail to be read for another reason, the error that stopped the run is still the one said)
        const problems = await exportHeaderProblems(dataDir, config, FILE_NAMES.slice(FILE_NAMES.indexOf(name)), opts.encoding).catch(() => []);
        const known = new Set(problems.flatMap((p) => p.lines));
        throw new InputError([...err.message.split('\n').filter((l) => !known.has(l)), ...mergeSameInFiles(problems)].join('\n'));
      },
    );
    result.state.forEach((s, i) => {
      summaries[i] = mergeSummaries(summaries[i] as Summaries, s);
    });
    files.push(result.stats);
    exports.push({ name, found: names, stats: result.stats, table: result.table, span: result.span, warnings: result.warnings ?? [] });
    log.merge(result.log);
    progress.detail(`${file}: ${result.stats.rows} rows, ${result.stats.used} used, ${result.stats.skipped} skipped`);
  }
  const skippedRows = files.reduce((n, f) => n + f.skipped, 0);
  return { summaries, log, exports, files, skippedRows, warnings, filesOpened };
}

/** The data quality metrics.json reports: the files, every group of problems, the first ones, and the run's warnings about the data. */
export function qualityOf(data: Pick<DataRead, 'files' | 'log'>, warnings: readonly string[]): DataQuality {
  const { log } = data;
  return {
    files: data.files,
    groups: log.sorted().map((g) => ({ file: g.file, column: g.column, value: g.value, reason: g.reason, hint: g.hint, count: g.count, lines: g.lines })),
    issues: log.first.map(({ file, line, reason }) => ({ file, line, reason })),
    issueCount: log.count,
    issuesLimit: METRICS_ISSUES,
    problemRows: log.rows,
    warnings,
  };
}
