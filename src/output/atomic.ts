import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface OutputFile {
  /** path relative to the report folder, e.g. `report.pdf`, `charts/01-daily-inbound.png` */
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

/** Temporaries on disk right now, so an interrupt (SIGINT) can remove them. */
const pending = new Set<string>();

/**
 * Writes a report folder's files so that a reader never sees half a file and
 * a failure never leaves one: everything is rendered before this is called;
 * each file goes to a temporary name first; only when all are on disk are
 * they renamed over the old ones. A failure while writing removes the
 * temporaries and keeps the previous report as it was.
 */
export function writeReportFiles(dir: string, files: readonly OutputFile[]): void {
  const tag = `.tmp-${process.pid}`;
  const staged: { tmp: string; final: string }[] = [];
  try {
    for (const f of files) {
      const final = join(dir, f.path);
      mkdirSync(dirname(final), { recursive: true });
      const tmp = `${final}${tag}`;
      pending.add(tmp);
      staged.push({ tmp, final });
      writeFileSync(tmp, f.bytes);
    }
    for (const s of staged) {
      renameSync(s.tmp, s.final);
      pending.delete(s.tmp);
    }
  } catch (err) {
    removePending();
    throw err;
  }
}

/** Removes every temporary this process has not yet renamed (on failure or interrupt). */
export function removePending(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}
