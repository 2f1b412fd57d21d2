/**
 * What a worker does with one chunk of whole rows: decode the bytes piece by
 * piece, scan, validate with the same RowReader as the single-thread reader
 * (src/read/row-reader.ts) and fold the records into a fresh state.
 * Runs in-process too (tests, and the re-fold of a chunk with duplicates).
 */
import { isUtf8 } from 'node:buffer';
import { iconv } from '../libraries/iconv.js';
import { CsvScanner, scanAll, type RowSpans, type SpanSink } from '../read/csv-scanner.js';
import { InputError } from '../read/errors.js';
import { unclosedQuoteError } from '../read/reader.js';
import { firstBadUtf8, notUtf8 } from '../read/utf8-error.js';
import { IdHashSet } from '../read/id-set.js';
import { createColumnMemos, RowReader, type ColumnMemos, type RowReaderOptions } from '../read/row-reader.js';
import type { FileName } from '../records.js';
import type { IssueLogData } from '../read/issue-log.js';
import { packState, type Fold } from './fold.js';
import type { Repeats } from './id-ledger.js';

/** `latin1` for a chunk of ASCII bytes (read the same in every candidate encoding), else `utf-8` or an iconv-lite name. */
export type ChunkEncoding = string;

export interface ChunkJob {
  readonly id: number;
  /** the chunk's bytes: whole rows (the last one may lack its line break at the end of the file) */
  readonly bytes: Uint8Array;
  /** byte offset in the file (for messages) */
  readonly offset: number;
  /** physical line of the chunk's first byte */
  readonly startLine: number;
  readonly encoding: ChunkEncoding;
  /** the last chunk of the file */
  readonly final: boolean;
  /** a chunk read again: its repeated ids as the ledger found them (RowReaderOptions.earlier, .again) */
  readonly repeats?: Repeats;
}

/** What a file's chunks are read with, beyond its header (RowReaderOptions of the same names). */
export type ChunkFolderOptions = Pick<RowReaderOptions, 'mapping' | 'fileName' | 'prior'>;

/** A part of a file folded on its own: a CSV chunk, a workbook's piece (xlsx/piece.ts). */
export interface FoldedPart {
  readonly id: number;
  /** the fold's state, packed (Fold.pack) */
  readonly state: unknown;
  /** the part's problems, grouped, and its first ones (see IssueLog) */
  readonly log: IssueLogData;
  readonly rows: number;
  readonly used: number;
  /** the earliest and latest period date of its usable rows (NaN: none) */
  readonly first: number;
  readonly last: number;
  /** (hi, lo) hashes of the ids of the kept rows, in order, repeats included; empty for exports without ids */
  readonly hashes: Int32Array;
}

export interface ChunkResult extends FoldedPart {
  /** false: the chunk did not end on a row boundary (non-RFC quotes); its result is unusable */
  readonly clean: boolean;
  /** the job's byte buffer, handed back for the next chunk (see the reader's buffer pool) */
  readonly spent?: ArrayBuffer;
}

/** bytes decoded at a time */
const PIECE = 1 << 20;
/**
 * Undecoded bytes made into text at a time: under V8's largest ordinary
 * object (128 KB), so the text is allocated in the young generation's
 * pages, which are reused. A larger string gets pages of its own, mapped
 * fresh each time (a page fault every 4 KB: ~0.2 s of a worker's time per
 * 2.5M rows); one over 1 MB is kept outside the heap, where V8 lets 64 MB
 * of them pile up before collecting.
 */
const TEXT_PIECE = 120 * 1024;

export class ChunkFolder<S, F extends FileName> {
  private readonly file: F;
  private readonly header: { fields: string[]; count: number };
  private readonly fold: Fold<S, F>;
  /** the remembered cells, kept from chunk to chunk; by encoding, as they hold cells in the chunk's text form */
  private readonly memos = new Map<ChunkEncoding, ColumnMemos>();
  private readonly options: ChunkFolderOptions;

  constructor(file: F, headerText: string, fold: Fold<S, F>, options: ChunkFolderOptions = {}) {
    this.file = file;
    const row = scanAll(headerText)[0];
    if (row === undefined) throw new InputError(`${options.fileName ?? `${file}.csv`}: empty file (no header row)`);
    this.header = { fields: row.fields, count: row.fields.length };
    this.fold = fold;
    this.options = options;
  }

