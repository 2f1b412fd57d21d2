/**
 * readExportParallel: one export folded chunk by chunk, on worker threads
 * (large files) or on the calling thread (`inline`).
 *
 * The main thread reads the file in large chunks, cuts each at the last row
 * boundary (boundaries.ts), counts its physical lines and hands the whole
 * rows with their first line number to a worker; the worker decodes,
 * scans, validates and folds them into a state of its own (chunk.ts). States
 * are merged in file order, issues concatenated in file order (so in line
 * order), counts added: the same result as the streaming readExport folding
 * the same records, which UTF-16 files and lenient quoting (see
 * boundaries.ts) still use.
 *
 * Duplicate ids: each worker returns the 64-bit hashes of its kept rows'
 * ids; the main thread logs them in file order (id-ledger.ts) and checks
 * them all once the file is read. A chunk holding a repeated id (rare) is
 * read again and re-folded with the repeats reported as duplicates, so the
 * first occurrence is kept exactly as on one thread. So the states are
 * merged at the end, not as they come.
 *
 * Memory: at most 2 chunks per worker are in flight (their buffers reused),
 * plus the id ledger (8 bytes an id) and the chunks' states.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { isAscii } from 'node:buffer';
import { availableParallelism } from 'node:os';
import { iconv } from '../libraries/iconv.js';
import { CHUNK as DETECT_WINDOW, bomlessUtf16, checkEncoding, isUtf8Encoding, looksUtf8, sniffBinary } from '../read/decode.js';
import { InputError } from '../read/errors.js';
import { IdLedger, type Repeats } from './id-ledger.js';
import { readExport, spanOf, type DateSpan, type ReadOptions } from '../read/reader.js';
import { titleOf, type ColumnTable, type TitleRow } from '../read/column-table.js';
import { IssueLog, ISSUES_KEPT, type IssueLogData } from '../read/issue-log.js';
import { RowReader } from '../read/row-reader.js';
import { FIELD_CAP, ROW_CAP, scanAll } from '../read/csv-scanner.js';
import type { DataIssue, FileName, FileStats } from '../records.js';
import { countLines, firstRowEnd, lastRowEnd } from './boundaries.js';
import { ChunkFolder, type ChunkJob, type ChunkResult } from './chunk.js';
import { loadFold, mergeAll, unpackState, type Fold, type FoldSpec } from './fold.js';
import type { WorkerFailure, WorkerInit } from './worker.js';
import { MIN_PARALLEL_BYTES, releaseWorkers, takeWorkers } from './workers.js';
import type { Worker } from 'node:worker_threads';
import { isWorkbookName, readXlsxExport, type XlsxReadOptions } from '../read/xlsx/index.js';

export type { Fold, FoldSpec } from './fold.js';

export interface ParallelOptions extends ReadOptions {
  /** worker threads (default: os.availableParallelism()) */
  readonly workers?: number;
  /** bytes per chunk (default DEFAULT_CHUNK, 4 MB) */
  readonly chunkBytes?: number;
  /** smaller files are read on the calling thread, where starting workers costs more than it saves (default MIN_PARALLEL_BYTES) */
  readonly minBytes?: number;
  /**
   * How the calling thread reads a smaller file: `true` (default) the
   * chunks' way, in place (ChunkFolder, as a worker does: cells read where
   * they lie, remembered cells, ids checked by the ledger); `false` the
   * streaming reader (readExport), which tests compare the chunks' way with.
   */
  readonly inline?: boolean;
}

export interface ParallelResult<S> {
  readonly state: S;
  readonly stats: FileStats;
  /** the first problems one by one (ISSUES_KEPT at most; `log` counts them all) */
  readonly issues: DataIssue[];
  /** every problem, grouped and counted */
  readonly log: IssueLogData;
  /** where each column was found in the header */
  readonly table: ColumnTable;
  /** the earliest and latest date of the usable rows; null without one */
  readonly span: DateSpan | null;
  /** how it was read (tests, benchmarks) */
  readonly mode: 'single' | 'inline' | 'parallel';
  /** chunks handed to workers, and how many of them were folded again for ids seen in an earlier chunk */
  readonly chunks?: { readonly count: number; readonly refolded: number };
  /**
   * What the reader saw that leaves rows or cells out without a bad row to
   * show for it (a workbook's other sheets with the same header, cells
   * merged over several rows): warnings, which the run passes on
   * (data-checks.ts) and `--strict` fails on.
   */
  readonly warnings?: readonly string[];
}

