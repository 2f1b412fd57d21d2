/**
 * readXlsxExport: one export that is an Excel workbook (`.xlsx`), folded as
 * the CSV readers fold theirs: its rows go through the same RowReader
 * (header mapping, validation, duplicates, issues), each row's line being
 * its row number in the sheet, so every rule holds as for a CSV.
 *
 * Streamed: the zip is read by its central directory (zip.ts), the sheet's
 * XML inflated and tokenized chunk by chunk (xml.ts), rows handed on one at
 * a time (sheet.ts); only the shared strings are held (they are the cells'
 * text). The first row is the header; fully blank rows are skipped.
 *
 * Which reader, measured (2 cores shared with other builds, 100k generated
 * calls, 12 columns; rows/s, peak RSS):
 *   exceljs 4.4 stream.xlsx.WorkbookReader  16k rows/s, 229 MB (shared strings)  19k rows/s, 135 MB (inline)
 *   SheetJS 0.20.3 (@e965/xlsx), dense      12k rows/s, 360 MB                  10k rows/s, 386 MB
 *     (reads the whole sheet into memory: 1M rows = 650 MB of XML cannot be
 *     held; 10× the 100k RSS)
 *   openpyxl 3.0.9 read-only (python3)       6.5k rows/s, 61 MB                 4.7k rows/s, 43 MB
 *   this reader, one thread                  33k rows/s, 127 MB                  28k rows/s, 102 MB
 * The goal (15× openpyxl, under 400 MB for 1M rows) is out of reach of both
 * libraries, hence this reader, on yauzl (zip) and htmlparser2's Tokenizer
 * (XML); zip.ts and xml.ts give their measurements.
 *
 * 1M calls (`npm run bench`, xlsx part; one run each side, 2 cores, two
 * runs on one host; wall / CPU seconds):
 *   shared strings, 80 MB zip / 413 MB XML: the built CLI's report
 *     10.5 / 19.3 and 14.4 / 23.4, peak RSS 323–327 MB; openpyxl 192 and
 *     200 (18.2× and 13.9×); unzip -p 2.9 and 4.5; the same rows as CSV 2.0
 *     and 2.8; metrics.json equal to the CSV's
 *   inline strings, 93 MB / 639 MB: 12.9 / 24.6 and 14.8 / 28.0, 228–230 MB;
 *     openpyxl 285 and 307 (22.2× and 20.8×); unzip -p 3.9 and 6.7
 * Before the shared strings were one string and the XML decoded in small
 * slices (shared-strings.ts, sheet.ts), the same report peaked at 474 MB.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileName } from '../../records.js';
import type { ParallelResult } from '../../parallel/index.js';
import { maskPhones } from '../values.js';
import { columnTable, titleOf } from '../column-table.js';
import { sheetHeader } from './sheet-header.js';
import { availableParallelism } from 'node:os';
import { loadFold, type Fold, type FoldSpec } from '../../parallel/fold.js';
import { Pool, readPieces } from './parallel.js';
import { InputError } from '../errors.js';
import { closest } from '../closest.js';
import type { ExportMapping } from '../../config/exports.js';
import { resultOf, type ReadOptions } from '../reader.js';
import type { ColumnTable } from '../column-table.js';
import { RowReader, type RowReaderOptions } from '../row-reader.js';
import { SheetRows, type SheetFormat } from './sheet.js';
import { NO_SHARED_STRINGS, readSharedStrings } from './shared-strings.js';
import { readWorkbook, type SheetRef, type WorkbookInfo } from './workbook.js';
import { Zip } from './zip.js';
import { Utf8Text } from './utf8.js';

export interface XlsxReadOptions extends ReadOptions {
  /** the sheet's name (config `exports.<name>.sheet`); default the first sheet */
  readonly sheet?: string | undefined;
  /** worker threads (default: os.availableParallelism()); below 2, one thread */
  readonly workers?: number | undefined;
  /** sheets of fewer bytes of XML are read on the calling thread (default 32 MB, ~50k rows) */
  readonly minBytes?: number | undefined;
  /** bytes of XML per piece handed to a worker (default 2 MB) */
  readonly chunkBytes?: number | undefined;
}