  run(job: ChunkJob): ChunkResult {
    const fold = this.fold;
    const state = fold.create();
    const earlier = job.repeats === undefined ? undefined : hashSet(job.repeats.earlier);
    const again = job.repeats === undefined ? undefined : hashSet(job.repeats.again);
    const bytes = job.bytes;
    // Valid UTF-8 and GB18030 are scanned undecoded (one char per byte; see RowReader's decodeField);
    // invalid UTF-8 goes through the decoder, which stops with the single-thread reader's message.
    const binary = job.encoding === 'utf-8' ? isUtf8(bytes) : job.encoding !== 'latin1';
    const decodeField = !binary ? undefined : job.encoding === 'utf-8' ? utf8Field : gbField(job.encoding);
    // the id log sized for the chunk (~60 bytes a row at least) so that it does not regrow row by row
    const memos = this.memos.get(job.encoding) ?? this.memos.set(job.encoding, createColumnMemos(this.file)).get(job.encoding);
    const { mapping, fileName, prior } = this.options;
    const reader = new RowReader(this.file, { logIds: true, earlier, again, expectedRows: Math.ceil(bytes.length / 60), decodeField, memos, reuseRecord: fold.transient === true, mapping, fileName, prior });
    reader.header(this.header.fields, this.header.count);
    const scanner = CsvScanner.spans(new FoldSink(reader, fold, state), job.startLine);
    const decode = pieceDecoder(binary ? 'latin1' : job.encoding, reader.fileName);
    // Undecoded bytes go in as pieces that end after a line feed, so that a
    // piece holds whole rows (bar quoted line breaks) and is not joined to
    // the rest of the previous one (a joined string is read through an
    // indirection on every char). See PIECE for their size.
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const piece = binary ? TEXT_PIECE : PIECE;
    let clean: boolean;
    try {
      for (let at = 0; at < bytes.length;) {
        let end = Math.min(at + piece, bytes.length);
        if (binary && end < bytes.length) {
          const nl = view.lastIndexOf(0x0a, end - 1);
          if (nl >= at) end = nl + 1;
        }
        scanner.push(decode.write(bytes.subarray(at, end), job.offset + at));
        at = end;
      }
      scanner.push(decode.end(job.offset + bytes.length));
      clean = job.final || scanner.pendingLength === 0;
      if (job.final) scanner.end();
    } catch (err) {
      throw unclosedQuoteError(err, reader.fileName);
    }
    return {
      id: job.id,
      state: packState(fold, state),
      log: reader.log.pack(),
      rows: reader.rows,
      used: reader.used,
      first: reader.first,
      last: reader.last,
      hashes: reader.ids === null ? new Int32Array(0) : reader.ids.take(),
      clean,
    };
  }
}

/** Rows of the scanner → records → the fold (a class, so the scanner always calls one method: see SpanSink). */
class FoldSink<S, F extends FileName> implements SpanSink {
  constructor(
    private readonly reader: RowReader<F>,
    private readonly fold: Fold<S, F>,
    private readonly state: S,
  ) {}

  rowSpans(cells: RowSpans, count: number, line: number): void {
    const rec = this.reader.rowSpans(cells, count, line);
    if (rec !== null) this.fold.add(this.state, rec, line);
  }

  longRow(line: number, reason: string): void {
    this.reader.longRow(line, reason);
  }
}

function hashSet(pairs: readonly number[]): IdHashSet {
  const set = new IdHashSet(pairs.length / 2);
  for (let k = 0; k < pairs.length; k += 2) set.addHash(pairs[k] as number, pairs[k + 1] as number);
  return set;
}

const utf8Field = (s: string): string => Buffer.from(s, 'latin1').toString('utf8');
const gbField = (encoding: string) => (s: string): string => iconv().decode(Buffer.from(s, 'latin1'), encoding);

interface PieceDecoder {
  write(bytes: Uint8Array, offset: number): string;
  end(offset: number): string;
}

function pieceDecoder(encoding: ChunkEncoding, fileName: string): PieceDecoder {
  if (encoding === 'latin1') {
    return { write: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1'), end: () => '' };
  }
  if (encoding === 'utf-8') {
    // ignoreBOM: a chunk starts mid-file, where U+FEFF is text (the single-thread reader keeps it too)
    const td = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const run = (f: () => string, offset: number, b?: Uint8Array): string => {
      try {
        return f();
      } catch {
        throw notUtf8(fileName, offset + (b === undefined ? 0 : firstBadUtf8(b)));
      }
    };
    return { write: (b, offset) => run(() => td.decode(b, { stream: true }), offset, b), end: (offset) => run(() => td.decode(), offset) };
  }
  const d = iconv().getDecoder(encoding);
  return { write: (b) => d.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)), end: () => d.end() ?? '' };
}