const MB = 1 << 20;
/** Bytes per chunk: enough chunks to keep every worker busy to the end; few enough that handing them over costs little. */
const DEFAULT_CHUNK = 4 * MB;
/** the smallest chunk near the end of a file */
const TAIL_CHUNK = 256 * 1024;
/** multi-byte encodings whose trail bytes are never `"` or a line feed (see boundaries.ts) */
const ASCII_SAFE = new Set(['gb18030', 'gbk', 'gb2312', 'cp936']);

/** Reads `<file>.csv` at `path` into the fold of `spec`; see the module comment. */
export async function readExportParallel<S, F extends FileName>(
  file: F,
  path: string,
  opts: ParallelOptions,
  spec: FoldSpec,
): Promise<ParallelResult<S>> {
  // an Excel workbook: its own streaming reader, the same RowReader and fold
  if (isWorkbookName(path)) return readXlsxExport<S, F>(file, path, opts as XlsxReadOptions, spec);
  const fold = await loadFold<S, F>(spec);
  const size = await stat(path).then((s) => s.size, () => -1);
  let workers = Math.max(1, opts.workers ?? availableParallelism());
  if (size < (opts.minBytes ?? MIN_PARALLEL_BYTES) || (workers < 2 && opts.workers === undefined)) {
    if (opts.inline === false) return readSingle(file, path, opts, fold);
    workers = 0;
  }
  const handle = await open(path, 'r').catch(() => null);
  if (handle === null) return readSingle(file, path, opts, fold);
  try {
    const result = await readChunked(file, handle, size, opts, spec, fold, workers);
    return result ?? (await readSingle(file, path, opts, fold));
  } catch (err) {
    throw unreadable(err, opts.fileName ?? `${file}.csv`);
  } finally {
    await handle.close();
  }
}

/**
 * A read that failed in the system (a folder named calls.csv: EISDIR; EIO)
 * → the single-thread reader's one-line message naming the file, rather than
 * Node's, which names neither the file nor the export.
 */
function unreadable(err: unknown, fileName: string): unknown {
  const e = err as NodeJS.ErrnoException;
  return err instanceof Error && !(err instanceof InputError) && typeof e.syscall === 'string'
    ? new InputError(`${fileName}: cannot be read (${e.code ?? e.message})`)
    : err;
}

/** The single-thread reader folding into one state. */
async function readSingle<S, F extends FileName>(file: F, path: string, opts: ReadOptions, fold: Fold<S, F>): Promise<ParallelResult<S>> {
  const state = fold.create();
  const result = await readExport(file, path, { encoding: opts.encoding, mapping: opts.mapping, fileName: opts.fileName, prior: opts.prior }, (rec, line) => fold.add(state, rec, line));
  return { ...result, state, mode: 'single' };
}

/** Encoding of the chunks: a decided name, or null while every byte seen was ASCII. */
type Encoding = string | null;

