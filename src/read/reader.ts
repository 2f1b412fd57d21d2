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
import { HEADERS, mapHeader } from './headers.js';
import { INVALID, SCHEMAS, type ColumnRule, type RowProblem } from './schemas.js';
import { quote } from './values.js';

export interface ReadOptions {
  /** overrides detection, e.g. `gb18030`; any iconv-lite name */
  readonly encoding?: string | undefined;
}

export interface ReadResult {
  readonly stats: FileStats;
  readonly issues: DataIssue[];
}

/** Issue codes (DataIssue.code). */
export const ISSUE_CODES = {
  /** the row has more or fewer fields than the header */
  columns: 'columns',
  /** a required cell is blank */
  blank: 'blank',
  /** a cell is unparsable or not one of its values (required: row skipped; optional: read as blank) */
  invalid: 'invalid',
  /** an id seen before in the file; the first row is kept */
  duplicate: 'duplicate',
  /** end_time not after start_time */
  order: 'order',
  /** a cell required by another one (upheld for 复核) is blank or bad */
  requiredIf: 'required-if',
} as const;

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
  const fileName = `${file}.csv`;
  const schema = SCHEMAS[file];
  const columns = schema.columns;
  const ncols = columns.length;
  const issues: DataIssue[] = [];
  const values: unknown[] = new Array<unknown>(ncols).fill(null);
  const seen = new Set<string>();
  const idCol = schema.idKey === null ? -1 : columns.findIndex((c) => c.key === schema.idKey);
  let index: Int32Array = new Int32Array(0);
  const keep = Uint8Array.from(columns, (c) => (c.key === schema.idKey || c.key === 'call_id' || c.key === 'lawyer_id' ? 1 : 0));
  let labels: string[] = [];
  let headerCount = -1;
  let rows = 0;
  let used = 0;

  const label = (key: string): string => labels[columns.findIndex((c) => c.key === key)] ?? key;
  const issue = (line: number, p: RowProblem): void => {
    issues.push({ file: fileName, line, code: p.code, reason: p.reason });
  };

  const onHeader = (fields: readonly string[], count: number): void => {
    const header = fields.slice(0, count);
    const map = mapHeader(file, header);
    if ([...map.values()].every((i) => i < 0)) {
      throw new InputError(`${fileName}: the header row names none of the expected columns (${HEADERS[file].map((h) => h.key).join(', ')}); is this the right file, and a comma-separated CSV?`);
    }
    index = new Int32Array(ncols);
    labels = [];
    columns.forEach((c, i) => {
      const at = map.get(c.key) ?? -1;
      if (at < 0 && c.needed) {
        const zh = HEADERS[file].find((h) => h.key === c.key)?.zh ?? '';
        throw new InputError(`${fileName}: missing required column ${c.key} (${zh})`);
      }
      index[i] = at;
      labels.push(at < 0 ? c.key : (header[at] ?? c.key).trim());
    });
    headerCount = count;
  };

  const onRow = (fields: readonly string[], count: number, line: number): void => {
    if (headerCount < 0) {
      onHeader(fields, count);
      return;
    }
    if (count !== headerCount) {
      if (allBlank(fields, count)) return;
      rows++;
      issue(line, { code: ISSUE_CODES.columns, reason: `has ${count} field${count === 1 ? '' : 's'}, the header has ${headerCount}` });
      return;
    }
    let fatal: RowProblem | null = null;
    let soft: RowProblem[] | null = null;
    for (let i = 0; i < ncols; i++) {
      const at = index[i] as number;
      const rule = columns[i] as ColumnRule;
      if (at < 0) {
        values[i] = rule.blank;
        continue;
      }
      const raw = fields[at] as string;
      const t = raw.length === 0 ? raw : raw.trim();
      if (t.length === 0) {
        if (rule.nonBlank) {
          if (fatal === null) fatal = { code: ISSUE_CODES.blank, reason: `${labels[i]} is blank` };
        }
        values[i] = rule.blank;
        continue;
      }
      if (rule.parse === null) {
        // ids are what consumers keep (joins, distinct counts): copy them out of the chunk
        values[i] = keep[i] === 1 ? flatCopy(t) : t;
        continue;
      }
      const v = rule.parse(t);
      if (v === INVALID) {
        const reason = `${labels[i]} ${quote(t)} is not ${rule.expected}`;
        if (rule.nonBlank) {
          if (fatal === null) fatal = { code: ISSUE_CODES.invalid, reason };
        } else {
          (soft ??= []).push({ code: ISSUE_CODES.invalid, reason: `${reason}; read as blank` });
        }
        values[i] = rule.blank;
      } else {
        values[i] = v;
      }
    }
    if (fatal !== null && fatal.code === ISSUE_CODES.blank && allBlank(fields, count)) return; // a row of commas
    rows++;
    if (fatal === null && schema.check !== undefined) fatal = schema.check(values, label);
    if (fatal === null && idCol >= 0) {
      const id = values[idCol] as string; // already a copy (see keep): a slice would pin its whole 1 MB chunk
      const before = seen.size;
      seen.add(id); // one hash lookup instead of has() + add()
      if (seen.size === before) {
        fatal = { code: ISSUE_CODES.duplicate, reason: `${labels[idCol]} ${quote(id)} appears again; the first row is kept` };
      }
    }
    if (fatal !== null) {
      issue(line, fatal);
      return;
    }
    if (soft !== null) for (const p of soft) issue(line, p);
    used++;
    onRecord(schema.build(values), line);
  };

  const scanner = new CsvScanner(onRow);
  for await (const text of decodeFile(path, fileName, opts.encoding)) scanner.push(text);
  scanner.end();
  if (headerCount < 0) throw new InputError(`${fileName}: empty file (no header row)`);
  return { stats: { name: fileName, rows, used, skipped: rows - used, missing: false }, issues };
}

/** The stats of an optional export that is not there (its sections say 本期无相关数据). */
export function missingStats(file: FileName): FileStats {
  return { name: `${file}.csv`, rows: 0, used: 0, skipped: 0, missing: true };
}

function allBlank(fields: readonly string[], count: number): boolean {
  for (let i = 0; i < count; i++) if ((fields[i] as string).trim() !== '') return false;
  return true;
}

/**
 * A string that does not share memory with the chunk it was cut from. V8
 * keeps a slice of 13+ characters as a view on its parent; prepending a char
 * forces a fresh flat string.
 */
function flatCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
