/**
 * V8's optimising compiler (TurboFan), tuned for short work: from the start
 * for a run that reads its exports on the main thread (a province's quarter,
 * the demo: a calls.csv under MIN_PARALLEL_BYTES); else once the parallel
 * reader's workers are done, for the rendering (runReports, when the
 * command line sets RunOptions.tuneCompiler). The workers read with V8's
 * defaults.
 *
 * Why: such a run is over in about a second, and V8 spent a fifth of its CPU
 * compiling. The reader's row loop (CsvScanner.scan) inlined the summaries
 * of the file being read, so each new export (eight of them, two large)
 * threw its optimised code away and compiled it again: 10–12 times,
 * 15–30 ms each, on a machine of two cores that the PDF thread shares.
 * Inlining less deep keeps the row loop's code when the file changes, and a
 * later tier-up spares the functions that run only briefly (the small
 * exports, the renderers) a compile that would not pay back.
 *
 * Measured on the demo (all formats, 8 alternating runs, 2 cores): 1.42 →
 * 1.19 s wall, 2.43 → 1.98 s CPU. After a parallel read (the bench's 585k
 * calls over 8 quarters, all formats): one quarter 1.72 → 1.63 s, all eight
 * 3.57 → 3.25 s. Not for the workers of a large file: at 5M rows the
 * shallower inlining cost ~8 % of their throughput.
 *
 * A cost included in those numbers: V8 checks a code cache against a hash
 * of its flags, so Node's internal modules loaded after the change are
 * compiled from source (~20 ms over both threads). Setting the flags later,
 * just before the read, measured the same (12 alternating runs).
 *
 * Both are heuristics that any compile may read at any time: set while
 * other threads run (the idle read workers, the PDF thread), a compile
 * under way uses either value, and both are valid.
 *
 * The flags are V8's own and can change between versions (an unknown one is
 * reported on stderr), so they are set only on the V8 they were measured on
 * (Node 20's, 11.x); tests check that this V8 knows them.
 */
import { setFlagsFromString } from 'node:v8';

export const SHORT_RUN_FLAGS: readonly string[] = [
  // default 920: the summaries' per-file code then stays out of the row loop
  '--max-inlined-bytecode-size-cumulative=150',
  // default 67584: tier up a little later
  '--interrupt-budget=150000',
];

/** The V8 major versions the flags were measured on. */
const MEASURED_ON = new Set([11]);

/** Sets SHORT_RUN_FLAGS when this is the V8 they were measured on; true when set. */
export function tuneForShortRun(v8Version: string = process.versions.v8): boolean {
  if (!MEASURED_ON.has(Number(v8Version.split('.')[0]))) return false;
  for (const flag of SHORT_RUN_FLAGS) setFlagsFromString(flag);
  return true;
}