const MB = 1 << 20;

/** Files read as workbooks: `.xlsx`, `.xlsm`, and `.xls` (which is told apart by its bytes). */
export function isWorkbookName(name: string): boolean {
  return /\.(xlsx|xlsm|xls)$/i.test(name);
}

export const SAVE_AS = 'save it as .xlsx or as CSV (UTF-8) and try again';

/** The stream an encrypted OOXML file holds (MS-OFFCRYPTO), as OLE2 directory entries name it: UTF-16LE. */
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

/** The first bytes: an OLE2 compound file is an Excel 97–2003 `.xls`; a zip starts `PK`. */
export async function sniff(path: string, fileName: string): Promise<void> {
  // enough of an OLE2 file to hold its directory, where an encrypted workbook names its EncryptedPackage stream
  const head = Buffer.alloc(64 * 1024);
  let n = 0;
  try {
    const h = await open(path, 'r');
    try {
      n = (await h.read(head, 0, head.length, 0)).bytesRead;
    } finally {
      await h.close();
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new InputError(`${fileName}: cannot be read (${e.code ?? e.message})`);
  }
  if (n >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    // Excel saves a workbook with a password to open as an OLE2 file too, its zip encrypted inside
    if (head.subarray(0, n).includes(ENCRYPTED)) throw new InputError(`${fileName}: a workbook protected by a password, which cannot be read; open it in Excel, remove the password (File › Info › Protect Workbook) and save it, or ${SAVE_AS}`);
    throw new InputError(`${fileName}: an Excel 97–2003 workbook (.xls), which cannot be read; ${SAVE_AS}`);
  }
  if (n < 4 || head[0] !== 0x50 || head[1] !== 0x4b) throw new InputError(`${fileName}: not an Excel workbook (.xlsx); ${SAVE_AS}`);
}

/**
 * The sheet asked for, or the first; an unknown name lists the workbook's
 * sheets. `from`: where the name was given (`hotline.config.json:
 * exports.calls.sheet`), which the message then names, as the other
 * mistakes of the mapping are named (header-check.ts).
 */
export function pickSheet(info: WorkbookInfo, wanted: string | undefined, fileName: string, from?: string): SheetRef {
  if (info.sheets.length === 0) throw new InputError(`${fileName}: the workbook has no worksheet`);
  if (wanted === undefined) return info.sheets[0] as SheetRef;
  const norm = (s: string): string => s.trim().toLowerCase();
  const found = info.sheets.find((s) => s.name === wanted) ?? info.sheets.find((s) => norm(s.name) === norm(wanted));
  if (found !== undefined) return found;
  const names = info.sheets.map((s) => `"${s.name}"`).join(', ');
  if (from === undefined) throw new InputError(`${fileName}: no sheet named "${wanted}"; its sheets are ${names}`);
  const near = closest([wanted], info.sheets.map((s) => s.name));
  throw new InputError(`${from}: ${fileName} has no sheet named "${wanted}"${near === null ? '' : `; did you mean ${near}?`} (its sheets: ${names})`);
}

/** Where the config named the sheet of `file`, for messages; undefined when it did not (then the sheet is the first, or given otherwise). */
export function sheetSource(file: string, mapping: ExportMapping | undefined): string | undefined {
  return mapping?.sheet === undefined ? undefined : `${mapping.source}: exports.${file}.sheet`;
}

/**
 * The workbook's other sheets with the columns of the sheet read (`table`),
 * whatever their order and spelling (one sheet per month): only one sheet
 * of a workbook is read, as the spec says, so their rows would be left out
 * without a word. Reads each one's XML only to its header; a sheet that
 * cannot be read is passed over.
 */
async function unreadSheetsWarning(zip: Zip, info: WorkbookInfo, sheet: SheetRef, format: SheetFormat, table: ColumnTable, ctx: WarningContext): Promise<string[]> {
  if (info.sheets.length < 2) return [];
  const { file, mapping, fileName } = ctx;
  const title = (cells: readonly string[]): boolean => titleOf(file, cells, 0, mapping?.columns) !== null;
  const key = (t: ColumnTable): string => t.columns.filter((c) => c.index >= 0).map((c) => c.key).join(' ');
  const read = key(table);
  if (read === '') return [];
  const same: string[] = [];
  for (const other of info.sheets) {
    if (other === sheet) continue;
    const header = await sheetHeader(zip, other, format, title).catch(() => null);
    if (header !== null && key(columnTable(file, header, mapping?.columns)) === read) same.push(`"${maskPhones(other.name)}"`);
  }
  if (same.length === 0) return [];
  const one = same.length === 1;
  return [
    `${fileName}: ${one ? 'sheet' : 'sheets'} ${same.join(', ')} ${one ? 'has' : 'have'} the header of "${maskPhones(sheet.name)}", which alone is read as ${file}.csv (one sheet of a workbook is): ` +
      `their rows are left out; save each sheet as a file of its own and match the files with exports.${file}.file (monthly files), or name the sheet to read with exports.${file}.sheet`,
  ];
}

/** Cells merged over several rows in the sheet read (SheetRows.merged): all but a range's first cell read as blank. */
function mergedWarning(sheet: SheetRef, merged: { readonly count: number; readonly refs: readonly string[] }, { fileName }: WarningContext): string[] {
  if (merged.count === 0) return [];
  const more = merged.count > merged.refs.length ? `, … (${merged.count.toLocaleString('en-US')} in all)` : '';
  return [
    `${fileName}: sheet "${maskPhones(sheet.name)}" has cells merged over several rows (${merged.refs.join(', ')}${more}): a merged range's value is in its first cell only, so the others read as blank; ` +
      'unmerge them, filling each cell with its value, and save',
  ];
}

/** What the warnings name: the export, its mapping, the file as messages name it. */
interface WarningContext {
  readonly file: FileName;
  readonly mapping: ExportMapping | undefined;
  readonly fileName: string;
}

/** The sheet on this thread, row after row. */
async function readSingle<S, F extends FileName>(
  file: F,
  zip: Zip,
  sheet: SheetRef,
  format: SheetFormat,
  fold: Fold<S, F>,
  opts: Pick<RowReaderOptions, 'mapping' | 'fileName' | 'prior'> & { readonly fileName: string },
): Promise<ParallelResult<S> & { readonly merged: SheetRows['merged'] }> {
  const { fileName } = opts;
  // the config's mapping (headers, values), the name messages give the file, the ids of the export's earlier files
  const reader = new RowReader(file, { reuseRecord: fold.transient === true, mapping: opts.mapping, fileName, prior: opts.prior });
  const state = fold.create();
  const rows = new SheetRows((fields, count, line) => {
    if (reader.headerCount < 0) {
      // the header (or a title above it): every row after it has its width, blank cells past a row's last one included
      reader.row(fields, count, line);
      if (reader.headerCount >= 0) rows.widen(reader.headerCount);
      return;
    }
    if (rows.unsaved.length > 0) reader.unsavedFormulas(rows.unsaved, line);
    const rec = reader.row(fields, Math.max(count, reader.headerCount), line);
    if (rec !== null) fold.add(state, rec, line);
  }, format);
  const decoder = new Utf8Text();
  for await (const b of await zip.stream(sheet.part)) rows.writeBytes(b as Buffer, decoder);
  rows.write(decoder.end());
  rows.end();
  if (reader.headerCount < 0) throw new InputError(`${fileName}: sheet "${sheet.name}" is empty (no header row)`);
  return { ...resultOf(reader), state, mode: 'single', merged: rows.merged };
}

/** A failure while reading the sheet, but for a message about the data (InputError): one line naming the file and sheet. */
async function sheetError<T>(fileName: string, sheet: SheetRef, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    if (err instanceof InputError) throw err;
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`${fileName}: sheet "${sheet.name}" cannot be read (${why}); ${SAVE_AS}`);
  }
}

