/**
 * Progress and messages on stderr. On a terminal, steps redraw one status
 * line with a bar (`[#####-----] 3/8 rendering 2024Q3`); elsewhere (CI logs)
 * each step is a plain line; with --quiet only errors are printed. Messages
 * never carry data values, so a caller's number cannot leak into a log.
 */
export interface Progress {
  /** a step starts: `reading calls.csv` */
  step(message: string): void;
  /** a step of a counted job: draws a bar on a terminal */
  advance(done: number, total: number, message: string): void;
  /** a warning the user should see even in a short log */
  warn(message: string): void;
  /** a line under a warning or an error (an item of a list); `always`: shown even with --quiet (a failed run's list) */
  list(message: string, always?: boolean): void;
  /** --verbose: lists are printed whole */
  readonly verbose: boolean;
  /** detail shown only with --verbose */
  detail(message: string): void;
  /** an error line (always shown) */
  error(message: string): void;
  /** the closing line of a run */
  done(message: string): void;
}

export interface ProgressOptions {
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly tty: boolean;
  readonly write: (s: string) => void;
}

const BAR = 20;

export function createProgress(opts: ProgressOptions): Progress {
  const { quiet, verbose, tty, write } = opts;
  let statusShown = false;
  // a plain line must first clear the status line a terminal is showing
  const line = (s: string): void => {
    if (statusShown) write('\r\x1b[K');
    statusShown = false;
    write(`${s}\n`);
  };
  const status = (s: string): void => {
    write(`\r\x1b[K${s}`);
    statusShown = true;
  };
  return {
    step: (m) => {
      if (quiet) return;
      if (tty) status(m);
      else line(m);
    },
    advance: (done, total, m) => {
      if (quiet) return;
      if (!tty) {
        line(`[${done}/${total}] ${m}`);
        return;
      }
      const filled = total === 0 ? BAR : Math.round((done / total) * BAR);
      status(`[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${total} ${m}`);
    },
    warn: (m) => { if (!quiet) line(`warning: ${m}`); },
    list: (m, always = false) => { if (!quiet || always) line(m); },
    verbose: verbose && !quiet,
    detail: (m) => { if (verbose && !quiet) line(`  ${m}`); },
    error: (m) => line(`error: ${m}`),
    done: (m) => { if (!quiet) line(m); },
  };
}
