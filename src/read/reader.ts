/**
 * readExport: one export file → typed records, streamed.
 *
 * The file is decoded chunk by chunk (decode.ts), tokenized (csv-scanner.ts)
 * and each row validated by its schema (schemas.ts). Rows are handed to the
 * caller one at a time and never collected. Bad rows become DataIssues.
 */
import type { DataIssue, FileName, FileStats, RecordsByFile } from '../records.js';
import { CsvScanner, UnclosedQuote, describeUnclosed } from './csv-scanner.js';
import type { ColumnTable } from './column-table.js';
import type { IssueLogData } from './issue-log.js';
import { decodeFile } from './decode.js';
import { InputError } from './errors.js';
import type { ExportMapping } from '../config/exports.js';
import type { IdHashSet } from './id-set.js';
import { ISSUE_CODES, RowReader } from './row-reader.js';
import { shown } from './values.js';

export { ISSUE_CODES };

export interface ReadOptions {
  /** overrides detection, e.g. `gb18030`; any iconv-lite name */
  readonly encoding?: string | undefined;
  /** this platform's headers and values (config `exports.<name>`; RowReaderOptions.mapping) */
  readonly mapping?: ExportMapping | undefined;
  /** the file as messages name it (default `<name>.csv`) */
  readonly fileName?: string | undefined;
  /** ids kept by earlier files of the export (RowReaderOptions.prior); this file's kept ids are added to it */
  readonly prior?: IdHashSet | undefined;
}

export interface ReadResult {
  readonly stats: FileStats;
  /** the first problems one by one (ISSUES_KEPT at most; `log` counts them all) */
  readonly issues: DataIssue[];
  /** every problem, grouped and counted */
  readonly log: IssueLogData;
  /** where each column was found in the header */
  readonly table: ColumnTable;
  /** the earliest and latest date of the usable rows (LocalSeconds, by the export's period column); null without one */
  readonly span: DateSpan | null;
}

export interface DateSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * Reads `<name>.csv` at `path`, calling `onRecord` for every usable row with
 * the physical line it starts on. Throws InputError when the file cannot be
 * used at all (also when it does not exist).
 */
export async function readExport<F extends FileName>(
  file: F,
  path: string,
  opts: ReadOptions,
  onRecord: (r: RecordsByFile[F], line: number) => void,
): Promise<ReadResult> {
  const reader = new RowReader(file, { mapping: opts.mapping, fileName: opts.fileName, prior: opts.prior });
  const scanner = new CsvScanner(
    (fields, count, line) => {
      const rec = reader.row(fields, count, line);
      if (rec !== null) onRecord(rec, line);
    },
    1,
    null,
    { onLongRow: (line, reason) => reader.longRow(line, reason) },
  );
  try {
    for await (const text of decodeFile(path, reader.fileName, opts.encoding)) scanner.push(text);
    scanner.end();
  } catch (err) {
    throw unclosedQuoteError(err, reader.fileName);
  }
  if (reader.headerCount < 0) throw noHeader(reader);
  return resultOf(reader);
}

/**
 * A file that ended before its header: empty, or one row of one cell that
 * names no column (taken for a title above a header that never came), which
 * is named, as the file is not empty.
 */
function noHeader<F extends FileName>(reader: RowReader<F>): InputError {
  const title = reader.titleWithoutHeader;
  if (title === null) return new InputError(`${reader.fileName}: empty file (no header row)`);
  return new InputError(`${reader.fileName}: no header row: its only row, line ${title.line} (${shown(title.text)}), names no column; the first row is the header`);
}

/** What a reader that has seen its whole file tells. */
export function resultOf<F extends FileName>(reader: RowReader<F>): ReadResult {
  return { stats: statsOf(reader.file, reader), issues: reader.issues, log: reader.log.pack(), table: reader.table as ColumnTable, span: spanOf(reader.first, reader.last) };
}

/** null while no row gave a date (NaN) */
export function spanOf(first: number, last: number): DateSpan | null {
  return first === first ? { first, last } : null;
}

/**
 * The FileStats of a reader that has seen its whole file. Named as
 * data-format.md names the export (`calls.csv`), whatever the file's own
 * name: metrics.json lists the exports, its issues name the files.
 */
export function statsOf(file: FileName, reader: Pick<RowReader<FileName>, 'rows' | 'used'>): FileStats {
  return { name: `${file}.csv`, rows: reader.rows, used: reader.used, skipped: reader.rows - reader.used, missing: false };
}

/** The stats of an optional export that is not there (its sections say 本期无相关数据). */
export function missingStats(file: FileName): FileStats {
  return { name: `${file}.csv`, rows: 0, used: 0, skipped: 0, missing: true };
}

/** An UnclosedQuote of the scanner as the file's one-line error (`calls.csv:1001: a quote opened …`); any other error as it is. */
export function unclosedQuoteError(err: unknown, fileName: string): unknown {
  if (!(err instanceof UnclosedQuote)) return err;
  return new InputError(`${fileName}:${err.line}: ${describeUnclosed(err.line, err.lines, err.closedAt, err.fieldCap)}`);
}