/**
 * Reads the workbook at `path` as export `file` into the fold of `spec`:
 * the same result shape as readExportParallel.
 */
export async function readXlsxExport<S, F extends FileName>(
  file: F,
  path: string,
  opts: XlsxReadOptions,
  spec: FoldSpec,
): Promise<ParallelResult<S>> {
  // messages name the file as found (monthly files each their own)
  const fileName = opts.fileName ?? basename(path);
  await sniff(path, fileName);
  const fold = await loadFold<S, F>(spec);
  let zip: Zip;
  try {
    zip = await Zip.open(path);
  } catch {
    throw new InputError(`${fileName}: not an Excel workbook (.xlsx), or a damaged one; ${SAVE_AS}`);
  }
  let pool: Pool | null = null;
  // the large parts read, checked when the read fails
  let parts: string[] = [];
  try {
    let info: WorkbookInfo;
    try {
      info = await readWorkbook(zip);
    } catch {
      throw new InputError(`${fileName}: not an Excel workbook (.xlsx), or a damaged one; ${SAVE_AS}`);
    }
    const sheet = pickSheet(info, opts.sheet ?? opts.mapping?.sheet, fileName, opts.sheet === undefined ? sheetSource(file, opts.mapping) : undefined);
    parts = info.sharedStrings === null ? [sheet.part] : [info.sharedStrings, sheet.part];
    const workers = Math.max(1, opts.workers ?? availableParallelism());
    // a large sheet is read on worker threads, started now: they load while the shared strings are read
    if (workers >= 2 && zip.size(sheet.part) >= (opts.minBytes ?? 32 * MB)) pool = new Pool(workers, { fold: spec }, fileName);
    const shared = info.sharedStrings === null ? NO_SHARED_STRINGS : await readSharedStrings(zip, info.sharedStrings);

    const format = { shared, styles: info.styles, date1904: info.date1904 };
    const wctx: WarningContext = { file, mapping: opts.mapping, fileName };
    if (pool !== null) {
      const ctx = { file, format, mapping: opts.mapping, fileName };
      // a row of a calls sheet is ~400 bytes of XML (shared strings) to ~650 (inline)
      const expectedRows = Math.ceil(zip.size(sheet.part) / 400);
      const threads = pool;
      const r = await sheetError(fileName, sheet, () => zip.stream(sheet.part).then((xml) => readPieces<S, F>(ctx, xml, fold, { pool: threads, pieceBytes: opts.chunkBytes, prior: opts.prior, expectedRows })));
      if (r !== null) {
        if (!r.header) throw new InputError(`${fileName}: sheet "${sheet.name}" is empty (no header row)`);
        const table = r.table as ColumnTable;
        const warnings = [...mergedWarning(sheet, r.merged, wctx), ...(await unreadSheetsWarning(zip, info, sheet, format, table, wctx))];
        return { state: r.state, stats: r.stats, issues: r.issues, log: r.log, table, span: r.span, mode: 'parallel', chunks: { count: r.pieces, refolded: r.refolded }, warnings };
      }
      // rows without numbers: read again, in order, on this thread
    }
    const { merged, ...r } = await sheetError(fileName, sheet, () => readSingle(file, zip, sheet, format, fold, { mapping: opts.mapping, fileName, prior: opts.prior }));
    return { ...r, warnings: [...mergedWarning(sheet, merged, wctx), ...(await unreadSheetsWarning(zip, info, sheet, format, r.table, wctx))] };
  } catch (err) {
    // what a damaged part inflates to can fail as anything before its checksum is reached: the damage is the cause to name
    for (const part of parts) if (!(await zip.intact(part))) throw new InputError(`${fileName}: the workbook is damaged (its part ${part} does not match the workbook's own checksum); export it again, or ${SAVE_AS}`);
    throw err;
  } finally {
    zip.close();
    await pool?.close();
  }
}