/** null: this file needs the single-thread reader (UTF-16, lenient quoting, a header longer than a chunk). */
async function readChunked<S, F extends FileName>(
  file: F,
  handle: FileHandle,
  size: number,
  opts: ParallelOptions,
  spec: FoldSpec,
  fold: Fold<S, F>,
  workers: number,
): Promise<ParallelResult<S> | null> {
  const fileName = opts.fileName ?? `${file}.csv`;
  const { mapping, prior } = opts;
  const chunkBytes = Math.max(1024, opts.chunkBytes ?? DEFAULT_CHUNK);
  const first = Buffer.allocUnsafeSlow(Math.min(size, chunkBytes));
  const firstLen = await readAt(handle, first, 0, 0);
  sniffBinary(first.subarray(0, firstLen), fileName, opts.encoding);

  let encoding: Encoding = null;
  let pos = 0;
  if (opts.encoding !== undefined) {
    checkEncoding(opts.encoding);
    if (isUtf8Encoding(opts.encoding)) encoding = 'utf-8';
    else if (ASCII_SAFE.has(opts.encoding.toLowerCase())) encoding = opts.encoding.toLowerCase();
    else return null;
  } else if ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff) || bomlessUtf16(first.subarray(0, firstLen)) !== null) {
    return null; // UTF-16: the single-thread reader
  }
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) {
    if (encoding === null) encoding = 'utf-8';
    if (encoding === 'utf-8') pos = 3; // decoders drop a UTF-8 BOM at the start of the file
  }

  // the header: the first row that is not an empty line, or the one after a title (column-table.ts titleOf)
  let line = 1;
  let headerText = '';
  let title: TitleRow | null = null;
  for (;;) {
    const end = firstRowEnd(first, pos, firstLen);
    if (end === -1) return null;
    const row = first.subarray(pos, end);
    if (row.length === 1 || (row.length === 2 && row[0] === 0x0d)) {
      line++;
      pos = end;
      continue;
    }
    if (row.length > FIELD_CAP) return null; // the single-thread reader says what is wrong with it
    if (encoding === null && !isAscii(row)) encoding = detect(first, firstLen, pos, 0);
    headerText = decodeBytes(row, encoding ?? 'latin1');
    const rowLine = line;
    line += countLines(first, pos, end);
    pos = end;
    if (title === null) {
      title = titleOf(file, scanAll(headerText)[0]?.fields ?? [], rowLine, mapping?.columns);
      if (title !== null) continue;
    }
    break;
  }
  const fields = scanAll(headerText)[0]?.fields ?? [];
  const headerReader = new RowReader(file, { mapping, fileName });
  headerReader.header(fields, fields.length, title); // a bad header stops here, with the single-thread reader's message
  const table = headerReader.table as ColumnTable;

  // no workers: the chunks are folded here, one after the other
  const pool: ChunkRunner = workers === 0
    ? new InlineRunner(new ChunkFolder(file, headerText, fold, { mapping, fileName, prior }))
    : new Pool(workers, { file, headerText, fold: spec, mapping, fileName, prior: prior?.pairs() });
  const buffers = new BufferPool(chunkBytes + 64 * 1024);
  let ledger: IdLedger | null = null;
  const metas: { offset: number; length: number; startLine: number; encoding: string; final: boolean }[] = [];
  const results: (ChunkResult | undefined)[] = [];
  let logged = 0;
  /** problems in the chunks logged so far: once there are ISSUES_KEPT, later chunks' first problems are not needed */
  let issuesBefore = 0;
  let unclean = false;
  // the failure of the earliest chunk in the file: a later chunk may have
  // started at a wrong boundary (see boundaries.ts) and failed for that
  let failure: Error | null = null;
  let failedAt = Infinity;
  /** a row longer than the scanner's cap and a chunk: the single-thread reader takes the file, in bounded memory */
  let tooLong = false;
  const pending = new Set<Promise<void>>();

  const track = (p: Promise<void>, chunk: number): void => {
    const t = p.catch((err: unknown) => {
      if (chunk < failedAt) {
        failedAt = chunk;
        failure = err instanceof Error ? err : new Error(String(err));
      }
    }).finally(() => pending.delete(t));
    pending.add(t);
  };
  // the chunks' ids go to the ledger in file order, as their results come in
  const logIds = (): void => {
    for (let r = results[logged]; r !== undefined; r = results[++logged]) {
      if (!r.clean) unclean = true;
      ledger ??= new IdLedger(r.hashes.length / 2);
      ledger.append(r.hashes);
      const log = issuesBefore >= ISSUES_KEPT ? { ...r.log, first: [] } : r.log;
      issuesBefore += r.log.count;
      results[logged] = { ...r, log, hashes: EMPTY };
    }
  };
  const fold1 = async (i: number, repeats: Repeats): Promise<void> => {
    const m = metas[i] as (typeof metas)[number];
    const bytes = Buffer.allocUnsafeSlow(m.length);
    await readAt(handle, bytes, m.offset, 0);
    results[i] = await pool.run({ id: i, bytes, offset: m.offset, startLine: m.startLine, encoding: m.encoding, final: m.final, repeats });
  };

  let refolded = 0;
  try {
    let carry: Buffer = first.subarray(pos, firstLen);
    let offset = pos;
    let readTo = firstLen;
    let id = 0;
    while (failure === null && !unclean) {
      // a buffer of whole rows: the carried start of a row, then fresh bytes;
      // smaller chunks towards the end of the file, so that the workers
      // finish together (one 4 MB chunk is ~0.1 s of a worker's time)
      const step = workers === 0 ? chunkBytes : Math.min(chunkBytes, Math.max(TAIL_CHUNK, Math.ceil((size - offset) / (4 * workers))));
      let buf = buffers.take(Math.min(carry.length + step, size - offset));
      carry.copy(buf);
      let filled = carry.length;
      let split = -1;
      for (;;) {
        filled += await readAt(handle, buf, readTo, filled);
        readTo = offset + filled;
        if (readTo >= size) {
          split = filled;
          break;
        }
        split = lastRowEnd(buf, filled);
        if (split > 0) break;
        // one row longer than a chunk: read on, up to the scanner's cap of a row
        if (filled > ROW_CAP + chunkBytes) {
          tooLong = true;
          break;
        }
        const bigger = Buffer.allocUnsafeSlow(Math.min(buf.length * 2, size - offset));
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      if (tooLong || (split === 0 && readTo >= size)) break;
      const final = readTo >= size && split === filled;
      const bytes = buf.subarray(0, split);
      if (encoding === null && !isAscii(bytes)) encoding = detect(buf, filled, 0, offset);
      const enc = encoding ?? 'latin1';
      carry = Buffer.from(buf.subarray(split, filled)); // a copy: buf goes to the worker
      const startLine = line;
      const lines = final ? 0 : countLines(buf, 0, split);
      line += lines;
      // the file's rows, guessed from the first chunk's rows per byte
      if (ledger === null && lines > 0) ledger = new IdLedger(((size - offset) / split) * lines);
      metas.push({ offset, length: split, startLine, encoding: enc, final });
      const job: ChunkJob = { id, bytes, offset, startLine, encoding: enc, final };
      const i = id++;
      track(pool.run(job, [buf.buffer as ArrayBuffer]).then((r) => {
        if (r.spent !== undefined) buffers.give(r.spent);
        results[i] = { ...r, spent: undefined };
        logIds();
      }), i);
      offset += split;
      if (final) break;
      while (pending.size >= 2 * Math.max(1, workers)) await Promise.race(pending);
    }
    while (pending.size > 0) await Promise.race(pending);
    if (failure === null && !unclean && ledger !== null) {
      // repeated ids: fold those chunks again with the repeats reported as duplicates
      const repeats = ledger.repeats();
      // as many in flight as the first pass had: each holds its chunk's bytes (1M rows of one id: every chunk)
      for (const [i, r] of repeats) {
        if (failure !== null) break;
        track(fold1(i, r), i);
        while (pending.size >= 2 * Math.max(1, workers)) await Promise.race(pending);
      }
      while (pending.size > 0) await Promise.race(pending);
      refolded = repeats.size;
    }
  } finally {
    await pool.close();
  }
  // a chunk that did not end where its scanner did comes before any failed one (logIds stops at a missing result)
  if (unclean || tooLong) return null;
  if (failure !== null) throw failure;
  // the ids this file kept, for the next file of the export
  if (prior !== undefined && ledger !== null) (ledger as IdLedger).addTo(prior);
  const done = results as ChunkResult[];
  const state = mergeAll(fold, done.map((r) => unpackState(fold as Fold<S, never>, r.state)));
  const log = new IssueLog();
  let rows = 0;
  let used = 0;
  let firstDate = NaN;
  let lastDate = NaN;
  for (const r of done) {
    log.merge(r.log);
    rows += r.rows;
    used += r.used;
    if (!(r.first >= firstDate)) firstDate = r.first;
    if (!(r.last <= lastDate)) lastDate = r.last;
  }
  return {
    state,
    stats: { name: `${file}.csv`, rows, used, skipped: rows - used, missing: false },
    issues: log.first,
    log: log.pack(),
    table,
    span: spanOf(firstDate, lastDate),
    mode: workers === 0 ? 'inline' : 'parallel',
    chunks: { count: metas.length, refolded },
  };
}

