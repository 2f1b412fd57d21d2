import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { OutputError, fsErrorWords } from './errors.js';
import { acquireLock, releaseLock } from './lock.js';
import { checkWritable, makeFolders, removeEmptyFolders } from './out-dir.js';

export interface OutputFile {
  /** path relative to the report folder, e.g. `report.pdf`, `charts/01-daily-inbound.png` */
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

/** Outputs open in this process, so that an interrupt (SIGINT, SIGTERM, SIGHUP) can clean them up. */
const open = new Set<ReportOutput>();

/**
 * The report folders of one run (`<out>/2025Q1`, …), replaced whole or not
 * at all. `open` checks the output folder before any data are read (made one
 * level at a time, a test file written and removed), takes a lock file per
 * period folder (`<out>/.2025Q1.lock`, holding the pid) and cleans up what a
 * killed run left. Each report is then written to a temporary folder beside
 * its target (`<out>/.2025Q1.tmp-PID/`, same file system), and `commit`,
 * the run's last step, swaps them in with two renames each:
 *
 *   1. `2025Q1` → `.2025Q1.old-PID`   (skipped when there is no old report)
 *   2. `.2025Q1.tmp-PID` → `2025Q1`
 *   3. `.2025Q1.old-PID` removed
 *
 * A kill before 1 leaves the old report and a temporary folder; between 1
 * and 2, no `2025Q1` and the complete old one under `.old-PID`; after 2, the
 * complete new one and a leftover `.old-PID`. The next run on that folder
 * puts an `.old` back when `2025Q1` is missing and removes the rest. The
 * swap is synchronous, so a signal Node handles (SIGINT/SIGTERM/SIGHUP)
 * waits until it is over; only SIGKILL or a crash can cut it, and those are
 * what the recovery is for.
 */
export class ReportOutput {
  private readonly staged = new Map<string, string>();
  private readonly locks: string[];
  private committed = false;
  private closed = false;

  private constructor(
    private readonly outDir: string,
    private readonly created: readonly string[],
    locks: readonly string[],
  ) {
    this.locks = [...locks];
  }

  /** Checks `outDir`, locks `<outDir>/<id>` for each id and recovers what an earlier killed run left. */
  static open(outDir: string, ids: readonly string[]): ReportOutput {
    const created = makeFolders(outDir);
    const locks: string[] = [];
    try {
      checkWritable(outDir);
      for (const id of ids) {
        const lock = join(outDir, `.${id}.lock`);
        acquireLock(lock, join(outDir, id));
        locks.push(lock);
      }
      for (const id of ids) recover(outDir, id);
    } catch (err) {
      for (const l of locks) releaseLock(l);
      removeEmptyFolders(created);
      throw err;
    }
    const out = new ReportOutput(outDir, created, locks);
    open.add(out);
    return out;
  }

  /** The folder the report of `id` goes to. */
  folder(id: string): string {
    return join(this.outDir, id);
  }

  /** Writes one report's files into its temporary folder; nothing visible changes yet. */
  stage(id: string, files: readonly OutputFile[]): void {
    const tmp = join(this.outDir, `.${id}.tmp-${process.pid}`);
    this.staged.set(id, tmp);
    rmSync(tmp, { recursive: true, force: true });
    let current = tmp;
    try {
      mkdirSync(tmp);
      for (const f of files) {
        const parts = f.path.split('/');
        for (let k = 1; k < parts.length; k++) {
          const sub = join(tmp, ...parts.slice(0, k));
          if (!existsSync(sub)) mkdirSync(sub);
        }
        current = join(this.outDir, id, f.path);
        writeAll(join(tmp, f.path), f.bytes);
      }
    } catch (err) {
      rmSync(tmp, { recursive: true, force: true });
      this.staged.delete(id);
      throw new OutputError(`${fsErrorWords(err)} while writing ${current}`);
    }
  }

  /**
   * Swaps every staged report into place (see the class comment) and
   * returns their folders. Call it last, once everything that can fail the
   * run has been decided.
   */
  commit(): string[] {
    const done: string[] = [];
    this.committed = true;
    for (const [id, tmp] of this.staged) {
      const final = join(this.outDir, id);
      const old = join(this.outDir, `.${id}.old-${process.pid}`);
      swapHook('staged');
      let moved = false;
      try {
        if (existsSync(final)) {
          renameSync(final, old);
          moved = true;
          swapHook('old-moved');
        }
        renameSync(tmp, final);
      } catch (err) {
        if (moved && !existsSync(final)) renameSync(old, final);
        throw new OutputError(`${fsErrorWords(err)} while replacing ${final}`);
      }
      this.staged.delete(id);
      swapHook('new-moved');
      if (moved) rmSync(old, { recursive: true, force: true });
      done.push(final);
    }
    return done;
  }

  /**
   * Ends the run's use of the output: temporaries not swapped in are
   * removed, the locks released, and folders this run created are removed
   * again when nothing was put in them.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    open.delete(this);
    for (const tmp of this.staged.values()) rmSync(tmp, { recursive: true, force: true });
    this.staged.clear();
    for (const l of this.locks) releaseLock(l);
    if (!this.committed) removeEmptyFolders(this.created);
  }
}

/** Cleans up every output of this process (on an interrupt, before exiting). */
export function abandonOutputs(): void {
  for (const out of [...open]) out.close();
}

function writeAll(path: string, bytes: Uint8Array | string): void {
  const fd = openSync(path, 'wx');
  try {
    const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } finally {
    closeSync(fd);
  }
}

/**
 * What a killed run left for the folder of `id` (called under its lock, so
 * no live run owns any of it): an `.old-PID` is put back when the report
 * folder is missing (killed between the two renames); every other
 * temporary or old folder is removed.
 */
function recover(outDir: string, id: string): void {
  const tmp = new RegExp(`^\\.${escape(id)}\\.(tmp|old)-\\d+$`);
  const names = readdirSync(outDir).filter((n) => tmp.test(n));
  if (names.length === 0) return;
  const final = join(outDir, id);
  if (!existsSync(final)) {
    const olds = names.filter((n) => n.includes('.old-')).sort((a, b) => statSync(join(outDir, b)).mtimeMs - statSync(join(outDir, a)).mtimeMs);
    if (olds[0] !== undefined) renameSync(join(outDir, olds[0]), final);
  }
  for (const n of names) rmSync(join(outDir, n), { recursive: true, force: true });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/**
 * Test hook for the kill tests: `HOTLINE_REPORT_SWAP_HOOK=<step>:<action>`,
 * step `staged` (before a folder's renames), `old-moved` (between them) or
 * `new-moved` (after them, before the old one is removed); action `kill`
 * (SIGKILL this process) or `pause` (say so on stderr and wait 60 s, holding
 * the lock, for a test to kill it).
 */
function swapHook(step: string): void {
  const hook = process.env.HOTLINE_REPORT_SWAP_HOOK;
  if (hook === undefined || !hook.startsWith(`${step}:`)) return;
  const action = hook.slice(step.length + 1);
  if (action === 'kill') process.kill(process.pid, 'SIGKILL');
  if (action === 'pause') {
    process.stderr.write(`swap hook: paused at ${step} (pid ${process.pid})\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  }
}
