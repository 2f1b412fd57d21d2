/**
 * RowReader: the header and the rows of one export → typed records and
 * DataIssues. Shared by the streaming reader (reader.ts) and the workers of
 * the parallel reader (src/parallel), so both apply exactly the same rules.
 *
 * Hot path: a million calls. Cells are validated by a switch on the column's
 * kind (date-time, count, enum, text) with direct calls, not through a
 * per-column closure, so the call sites stay monomorphic; the value array is
 * reused; nothing is allocated per row but the record and the issues.
 */
import type { DataIssue, FileName, RecordsByFile } from '../records.js';
import type { ColumnTable, TitleRow } from './column-table.js';
import type { RowSpans } from './csv-scanner.js';
import { parseDateTime, parseDateTimeAt } from './datetime.js';
import { InputError } from './errors.js';
import type { ExportMapping } from '../config/exports.js';
import { columnTable, titleOf } from './column-table.js';
import { headerProblems } from './header-check.js';
import { IssueLog, type Problem } from './issue-log.js';
import { idHash, hashId, IdHashSet } from './id-set.js';
import { INVALID, SCHEMAS, type ColumnRule, type Schema } from './schemas.js';
import { SpanMemo } from './span-memo.js';
import { quote, shown } from './values.js';
import { ownString } from './own-string.js';

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
  /** a field or the row past the scanner's caps (csv-scanner.ts): the row is dropped unread */
  tooLong: 'too-long',
} as const;

