/**
 * A large sheet read on worker threads: the calling thread inflates the
 * sheet's XML (zlib, on libuv's pool), cuts it after a `</row>` into pieces
 * of ~2 MB and hands them to workers, which decode, tokenize, validate and
 * fold them (piece.ts); the first piece, which holds the header, it folds
 * itself. Tokenizing is most of the work (a profile of 100k rows: the
 * Tokenizer and the row callbacks ~75 %), and it splits as rows do.
 *
 * Results are taken in sheet order: each piece's kept ids are checked
 * against those of the pieces before it (one set of id hashes); a piece
 * with a repeated id is folded again with the repeats given, so that the
 * first row with an id is kept, as on one thread. A piece's bytes are kept
 * until it is checked: at most 2 pieces per worker are out at once.
 * States are merged in sheet order, issues concatenated in it.
 *
 * A row without `r` in a piece after the first: its number follows rows
 * the piece cannot see, so the sheet is read again on one thread (null).
 */
import type { Readable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import type { DataIssue, FileName, FileStats } from '../../records.js';
import { mergeAll, unpackState, type Fold } from '../../parallel/fold.js';
import { spawnWorker } from '../../parallel/workers.js';
import type { WorkerFailure } from '../../parallel/worker.js';
import { InputError } from '../errors.js';
import { IdHashSet } from '../id-set.js';
import type { ColumnTable } from '../column-table.js';
import { IssueLog, type IssueLogData } from '../issue-log.js';
import { spanOf, type DateSpan } from '../reader.js';
import { lastRowEnd, PieceFolder, type PieceContext, type PieceJob, type PieceResult } from './piece.js';
import type { XlsxWorkerInit } from './xlsx-worker.js';

const MB = 1 << 20;

export interface PiecesOptions {
  /** the threads the pieces go to (Pool), started by the caller, who closes them */
  readonly pool: Pool;
  /** ids kept by the export's earlier files: repeats here; this file's kept ids are added (RowReaderOptions.prior) */
  readonly prior?: IdHashSet | undefined;
  /** bytes of XML per piece (default 2 MB) */
  readonly pieceBytes?: number | undefined;
  /** about how many rows the sheet has: the id set is made that large at once, not grown ~20 times on the way */
  readonly expectedRows?: number | undefined;
}

export interface PiecesResult<S> {
  readonly state: S;
  readonly stats: FileStats;
  readonly issues: DataIssue[];
  readonly log: IssueLogData;
  readonly table: ColumnTable | null;
  readonly span: DateSpan | null;
  readonly pieces: number;
  readonly refolded: number;
  /** the sheet has a header row */
  readonly header: boolean;
  /** ranges of cells merged over several rows (PieceResult.merged) */
  readonly merged: { readonly count: number; readonly refs: readonly string[] };
}

function spawn(init: XlsxWorkerInit): Worker {
  return spawnWorker(new URL('./xlsx-worker.js', import.meta.url), init);
}

/**
 * Workers fed pieces; a piece goes to the least busy one. Started before
 * the shared strings are read, so that the threads load their code
 * meanwhile (~0.2–0.4 s on 2 cores); they learn how to read the sheet
 * (`setUp`: the strings, the styles, the header) once it is known.
 */
export class Pool {
  private readonly slots: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: PieceResult) => void; reject: (e: Error) => void }>();
  private broken: Error | null = null;
  private closing = false;

  private ready = false;

  constructor(n: number, init: XlsxWorkerInit, fileName: string) {
    for (let k = 0; k < n; k++) {
      const slot = { worker: spawn(init), busy: 0 };
      const fail = (err: Error): void => {
        this.broken ??= err;
        for (const w of this.waiting.values()) w.reject(this.broken);
        this.waiting.clear();
      };
      slot.worker.on('message', (msg: PieceResult | WorkerFailure) => {
        slot.busy--;
        const w = this.waiting.get(msg.id);
        this.waiting.delete(msg.id);
        if ('error' in msg) w?.reject(msg.input ? new InputError(msg.error) : new InputError(`${fileName}: the sheet cannot be read (${msg.error})`));
        else w?.resolve(msg);
      });
      slot.worker.on('error', (err) => fail(err instanceof InputError ? err : new Error(`workbook reader: ${err.message}`)));
      slot.worker.on('exit', (code) => {
        if (!this.closing) fail(new Error(`workbook reader: a worker stopped (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  /** How to read the sheet's pieces: sent once, before the first piece (messages keep their order). */
  setUp(ctx: PieceContext): void {
    if (this.ready) return;
    this.ready = true;
    for (const s of this.slots) s.worker.postMessage({ setUp: ctx });
  }

  run(job: PieceJob): Promise<PieceResult> {
    if (this.broken !== null) return Promise.reject(this.broken);
    if (!this.ready) return Promise.reject(new Error('workbook reader: a piece sent before the sheet was set up'));
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise<PieceResult>((resolve, reject) => {
      this.waiting.set(job.id, { resolve, reject });
      slot.worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
    });
  }

  get size(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * The buffers pieces are copied into, once, and used again when a piece is
 * taken. A piece was copied twice (joined, then cut into a buffer of its own)
 * into a new buffer each time, ~800 MB of memory outside V8's heap made on a
 * 1M-row sheet, for which V8 collects garbage: in a profile of the bench's
 * 1M-row workbook the main thread's collector took 0.75 s before, 0.42 s
 * after. A piece's buffer is its own: it is transferred to a worker and back.
 */
export class PieceBuffers {
  private readonly free: ArrayBuffer[] = [];

  constructor(private readonly size: number) {}

  /** The first `len` bytes of `parts` in a buffer of their own; `parts` is left holding the rest. */
  take(parts: Buffer[], len: number): Uint8Array {
    let buf = this.free.pop();
    if (buf === undefined || buf.byteLength < len) buf = new ArrayBuffer(Math.max(len, this.size));
    const out = new Uint8Array(buf, 0, len);
    let at = 0;
    let k = 0;
    for (; k < parts.length && at < len; k++) {
      const p = parts[k] as Buffer;
      const n = Math.min(p.length, len - at);
      out.set(n === p.length ? p : p.subarray(0, n), at);
      at += n;
      if (n < p.length) {
        parts[k] = p.subarray(n);
        break;
      }
    }
    parts.splice(0, k);
    return out;
  }

  /** A piece's bytes, no longer needed. */
  give(bytes: Uint8Array): void {
    if (bytes.byteOffset === 0 && bytes.buffer.byteLength >= this.size && this.free.length < 8) this.free.push(bytes.buffer as ArrayBuffer);
  }
}

/**
 * Reads the sheet streamed by `xml` into `fold`; null when it must be read
 * on one thread (see the module comment).
 */
export async function readPieces<S, F extends FileName>(
  ctx: PieceContext & { readonly file: F },
  xml: Readable,
  fold: Fold<S, F>,
  opts: PiecesOptions,
): Promise<PiecesResult<S> | null> {
  const pieceBytes = Math.max(1024, opts.pieceBytes ?? 2 * MB);
  const { file } = ctx;
  const head = new PieceFolder<S, F>({ ...ctx, header: null }, fold);
  const { pool } = opts;
  // the kept ids so far, in sheet order (after those of the export's earlier files)
  const ids = opts.prior ?? new IdHashSet(opts.expectedRows);
  // a piece is cut from parts of 256 KB (zip.ts) once they hold pieceBytes: it is seldom much longer
  const buffers = new PieceBuffers(pieceBytes + (pieceBytes >> 2));
  const states: S[] = [];
  const log = new IssueLog();
  let table: ColumnTable | null = null;
  let firstDate = NaN;
  let lastDate = NaN;
  let rows = 0;
  let used = 0;
  let refolded = 0;
  let unnumbered = false;
  const merged = { count: 0, refs: [] as string[] };
  let failure: Error | null = null;

  // pieces out, by id, until they are checked in order
  const results = new Map<number, PieceResult>();
  const out = new Set<number>();
  let nextId = 0;
  let checked = 0;
  let wake: (() => void) | null = null;
  const woken = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  /** the results that are next in order: ids checked, folded again when repeated, taken */
  const take = async (): Promise<void> => {
    for (let r = results.get(checked); r !== undefined; r = results.get(checked)) {
      results.delete(checked);
      if (r.unnumbered && checked > 0) unnumbered = true;
      let earlier: IdHashSet | null = null;
      let again: IdHashSet | null = null;
      const h = r.hashes;
      for (let k = 0; k < h.length; k += 2) if (ids.has(h[k] as number, h[k + 1] as number)) (earlier ??= new IdHashSet()).addHash(h[k] as number, h[k + 1] as number);
      for (let k = 0; k < h.length; k += 2) {
        const hi = h[k] as number;
        const lo = h[k + 1] as number;
        if (earlier !== null && earlier.has(hi, lo)) continue;
        if (!ids.addHash(hi, lo)) (again ??= new IdHashSet()).addHash(hi, lo);
      }
      if (earlier !== null || again !== null) {
        const repeats = { earlier: pairsOf(earlier, h), again: pairsOf(again, h) };
        const job: PieceJob = { id: r.id, bytes: r.bytes, repeats };
        r = r.id === 0 ? head.run(job) : await pool.run(job);
        refolded++;
      }
      buffers.give(r.bytes);
      states.push(unpackState(fold as Fold<S, never>, r.state));
      log.merge(r.log);
      table ??= r.table;
      if (!(r.first >= firstDate)) firstDate = r.first;
      if (!(r.last <= lastDate)) lastDate = r.last;
      rows += r.rows;
      used += r.used;
      if (r.merged !== undefined) {
        merged.count += r.merged.count;
        // they come in one piece, the last: its first few are those kept
        if (merged.refs.length === 0) merged.refs.push(...r.merged.refs);
      }
      out.delete(checked);
      checked++;
    }
  };

  let header: string[] | null = null;
  /** the first piece, folded here: it holds the header (null while it does not: a longer first piece is tried) */
  const first = (bytes: Uint8Array, last: boolean): boolean => {
    const r = head.run({ id: 0, bytes });
    if (r.header === undefined && !last) return false;
    header = r.header?.cells ?? null;
    results.set(0, r);
    out.add(0);
    nextId = 1;
    return true;
  };
  const send = (bytes: Uint8Array): void => {
    const id = nextId++;
    out.add(id);
    pool.setUp({ ...ctx, header });
    pool.run({ id, bytes }).then(
      (r) => {
        results.set(r.id, r);
        woken();
      },
      (err: unknown) => {
        failure ??= err instanceof Error ? err : new Error(String(err));
        woken();
      },
    );
  };

  try {
    const parts: Buffer[] = [];
    let len = 0;
    for await (const chunk of xml) {
      const b = chunk as Buffer;
      parts.push(b);
      len += b.length;
      if (len < pieceBytes) continue;
      // the end of the last row in the newest part (rows are far shorter than a part), else in all of them
      let cut = lastRowEnd(b, b.length);
      if (cut > 0) {
        cut += len - b.length;
      } else {
        const joined = Buffer.concat(parts, len);
        parts.splice(0, parts.length, joined);
        cut = lastRowEnd(joined, len);
        if (cut <= 0) continue;
      }
      if (nextId === 0) {
        // the first piece must hold the header row (blank rows before it, a long preamble: it grows)
        const whole = Buffer.concat(parts, len);
        if (!first(new Uint8Array(whole.buffer, whole.byteOffset, cut).slice(), false)) {
          parts.splice(0, parts.length, whole);
          continue;
        }
        parts.splice(0, parts.length, whole.subarray(cut));
      } else {
        send(buffers.take(parts, cut));
      }
      len -= cut;
      await take();
      while (failure === null && !unnumbered && out.size >= 2 * pool.size + 1) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        await take();
      }
      if (failure !== null || unnumbered) break;
    }
    if (failure === null && !unnumbered && (len > 0 || nextId === 0)) {
      const rest = Buffer.concat(parts, len);
      if (nextId === 0) first(new Uint8Array(rest), true);
      else send(buffers.take([rest], len));
    }
    while (failure === null && !unnumbered && out.size > 0) {
      await take();
      if (out.size === 0) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    if (failure !== null || unnumbered) xml.destroy();
  }
  if (failure !== null) throw failure;
  if (unnumbered) return null;
  return {
    state: mergeAll(fold, states),
    stats: { name: `${file}.csv`, rows, used, skipped: rows - used, missing: false },
    issues: log.first,
    log: log.pack(),
    table,
    span: spanOf(firstDate, lastDate),
    pieces: nextId,
    refolded,
    header: header !== null,
    merged,
  };
}

/** The hashes of `set`, as pairs (in the order they come in `h`, once each). */
function pairsOf(set: IdHashSet | null, h: Int32Array): Int32Array {
  if (set === null) return new Int32Array(0);
  const out: number[] = [];
  const seen = new IdHashSet();
  for (let k = 0; k < h.length; k += 2) {
    const hi = h[k] as number;
    const lo = h[k + 1] as number;
    if (set.has(hi, lo) && seen.addHash(hi, lo)) out.push(hi, lo);
  }
  return Int32Array.from(out);
}