const EMPTY = new Int32Array(0);


/**
 * The chunks' byte buffers, handed back by the workers and read into again,
 * so that the reader allocates a few buffers in all instead of one a chunk.
 */
class BufferPool {
  private readonly free: ArrayBuffer[] = [];
  constructor(private readonly capacity: number) {}

  take(size: number): Buffer {
    const ab = size <= this.capacity ? this.free.pop() : undefined;
    if (ab !== undefined) return Buffer.from(ab, 0, size);
    return size <= this.capacity ? Buffer.from(Buffer.allocUnsafeSlow(this.capacity).buffer, 0, size) : Buffer.allocUnsafeSlow(size);
  }

  give(ab: ArrayBuffer): void {
    if (ab.byteLength === this.capacity) this.free.push(ab);
  }
}

async function readAt(handle: FileHandle, buf: Buffer, position: number, at: number): Promise<number> {
  let n = at;
  while (n < buf.length) {
    const { bytesRead } = await handle.read(buf, n, buf.length - n, position + (n - at));
    if (bytesRead === 0) break;
    n += bytesRead;
  }
  return n - at;
}

/**
 * The encoding decision of decode.ts, on the same bytes: the 1 MB window of
 * the file (as the single-thread reader reads it) holding the first
 * non-ASCII byte is valid UTF-8 → UTF-8, else GB18030.
 */