/** Hashes of the ids of kept rows, in file order (for the parallel reader's cross-chunk check). */
export class HashLog {
  data: Int32Array;
  length = 0;
  constructor(expected = 1024) {
    this.data = new Int32Array(2 * expected);
  }
  push(hi: number, lo: number): void {
    if (this.length + 2 > this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = hi;
    this.data[this.length++] = lo;
  }
  /** a compact copy, fit for transfer */
  take(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export interface RowReaderOptions {
  /**
   * One chunk of a file (parallel reader): the hash of every kept row's id
   * is logged, repeats included, and no set of ids is kept; the chunks'
   * logs are checked together (src/parallel/id-ledger.ts), and a chunk with
   * repeats is read again with them given as `earlier` and `again`.
   */
  readonly logIds?: boolean;
  /** ids (hashes) an earlier chunk kept: every row here with one is a duplicate */
  readonly earlier?: IdHashSet;
  /** ids (hashes) repeated within this chunk: rows after the first with one are duplicates */
  readonly again?: IdHashSet;
  /** rows to size the id set for */
  readonly expectedRows?: number;
  /**
   * Fields arrive undecoded: each char is one byte of the file (latin1 view
   * of UTF-8 or GB18030 bytes, whose delimiters are plain ASCII), and this
   * decodes one field. Cells that are plain ASCII are then parsed as they
   * are, enumerations and repeated text are looked up by their bytes, and
   * only the rest is decoded (the parallel reader: most of a calls file is
   * never turned into UTF-16 at all). The caller must have checked that the
   * bytes are valid in the encoding.
   */
  readonly decodeField?: (bytes: string) => string;
  /**
   * The cells remembered per column, from an earlier reader of the same
   * file with the same text representation (the chunks one worker reads):
   * warm from the first row, and not allocated again per chunk.
   */
  readonly memos?: ColumnMemos;
  /**
   * Hand out one record object, refilled row after row (Schema.fill), for
   * a consumer that keeps no reference to it (Fold.transient).
   */
  readonly reuseRecord?: boolean;
  /**
   * How this platform writes the export (config `exports.<name>`): the
   * headers its columns stand under, and its values of enumerated columns,
   * which are mapped before the column's own parse (so the memos above
   * remember mapped values; a reader's memos must come from readers with
   * the same mapping). Plain data: it crosses to worker threads.
   */
  readonly mapping?: ExportMapping | undefined;
  /** the file as messages name it (default `<name>.csv`): monthly files of one export each name their own */
  readonly fileName?: string | undefined;
  /**
   * ids kept by the earlier files of the same export (monthly files read as
   * one): a row with one of them is a duplicate. Without logIds, the reader
   * adds its own kept ids to this very set (it is the reader's set of ids).
   */
  readonly prior?: IdHashSet | undefined;
}

/** Remembered cells, per column of a file's schema (see RowReader.rowSpans and cell). */
export interface ColumnMemos {
  readonly spans: SpanMemo[];
  readonly maps: Map<string, unknown>[];
}

export function createColumnMemos(file: FileName): ColumnMemos {
  const columns = SCHEMAS[file].columns;
  return { spans: columns.map(() => new SpanMemo()), maps: columns.map(() => new Map<string, unknown>()) };
}

/** cells per column remembered by their bytes (enumerations, repeated text) */
const MEMO_SIZE = 4096;

const K_TEXT = 0;
/**
 * ids: handed over as they are cut from the chunk's text, uncopied, as most
 * are only hashed (duplicates) and dropped; a summary that keeps one makes it
 * its own string (ownString): measured ~5 % of reading calls and
 * consultations, which hold two ids a row
 */
const K_KEEP = 1;
const K_DATETIME = 2;
/** dates and numbers: parsed from ASCII */
const K_NUMBER = 3;
/**
 * every other parsed cell (enumerations, booleans, shown text with phone
 * numbers masked): the parse is a pure function of the text, so a cell
 * parsed once is looked up by its bytes after (memos), while the column has
 * few distinct spellings
 */
const K_ENUM = 4;

export class RowReader<F extends FileName> {
  readonly fileName: string;
  /** the problems found, grouped, and the first ones one by one (bounded: see IssueLog) */
  readonly log = new IssueLog();
  rows = 0;
  used = 0;
  /** the earliest and latest period date (schema.periodKey) of the usable rows; NaN before the first */
  first = NaN;
  last = NaN;
  /** where each column was found (set by `header`) */
  table: ColumnTable | null = null;
  /** the header was read */
  headerCount = -1;
  readonly ids: HashLog | null;

  readonly file: F;
  private readonly schema: Schema<F>;
  private readonly columns: readonly ColumnRule[];
  private readonly ncols: number;
  private readonly values: unknown[];
  private readonly kinds: Uint8Array;
  /** ids met so far (null in a chunk: see logIds) */
  private readonly seen: IdHashSet | null;
  private readonly idCol: number;
  private readonly earlier: IdHashSet | null;
  private readonly again: IdHashSet | null;
  private readonly againSeen: IdHashSet | null;
  /** with reuseRecord, the schema's fill (null: a new record per row), and the one record, once built */
  private readonly fill: ((target: RecordsByFile[F], v: readonly unknown[]) => RecordsByFile[F]) | null;
  private record: RecordsByFile[F] | null = null;
  private readonly decodeField: ((bytes: string) => string) | null;
  private readonly memo: Map<string, unknown>[];
  private readonly counts: Uint8Array;
  private readonly spanMemo: SpanMemo[];
  /** the problems of the row being read, in column order (see `cell`), and whether one makes it unusable */
  private problems: Problem[] | null = null;
  private skip = false;
  private readonly periodCol: number;
  private index: Int32Array = new Int32Array(0);
  private labels: string[] = [];
  /** per column: the platform's values → canonical ones (config `exports.<name>.values`), or null */
  private readonly valueMaps: (Map<string, string> | null)[];
  private readonly mapping: ExportMapping | undefined;
  /** ids of earlier files (logIds mode; otherwise they are in `seen`) */
  private readonly prior: IdHashSet | null;

  constructor(file: F, opts: RowReaderOptions = {}) {
    this.file = file;
    this.fileName = opts.fileName ?? `${file}.csv`;
    this.mapping = opts.mapping;
    this.schema = SCHEMAS[file];
    this.columns = this.schema.columns;
    this.ncols = this.columns.length;
    this.values = new Array<unknown>(this.ncols).fill(null);
    const idKey = this.schema.idKey;
    this.idCol = idKey === null ? -1 : this.columns.findIndex((c) => c.key === idKey);

    this.kinds = Uint8Array.from(this.columns, (c) => {
      if (c.parse === null) return c.key === idKey || c.key === 'call_id' || c.key === 'lawyer_id' ? K_KEEP : K_TEXT;
      if (c.expected.startsWith('a date-time')) return K_DATETIME;
      if (/^a (date|number|whole number)\b/.test(c.expected)) return K_NUMBER;
      return K_ENUM;
    });
    this.counts = Uint8Array.from(this.columns, (c) => (c.expected === 'a whole number ≥ 0' ? 1 : 0));
    // the dates an export spans: its period column, else its first date-time (callbacks: called_back_at)
    this.periodCol = this.schema.periodKey === null ? this.kinds.indexOf(K_DATETIME) : this.columns.findIndex((c) => c.key === this.schema.periodKey);
    const memos = opts.memos ?? createColumnMemos(file);
    this.spanMemo = memos.spans;
    this.decodeField = opts.decodeField ?? null;
    this.memo = memos.maps;
    this.ids = opts.logIds === true ? new HashLog(opts.expectedRows) : null;
    this.seen = opts.logIds === true ? null : (opts.prior ?? new IdHashSet(this.idCol < 0 ? 0 : opts.expectedRows));
    this.prior = opts.logIds === true ? (opts.prior ?? null) : null;
    const values = opts.mapping?.values ?? {};
    this.valueMaps = this.columns.map((c) => {
      const m = Object.hasOwn(values, c.key) ? values[c.key] : undefined;
      return m === undefined || Object.keys(m).length === 0 ? null : new Map(Object.entries(m));
    });
    this.earlier = opts.earlier ?? null;
    this.again = opts.again ?? null;
    this.againSeen = this.again === null ? null : new IdHashSet();
    // the schemas' fill functions are arrow functions: they need no `this`
    this.fill = opts.reuseRecord === true ? (this.schema.fill ?? null) : null;
  }

  /** a title row above the header, met before it (column-table.ts titleOf) */
  private title: TitleRow | null = null;

  /** The title row met while no header followed it yet (a file whose only row names no column), or null. */
  get titleWithoutHeader(): TitleRow | null {
    return this.headerCount < 0 ? this.title : null;
  }

  /** The header row as written (for the parallel reader's workers); `title`: a title row skipped above it. */
  header(fields: readonly string[], count: number, title: TitleRow | null = this.title): void {
    const fileName = this.fileName;
    const file = this.file;
    const header = fields.slice(0, count);
    // lines ended by CR alone (classic Mac OS) are one line to a CSV reader, the whole file then a header of joined rows
    if (header.some((h) => /\r(?!\n)/.test(h))) {
      throw new InputError(`${fileName}: its header holds a carriage return (CR) with no line feed after it: are its lines ended by CR alone (classic Mac OS)? Save it again with CRLF or LF line ends`);
    }
    // the one way columns are found (column-table.ts), with this platform's headers
    const table = columnTable(file, header, this.mapping?.columns);
    const problems = headerProblems(table, file, fileName, header, this.mapping);
    if (problems.length > 0) throw new InputError(problems.join('\n'));
    const map = new Map(table.columns.map((c) => [c.key, c.index]));
    this.index = new Int32Array(this.ncols);
    this.labels = [];
    this.columns.forEach((c, i) => {
      const at = map.get(c.key) ?? -1;
      this.index[i] = at;
      // the header as written names the column in messages, on one line (a quoted header may hold a line break)
      this.labels.push(at < 0 ? c.key : shown((header[at] ?? c.key).replace(/\s+/g, ' ').trim()));
    });
    this.headerCount = count;
    this.table = title === null ? table : { ...table, title };
  }

  private label(key: string): string {
    return this.labels[this.columns.findIndex((c) => c.key === key)] ?? key;
  }

  /** the first problems one by one (at most ISSUES_KEPT) */
  get issues(): DataIssue[] {
    return this.log.first;
  }

  private issue(line: number, p: Problem): void {
    this.log.add(this.fileName, line, p);
    this.log.row();
  }

  /** a problem of the row being read; `fatal`: the row cannot be used */
  private note(p: Problem, fatal: boolean): void {
    (this.problems ??= []).push(p);
    if (fatal) this.skip = true;
  }

  /**
   * A row the scanner dropped as too long (CsvScanner's longRow): a skipped
   * row; as the first row, there is no header to read.
   */
  longRow(line: number, reason: string): void {
    if (this.headerCount < 0) throw new InputError(`${this.fileName}:${line}: the header row cannot be read: ${reason}`);
    this.rows++;
    this.issue(line, { code: ISSUE_CODES.tooLong, reason: `${reason}; row skipped` });
  }

  /**
   * A workbook's row whose cells in columns `cols` (0-based) hold a formula
   * whose value the workbook never saved (a program wrote it without
   * calculating it; SheetRows.unsaved): such a cell reads as blank, so in a
   * column the report reads, the file cannot be used as it is.
   */
  unsavedFormulas(cols: readonly number[], line: number): void {
    for (let i = 0; i < this.index.length; i++) {
      if (!cols.includes(this.index[i] as number)) continue;
      throw new InputError(
        `${this.fileName}:${line}: ${this.labels[i] ?? ''} holds a formula whose value was never saved (the program that wrote the workbook did not calculate it), which would be read as blank; open the workbook in Excel or LibreOffice, save it, and run again`,
      );
    }
  }

  /**
   * One row (the first one is the header). Returns the record, or null for
   * the header, a blank row or a skipped row (its issue recorded).
   */
  row(fields: readonly string[], count: number, line: number): RecordsByFile[F] | null {
    if (this.headerCount < 0) {
      // a title above the header (once): the header is the next row
      const title = this.title === null ? titleOf(this.file, fields.slice(0, count), line, this.mapping?.columns) : null;
      if (title !== null) this.title = title;
      else this.header(fields, count);
      return null;
    }
    if (count !== this.headerCount) {
      if (this.allBlank(fields, count)) return null;
      this.rows++;
      this.issue(line, { code: ISSUE_CODES.columns, reason: `has ${count} field${count === 1 ? '' : 's'}, the header has ${this.headerCount}` });
      return null;
    }
    const { values, index, ncols } = this;
    this.problems = null;
    this.skip = false;
    for (let i = 0; i < ncols; i++) {
      const at = index[i] as number;
      if (at < 0) values[i] = (this.columns[i] as ColumnRule).blank;
      else this.cell(i, fields[at] as string);
    }
    if (this.skip && this.allBlank(fields, count)) return null; // a row of commas
    return this.finish(line);
  }

  /**
   * The same as `row(cells, count, line)` with the cells given as places in
   * the scanned text (CsvScanner.spans): the common cells are parsed where
   * they lie (date-times, counts, plain ASCII text, remembered enumerations
   * and text); only ids and cells met for the first time are cut out, and
   * every cell that is not plain goes through `row`'s very code (`cell`).
   */
  rowSpans(r: RowSpans, count: number, line: number): RecordsByFile[F] | null {
    if (this.headerCount < 0 || count !== this.headerCount) return this.row(cellsOf(r, count), count, line);
    const { values, index, ncols, kinds, counts, spanMemo } = this;
    const { text, starts, ends, quoted } = r;
    this.problems = null;
    this.skip = false;
    for (let i = 0; i < ncols; i++) {
      const at = index[i] as number;
      if (at < 0) {
        values[i] = (this.columns[i] as ColumnRule).blank;
        continue;
      }
      const a = starts[at] as number;
      if (a < 0) {
        this.cell(i, quoted[at] as string);
        continue;
      }
      const b = ends[at] as number;
      if (a === b) {
        this.cell(i, '');
        continue;
      }
      const c0 = text.charCodeAt(a);
      const cz = text.charCodeAt(b - 1);
      const plain = c0 > 32 && c0 < 127 && cz > 32 && cz < 127;
      const kind = kinds[i];
      if (kind === K_DATETIME) {
        if (plain) {
          const n = parseDateTimeAt(text, a, b);
          if (n === n) {
            values[i] = n;
            continue;
          }
        }
      } else if (counts[i] === 1) {
        if (plain) {
          const n = countAt(text, a, b);
          if (n >= 0) {
            values[i] = n;
            continue;
          }
        }
      } else if (kind === K_ENUM || kind === K_TEXT) {
        const memo = spanMemo[i] as SpanMemo;
        const v = memo.get(text, a, b);
        if (v !== undefined) {
          values[i] = v;
          continue;
        }
        // Not met before: the value is copied out of the chunk's text, so
        // that no value a fold keeps (a region's city as a Map key, say)
        // holds a piece of the text alive; and remembered, but for plain
        // ASCII text, which is cheaper to copy than to look up (agent ids).
        if (kind === K_TEXT && plain && asciiAt(text, a, b)) {
          values[i] = ownString(text.slice(a, b));
          continue;
        }
        const raw = text.slice(a, b);
        if (this.cell(i, raw)) {
          const v = flatValue(values[i]);
          values[i] = v;
          memo.set(raw, v);
        }
        continue;
      } else if (kind === K_KEEP && plain && asciiAt(text, a, b)) {
        values[i] = text.slice(a, b);
        continue;
      }
      this.cell(i, text.slice(a, b));
    }
    if (this.skip && this.allBlank(cellsOf(r, count), count)) return null; // a row of commas
    return this.finish(line);
  }

  /**
   * One cell (`raw`: as in the file; undecoded bytes with decodeField) →
   * `values[i]`, noting a problem (`note`). True when the value is
   * a good one (not blank, not bad).
   */
  private cell(i: number, raw: string): boolean {
    const { columns, values, kinds, decodeField } = this;
    const rule = columns[i] as ColumnRule;
    const bytes = raw;
    if (decodeField !== null && raw.length > 0) {
      // fast paths on the undecoded bytes; anything else is decoded and takes the common path
      const kind = kinds[i];
      const a = raw.charCodeAt(0);
      const z = raw.charCodeAt(raw.length - 1);
      const plain = a > 32 && a < 127 && z > 32 && z < 127;
      if (kind === K_DATETIME) {
        if (plain) {
          const n = parseDateTime(raw);
          if (n === n) {
            values[i] = n;
            return true;
          }
        }
      } else if (kind === K_NUMBER) {
        if (plain) {
          const v = (rule.parse as (s: string) => unknown)(raw);
          if (v !== INVALID) {
            values[i] = v;
            return true;
          }
        }
      } else if (kind === K_TEXT && plain && isAscii(raw)) {
        values[i] = raw;
        return true;
      } else if (kind === K_ENUM || kind === K_TEXT) {
        const v = (this.memo[i] as Map<string, unknown>).get(raw);
        if (v !== undefined) {
          values[i] = v;
          return true;
        }
      } else if (kind === K_KEEP && plain && isAscii(raw)) {
        values[i] = raw;
        return true;
      }
      if (!isAscii(raw)) raw = decodeField(raw);
    }
    const t = raw.length === 0 ? raw : trim(raw);
    if (t.length === 0) {
      if (rule.nonBlank) this.note({ code: ISSUE_CODES.blank, reason: `${this.labels[i]} is blank`, column: this.labels[i] }, true);
      values[i] = rule.blank;
      return false;
    }
    let v: unknown;
    switch (kinds[i]) {
      case K_TEXT:
        values[i] = t;
        if (decodeField !== null) this.remember(i, bytes, t);
        return true;
      case K_KEEP:
        values[i] = t;
        return true;
      case K_DATETIME: {
        const n = parseDateTime(t);
        v = n === n ? n : INVALID; // NaN check without a call
        break;
      }
      default: {
        // the platform's value → the canonical one, then the column's own parse
        const m = this.valueMaps[i] as Map<string, string> | null;
        v = (rule.parse as (s: string) => unknown)(m === null ? t : (m.get(t) ?? t));
      }
    }
    if (v === INVALID) {
      this.note(this.invalid(i, t), rule.nonBlank);
      values[i] = rule.blank;
      return false;
    }
    values[i] = v;
    if (decodeField !== null && kinds[i] === K_ENUM) this.remember(i, bytes, v);
    return true;
  }

  /** A bad cell: `来电方式 "移动电话" is not a channel` (an optional one: `…; read as blank`), with the hint for an enumeration. */
  private invalid(i: number, t: string): Problem {
    const rule = this.columns[i] as ColumnRule;
    const column = this.labels[i] as string;
    const value = quote(t);
    const what = `is not ${rule.expected}${rule.nonBlank ? '' : '; read as blank'}`;
    const hint = rule.values === undefined ? undefined : `map it under exports.${this.file}.values.${rule.key} (to one of ${rule.values.join(', ')})`;
    return { code: ISSUE_CODES.invalid, reason: `${column} ${value} ${what}`, column, value, what, hint };
  }

  /**
   * The checks across cells and the id, then the row's problems, every one
   * of them (a row with a bad cell is not checked across cells nor for a
   * repeated id: those need its values); the record of a usable row.
   */
  private finish(line: number): RecordsByFile[F] | null {
    const values = this.values;
    this.rows++;
    if (!this.skip && this.schema.check !== undefined) {
      const p = this.schema.check(values, (k) => this.label(k));
      if (p !== null) this.note(p, true);
    }
    if (!this.skip && this.idCol >= 0) {
      const id = values[this.idCol] as string;
      hashId(id);
      const { hi, lo } = idHash;
      if (this.seen !== null ? !this.seen.addHash(hi, lo) : this.isRepeat(hi, lo) || (this.prior !== null && this.prior.has(hi, lo))) this.note(this.duplicate(id), true);
      else if (this.ids !== null) this.ids.push(hi, lo);
    }
    const problems = this.problems;
    if (problems !== null) {
      for (const p of problems) this.log.add(this.fileName, line, p);
      this.log.row();
      if (this.skip) return null;
    }
    this.used++;
    if (this.periodCol >= 0) {
      const t = values[this.periodCol] as number;
      if (!(t >= this.first)) this.first = t; // NaN at first: taken
      if (!(t <= this.last)) this.last = t;
    }
    if (this.fill === null) return this.schema.build(values);
    return this.record === null ? (this.record = this.schema.build(values)) : this.fill(this.record, values);
  }

  /** in a chunk read again: the id is one the ledger found repeated here */
  private isRepeat(hi: number, lo: number): boolean {
    if (this.earlier !== null && this.earlier.has(hi, lo)) return true;
    return this.again !== null && this.again.has(hi, lo) && !(this.againSeen as IdHashSet).addHash(hi, lo);
  }

  /** a good cell's value by its bytes, while the column has few distinct ones */
  private remember(i: number, bytes: string, v: unknown): void {
    const memo = this.memo[i] as Map<string, unknown>;
    // copies: memos outlive the chunk the cell was cut from (ColumnMemos)
    if (memo.size < MEMO_SIZE) memo.set(ownString(bytes), flatValue(v));
  }

  private allBlank(fields: readonly string[], count: number): boolean {
    for (let i = 0; i < count; i++) {
      const f = fields[i] as string;
      if ((this.decodeField === null || isAscii(f) ? f : this.decodeField(f)).trim() !== '') return false;
    }
    return true;
  }

  private duplicate(id: string): Problem {
    const column = this.labels[this.idCol] as string;
    const value = quote(id);
    const what = 'appears again; the first row is kept';
    return { code: ISSUE_CODES.duplicate, reason: `${column} ${value} ${what}`, column, value, what };
  }
}

/** the cells of a row as strings (the general path) */
function cellsOf(r: RowSpans, count: number): string[] {
  const cells = new Array<string>(count);
  for (let k = 0; k < count; k++) {
    const a = r.starts[k] as number;
    cells[k] = a < 0 ? (r.quoted[k] as string) : r.text.slice(a, r.ends[k]);
  }
  return cells;
}

/** `parseCount(s.slice(a, b))` for a run of digits; -1 for anything else (then the general path decides) */
function countAt(s: string, a: number, b: number): number {
  if (b - a > 15) return -1;
  let n = 0;
  for (let k = a; k < b; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function asciiAt(s: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (s.charCodeAt(k) > 127) return false;
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** `s.trim()`, skipping the runtime call when both ends are printable ASCII (the common case). */
function trim(s: string): string {
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  return a > 32 && a < 127 && z > 32 && z < 127 ? s : s.trim();
}

/** ownString for a string value, the value itself otherwise */
function flatValue(v: unknown): unknown {
  return typeof v === 'string' ? ownString(v) : v;
}
