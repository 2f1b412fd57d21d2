/**
 * readExport: one export file → typed records, streamed.
 *
 * The file is decoded chunk by chunk (decode.ts), tokenized (csv-scanner.ts)
 * and each row validated by its schema (schemas.ts). Rows are handed to the
 * caller one at a time and never collected. Bad rows become DataIssues.
 */
import type { DataIssue, FileName, FileStats, RecordsByFile } from '../records.js';
import { CsvScanner } from './csv-scanner.js';
import { decodeFile } from './decode.js';
import { InputError } from './errors.js';
import { ISSUE_CODES, RowReader } from './row-reader.js';

export { ISSUE_CODES };

export interface ReadOptions {
  /** overrides detection, e.g. `gb18030`; any iconv-lite name */
  readonly encoding?: string | undefined;
}

export interface ReadResult {
  readonly stats: FileStats;
  readonly issues: DataIssue[];
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
): Promise<{ stats: FileStats; issues: DataIssue[] }> {
  const reader = new RowReader(file);
  const scanner = new CsvScanner((fields, count, line) => {
    const rec = reader.row(fields, count, line);
    if (rec !== null) onRecord(rec, line);
  });
  for await (const text of decodeFile(path, reader.fileName, opts.encoding)) scanner.push(text);
  scanner.end();
  if (reader.headerCount < 0) throw new InputError(`${reader.fileName}: empty file (no header row)`);
  return { stats: statsOf(reader), issues: reader.issues };
}

/** The FileStats of a reader that has seen its whole file. */
export function statsOf(reader: Pick<RowReader<FileName>, 'fileName' | 'rows' | 'used'>): FileStats {
  return { name: reader.fileName, rows: reader.rows, used: reader.used, skipped: reader.rows - reader.used, missing: false };
}

/** The stats of an optional export that is not there (its sections say 本期无相关数据). */
export function missingStats(file: FileName): FileStats {
  return { name: `${file}.csv`, rows: 0, used: 0, skipped: 0, missing: true };
}
