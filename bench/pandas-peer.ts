/**
 * The TS side of the pandas peer (bench/pandas-calls.py): finds a Python
 * with pandas, writes what the script needs (the period's bounds and days,
 * the config's province and regions, the alias lists of duckdb-calls.ts, the
 * outcome, channel and satisfaction names) as JSON, and runs it.
 *
 *   node --import tsx bench/pandas-peer.ts --csv DIR/calls.csv --period 2025Q1
 *
 * prints the script's `{ "ms": …, "importMs": …, "figures": … }` on stdout.
 * The script repeats none of these tables, so a change of config or aliases
 * reaches it as it reaches the DuckDB peer.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG } from '../src/config/default.js';
import { OTHER_PROVINCES, UNKNOWN_REGION } from '../src/config/load.js';
import type { HotlineConfig } from '../src/config/types.js';
import { SATISFACTIONS } from '../src/records.js';
import type { CallsFigures } from './calls-figures.js';
import { arg, CHANNEL_ALIASES, OUTCOME_ALIASES, periodBounds } from './duckdb-calls.js';
import { measureCmd, type Measured } from './measure.js';

export const PANDAS_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'pandas-calls.py');

/** What bench/pandas-calls.py reads (its docstring shows the shape). */
export interface PandasSpec {
  readonly start: string;
  readonly endExclusive: string;
  readonly days: readonly string[];
  readonly province: string;
  readonly regions: readonly { readonly name: string; readonly aliases: readonly string[] }[];
  readonly outcomes: Readonly<Record<string, readonly string[]>>;
  readonly channels: Readonly<Record<string, readonly string[]>>;
  readonly satisfactions: readonly string[];
  /** the outcome that is an answered call */
  readonly answered: string;
  readonly other: string;
  readonly unknown: string;
}

export function pandasSpec(periodSpec: string, config: HotlineConfig = DEFAULT_CONFIG): PandasSpec {
  const p = periodBounds(periodSpec);
  return {
    start: p.start,
    endExclusive: p.endExclusive,
    days: p.days,
    province: config.province,
    regions: config.regions.map((r) => ({ name: r.name, aliases: r.aliases })),
    outcomes: OUTCOME_ALIASES,
    channels: CHANNEL_ALIASES,
    satisfactions: SATISFACTIONS,
    answered: '接通' satisfies keyof typeof OUTCOME_ALIASES,
    other: OTHER_PROVINCES,
    unknown: UNKNOWN_REGION,
  };
}

export interface PythonWithPandas {
  readonly python: string;
  readonly version: string;
}

/**
 * A Python that imports pandas: python3 on PATH, else Debian's
 * /usr/bin/python3 (`apt-get install python3-pandas`; a pyenv python3 on
 * PATH often lacks it); null when neither does.
 */
export async function findPandas(): Promise<PythonWithPandas | null> {
  const tryOne = (python: string): Promise<string | null> =>
    new Promise((done) => {
      const child = spawn(python, ['-c', 'import pandas; print(pandas.__version__)'], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout.on('data', (b: Buffer) => (out += b.toString()));
      child.on('error', () => done(null));
      child.on('close', (code) => done(code === 0 ? out.trim() : null));
    });
  for (const python of ['python3', '/usr/bin/python3']) {
    const version = await tryOne(python);
    if (version !== null) return { python, version };
  }
  return null;
}

export interface PandasRun {
  readonly figures: CallsFigures;
  /** in the script, from before reading the CSV to the last result */
  readonly ms: number;
  /** what `import pandas` took */
  readonly importMs: number;
}

/** The spec in a temp file for the script; `use` gets its path, and the file goes after. */
async function withSpec<T>(periodSpec: string, config: HotlineConfig, use: (specPath: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-pandas-'));
  try {
    const path = join(dir, 'spec.json');
    writeFileSync(path, JSON.stringify(pandasSpec(periodSpec, config)));
    return await use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One run of the script in its own process, measured from outside (wall time
 * including Python's start-up and `import pandas`, peak RSS); `stdout` holds
 * its JSON (parsePandasRun).
 */
export function measurePandas(
  py: PythonWithPandas,
  csvPath: string,
  periodSpec: string,
  opts: { readonly cwd?: string; readonly config?: HotlineConfig } = {},
): Promise<Measured> {
  return withSpec(periodSpec, opts.config ?? DEFAULT_CONFIG, (spec) =>
    measureCmd(py.python, [PANDAS_SCRIPT, '--csv', csvPath, '--spec', spec], opts.cwd ?? process.cwd()),
  );
}

export function parsePandasRun(stdout: string): PandasRun {
  return JSON.parse(stdout) as PandasRun;
}

/** Computes the calls figures of `periodSpec` from calls.csv with pandas; throws when the script fails. */
export async function pandasCalls(
  py: PythonWithPandas,
  csvPath: string,
  periodSpec: string,
  opts: { readonly config?: HotlineConfig } = {},
): Promise<PandasRun> {
  const m = await measurePandas(py, csvPath, periodSpec, opts);
  if (!m.ok) throw new Error(`pandas peer (${py.python}): ${m.error}`);
  return parsePandasRun(m.stdout);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  const csv = arg(argv, '--csv');
  if (csv === undefined) {
    process.stderr.write('usage: node --import tsx bench/pandas-peer.ts --csv DIR/calls.csv --period 2025Q1\n');
    process.exit(2);
  }
  const py = await findPandas();
  if (py === null) {
    process.stderr.write('pandas is not installed for python3 or /usr/bin/python3: apt-get install -y python3-pandas\n');
    process.exit(1);
  }
  const run = await pandasCalls(py, resolve(csv), arg(argv, '--period') ?? '2025Q1');
  process.stdout.write(JSON.stringify(run) + '\n');
}
