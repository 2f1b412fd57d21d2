/**
 * Progress and messages on stderr. Plain lines (CI logs) unless stderr is a
 * terminal; nothing but errors with --quiet. Never prints data values, so a
 * caller's number cannot leak through a log line.
 */
export interface Progress {
  /** a step starts: `reading calls.csv` */
  step(message: string): void;
  /** a warning the user should see even in a short log */
  warn(message: string): void;
  /** detail shown only with --verbose */
  detail(message: string): void;
  /** an error line (always shown) */
  error(message: string): void;
}

export function createProgress(opts: { quiet: boolean; verbose: boolean; write: (s: string) => void }): Progress {
  const { quiet, verbose, write } = opts;
  return {
    step: (m) => { if (!quiet) write(`${m}\n`); },
    warn: (m) => { if (!quiet) write(`warning: ${m}\n`); },
    detail: (m) => { if (verbose && !quiet) write(`  ${m}\n`); },
    error: (m) => write(`error: ${m}\n`),
  };
}
