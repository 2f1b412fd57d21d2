/**
 * The first thing the command line does: when the run will read a large
 * calls.csv (`--data DIR`, DIR/calls.csv of MIN_PARALLEL_BYTES or more),
 * start the parallel reader's workers now, so that they boot while this
 * thread loads the rest of the program (~60 ms) rather than after it. A
 * guess from the raw arguments: when it is wrong (a bad command line, one
 * core), the workers are not used and do not keep the process alive.
 * True when it started them (the run reads a large export on workers).
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { exportPath } from '../read/export-path.js';
import { MIN_PARALLEL_BYTES, prewarm } from '../parallel/workers.js';
import { SUMMARIES_FOLD_MODULE } from '../parallel/summaries-fold.js';

export function prewarmFromArgv(argv: readonly string[]): boolean {
  let dir: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--data') dir = argv[i + 1];
    else if (a.startsWith('--data=')) dir = a.slice('--data='.length);
  });
  if (dir === undefined || availableParallelism() < 2) return false;
  if (callsSize(dir) < MIN_PARALLEL_BYTES) return false;
  prewarm(availableParallelism(), [SUMMARIES_FOLD_MODULE]);
  return true;
}

/**
 * Size of DIR/calls.csv, 0 when it cannot be told: a --data that is a file
 * (ENOTDIR) or unreadable is the normal checks' to report, as one line.
 */
function callsSize(dir: string): number {
  try {
    const path = exportPath(dir, 'calls.csv');
    return path === null ? 0 : statSync(path).size;
  } catch {
    return 0;
  }
}