function detect(buf: Buffer, len: number, from: number, fileOffset: number): string {
  let p = from;
  while (p < len && (buf[p] as number) < 0x80) p++;
  const windowStart = Math.max(0, Math.floor((fileOffset + p) / DETECT_WINDOW) * DETECT_WINDOW - fileOffset);
  return looksUtf8(buf.subarray(windowStart, Math.min(len, windowStart + DETECT_WINDOW))) ? 'utf-8' : 'gb18030';
}

function decodeBytes(bytes: Buffer, encoding: string): string {
  if (encoding === 'latin1') return bytes.toString('latin1');
  if (encoding === 'utf-8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return iconv().decode(bytes, encoding);
}

/** Folds chunks: worker threads (Pool), or the calling thread (InlineRunner). */
interface ChunkRunner {
  run(job: ChunkJob, transfer?: ArrayBuffer[]): Promise<ChunkResult>;
  close(): Promise<void>;
}

class InlineRunner implements ChunkRunner {
  constructor(private readonly folder: ChunkFolder<unknown, FileName>) {}

  run(job: ChunkJob): Promise<ChunkResult> {
    try {
      return Promise.resolve({ ...this.folder.run(job), spent: job.bytes.buffer as ArrayBuffer });
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Worker threads, each fed its jobs in turn; a job goes to the least busy one. */
class Pool implements ChunkRunner {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: ChunkResult) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private broken: Error | null = null;
  private closing = false;
  private readonly detach: (() => void)[] = [];

  constructor(n: number, init: Omit<WorkerInit, 'kind'>) {
    for (const worker of takeWorkers(n)) {
      const slot = { worker, busy: 0 };
      worker.postMessage({ kind: 'init', ...init } satisfies WorkerInit);
      const onMessage = (msg: ChunkResult | WorkerFailure): void => {
        slot.busy--;
        const w = this.waiting.get(msg.id);
        this.waiting.delete(msg.id);
        if ('error' in msg) w?.reject(msg.input ? new InputError(msg.error) : new Error(msg.error));
        else w?.resolve(msg);
      };
      const fail = (err: Error): void => {
        this.broken ??= err;
        for (const w of this.waiting.values()) w.reject(this.broken);
        this.waiting.clear();
      };
      const onError = (err: Error): void => fail(err instanceof InputError ? err : new Error(`parallel reader: ${err.message}`));
      const onExit = (code: number): void => {
        if (!this.closing) fail(new Error(`parallel reader: a worker stopped (exit code ${code})`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      this.detach.push(() => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      });
      this.workers.push(slot);
    }
  }

  /** Runs a job; job ids are the caller's, re-keyed here so a re-fold can reuse one. */
  run(job: ChunkJob, transfer: ArrayBuffer[] = []): Promise<ChunkResult> {
    if (this.broken !== null) return Promise.reject(this.broken);
    const key = this.seq++;
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise<ChunkResult>((resolve, reject) => {
      this.waiting.set(key, { resolve: (r) => resolve({ ...r, id: job.id }), reject });
      slot.worker.postMessage({ ...job, id: key }, transfer);
    });
  }

  /** Hands the workers back for the next file; a pool that failed terminates them. */
  async close(): Promise<void> {
    this.closing = true;
    const workers = this.workers.map((w) => w.worker);
    if (this.broken === null && this.waiting.size === 0) {
      for (const d of this.detach) d();
      releaseWorkers(workers);
    } else {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  }
}
