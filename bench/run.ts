/**
 * The benchmark harness of "national-size data, as fast as DuckDB, in bounded
 * memory". Run `npm run bench` (builds dist/ first), or after a build:
 *
 *   node --import tsx bench/run.ts [--only speed,demo,range,check] [--sizes 1M,5M] [--pairs 5] [--seed 1] [--check] [--baseline DIR]
 *
 * speed  for each size: our CLI (`--format json`), DuckDB (bench/duckdb-calls.ts)
 *        and pandas (bench/pandas-calls.py), each in a child process, run in
 *        turn `--pairs` times; median wall time, peak RSS, rows/s, and whether
 *        5M/1M is about 5 (linear).
 * demo   the full demo report, all formats, with --verbose, `--demo-runs` times
 *        (default 5): per-phase timings of each run, the median wall time
 *        against the goal of 1 s; then pandas computing the demo period's calls
 *        figures from the demo's calls.csv against our full report and our
 *        `--format json` run, as many runs each.
 * range  8 quarters (q1-2024..q4-2025, 65k calls a quarter) against 1 quarter of
 *        the same data, all formats: time(8)/time(1) should be well under 8.
 * check  DuckDB's and pandas's calls figures and our metrics.json on the same 1M
 *        file agree, and pandas's and ours on the demo's calls.csv.
 *        (`--check` alone runs only this.)
 * hostile  a 100 MB line, a 50 MB quoted field, an unclosed quote in 1M rows,
 *        1M duplicate rows, a never-ending stream (bench/hostile.ts): each read
 *        or rejected in under 5 s and 400 MB.
 * xlsx   the same 1M calls as calls.xlsx, shared and inline strings (`--xlsx-rows`):
 *        our CLI against openpyxl read-only, the unzip floor and the CSV (xlsx-bench.ts).
 *
 * A step that fails prints its error line in place of its numbers; the rest go on.
 * Generated data are cached under bench/out/ (gitignored).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffFigures, figuresFromModel, type CallsFigures, type CallsMetricsLike } from './calls-figures.js';
import { duckdbCalls } from './duckdb-calls.js';
import { cachedExports, parseCount, type GenResult } from './gen-exports.js';
import { measureNode, median, rssSource, type Measured } from './measure.js';
import { findPandas, measurePandas, pandasCalls, parsePandasRun } from './pandas-peer.js';
import { GOAL_MB, GOAL_S, runHostile } from './hostile.js';
import { xlsxBench } from './xlsx-bench.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const CLI = 'bin/hotline-report.js';
const QUARTER = '2025Q1';

interface Args {
  readonly only: ReadonlySet<string>;
  readonly sizes: readonly number[];
  readonly pairs: number;
  readonly seed: number;
  readonly checkRows: number;
  readonly perQuarter: number;
  readonly demoRuns: number;
  /** another checkout of the project, built (`npm run build`): its demo is timed alternately with ours */
  readonly baseline: string | undefined;
  readonly streamSeconds: number;
  readonly xlsxRows: number;
}

function parseArgs(argv: readonly string[]): Args {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = argv.includes('--check') && get('--only') === undefined ? 'check' : (get('--only') ?? 'speed,demo,range,check,hostile,xlsx');
  return {
    only: new Set(only.split(',').map((s) => s.trim())),
    sizes: (get('--sizes') ?? '1M,5M').split(',').map(parseCount),
    pairs: Number(get('--pairs') ?? '5'),
    seed: Number(get('--seed') ?? '1'),
    checkRows: parseCount(get('--check-rows') ?? '1M'),
    perQuarter: parseCount(get('--per-quarter') ?? '65k'),
    demoRuns: Number(get('--demo-runs') ?? '5'),
    baseline: get('--baseline'),
    streamSeconds: Number(get('--stream-seconds') ?? '20'),
    xlsxRows: parseCount(get('--xlsx-rows') ?? '1M'),
  };
}

const say = (s: string): void => void process.stdout.write(`${s}\n`);
const note = (s: string): void => void process.stderr.write(`${s}\n`);
const fmtS = (s: number): string => (Number.isFinite(s) ? s.toFixed(2) : '—');
const fmtMb = (mb: number): string => (Number.isFinite(mb) ? `${Math.round(mb)} MB` : '—');
const fmtRate = (rows: number, s: number): string => (Number.isFinite(s) && s > 0 ? `${(rows / s / 1e6).toFixed(2)}M` : '—');
const fmtRows = (n: number): string => (n % 1e6 === 0 ? `${n / 1e6}M` : n % 1e3 === 0 ? `${n / 1e3}k` : String(n));

function table(head: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ').trimEnd();
  say(line(head));
  say(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) say(line(r));
}

/** The data folder holding only calls.csv, so that both sides read the same single file. */
function callsOnly(gen: GenResult): string {
  const dir = join(gen.dir, 'calls-only');
  if (!existsSync(join(dir, 'calls.csv'))) {
    mkdirSync(dir, { recursive: true });
    symlinkSync(join(gen.dir, 'calls.csv'), join(dir, 'calls.csv'));
  }
  return dir;
}

function generate(rows: number, seed: number, quarters: string): GenResult {
  const g = cachedExports({ rows, seed, quarters });
  note(
    g.cached
      ? `data: ${fmtRows(rows)} calls (${quarters}) from cache ${g.dir}`
      : `data: generated ${fmtRows(rows)} calls (${quarters}) in ${(g.ms / 1000).toFixed(1)} s (${Math.round(rows / (g.ms / 1000)).toLocaleString('en')} call rows/s) → ${g.dir}`,
  );
  return g;
}

async function withTmp<T>(f: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-bench-'));
  try {
    return await f(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const runOurs = (data: string, period: string, extra: readonly string[]): Promise<Measured> =>
  withTmp((out) => measureNode([CLI, period, '--data', data, '--out', out, ...extra], ROOT));

const runDuck = (csv: string, period: string): Promise<Measured> =>
  measureNode(['--import', 'tsx', 'bench/duckdb-calls.ts', '--csv', csv, '--period', period, '--threads', '2'], ROOT);

/** The line said when no Python has pandas: its columns then show —. */
const NO_PANDAS = 'pandas: not installed for python3 or /usr/bin/python3 (apt-get install -y python3-pandas; PyPI may be out of reach); its columns show —';

interface SpeedRow {
  readonly rows: number;
  readonly ours: readonly Measured[];
  readonly duck: readonly Measured[];
  readonly duckInProcessS: readonly number[];
  /** empty when pandas is missing */
  readonly pandas: readonly Measured[];
  readonly pandasInProcessS: readonly number[];
}

const okS = (ms: readonly Measured[]): number[] => ms.filter((m) => m.ok).map((m) => m.wallS);
const okMb = (ms: readonly Measured[]): number => {
  const mbs = ms.filter((m) => m.ok && Number.isFinite(m.peakMb)).map((m) => m.peakMb);
  return mbs.length === 0 ? NaN : Math.max(...mbs);
};
const fmtRatio = (r: number): string => (Number.isFinite(r) ? r.toFixed(2) : '—');

async function speed(args: Args): Promise<void> {
  const py = await findPandas();
  say(`\n## Speed: calls.csv → calls figures of ${QUARTER} (rows span 2024Q4–2025Q1), ${args.pairs} rounds of ours, DuckDB and pandas in turn, medians`);
  say(py === null ? NO_PANDAS : `pandas ${py.version} (${py.python}), read_csv with dtypes → to_datetime → value_counts/groupby (bench/pandas-calls.py); its wall time includes Python's start-up and import pandas`);
  const results: SpeedRow[] = [];
  for (const rows of args.sizes) {
    const gen = generate(rows, args.seed, QUARTER);
    const data = callsOnly(gen);
    const csv = join(data, 'calls.csv');
    const ours: Measured[] = [];
    const duck: Measured[] = [];
    const inProc: number[] = [];
    const pandas: Measured[] = [];
    const pandasInProc: number[] = [];
    for (let k = 0; k < args.pairs; k++) {
      const o = await runOurs(data, QUARTER, ['--format', 'json', '--quiet']);
      ours.push(o);
      note(`  ${fmtRows(rows)} ours #${k + 1}: ${o.ok ? `${fmtS(o.wallS)} s, ${fmtMb(o.peakMb)}` : `FAILED: ${o.error}`}`);
      const d = await runDuck(csv, QUARTER);
      duck.push(d);
      if (d.ok) inProc.push((JSON.parse(d.stdout) as { ms: number }).ms / 1000);
      note(`  ${fmtRows(rows)} duckdb #${k + 1}: ${d.ok ? `${fmtS(d.wallS)} s, ${fmtMb(d.peakMb)}` : `FAILED: ${d.error}`}`);
      if (py !== null) {
        const p = await measurePandas(py, csv, QUARTER, { cwd: ROOT });
        pandas.push(p);
        if (p.ok) pandasInProc.push(parsePandasRun(p.stdout).ms / 1000);
        note(`  ${fmtRows(rows)} pandas #${k + 1}: ${p.ok ? `${fmtS(p.wallS)} s, ${fmtMb(p.peakMb)}` : `FAILED: ${p.error}`}`);
      }
    }
    results.push({ rows, ours, duck, duckInProcessS: inProc, pandas, pandasInProcessS: pandasInProc });
  }
  table(
    ['rows', 'ours s', 'DuckDB s', 'DuckDB in-proc s', 'pandas s', 'pandas in-proc s', 'ours/DuckDB', 'ours/pandas',
      'ours peak RSS', 'DuckDB peak RSS', 'pandas peak RSS', 'ours rows/s', 'DuckDB rows/s', 'pandas rows/s'],
    results.map((r) => {
      const o = median(okS(r.ours));
      const d = median(okS(r.duck));
      const p = median(okS(r.pandas));
      return [fmtRows(r.rows), fmtS(o), fmtS(d), fmtS(median(r.duckInProcessS)), fmtS(p), fmtS(median(r.pandasInProcessS)),
        fmtRatio(o / d), fmtRatio(o / p),
        fmtMb(okMb(r.ours)), fmtMb(okMb(r.duck)), fmtMb(okMb(r.pandas)), fmtRate(r.rows, o), fmtRate(r.rows, d), fmtRate(r.rows, p)];
    }),
  );
  for (const r of results) {
    const failed = [
      ...r.ours.filter((m) => !m.ok).map((m) => `ours: ${m.error}`),
      ...r.duck.filter((m) => !m.ok).map((m) => `DuckDB: ${m.error}`),
      ...r.pandas.filter((m) => !m.ok).map((m) => `pandas: ${m.error}`),
    ];
    for (const f of [...new Set(failed)]) say(`  ${fmtRows(r.rows)} FAILED ${f}`);
  }
  const small = results[0];
  const big = results[results.length - 1];
  if (small !== undefined && big !== undefined && big.rows > small.rows) {
    const k = big.rows / small.rows;
    for (const [who, a, b] of [['ours', small.ours, big.ours], ['DuckDB', small.duck, big.duck], ['pandas', small.pandas, big.pandas]] as const) {
      const ratio = median(okS(b)) / median(okS(a));
      if (!Number.isFinite(ratio)) continue;
      const verdict = Math.abs(ratio - k) <= k * 0.2 ? 'about linear' : ratio < k ? 'sub-linear (fixed start-up cost weighs on the small run)' : 'SUPER-linear';
      say(`${who}: time(${fmtRows(big.rows)}) / time(${fmtRows(small.rows)}) = ${ratio.toFixed(2)} (linear would be ${k}): ${verdict}`);
      // the rows beyond the small run, over the time beyond it: the throughput once start-up is paid
      const extra = median(okS(b)) - median(okS(a));
      if (extra > 0) {
        const fixed = median(okS(a)) - (small.rows / (big.rows - small.rows)) * extra;
        say(`${who}: marginal ${fmtRows(big.rows - small.rows)} rows in ${extra.toFixed(2)} s = ${((big.rows - small.rows) / extra / 1e6).toFixed(2)}M rows/s; fixed cost ≈ ${fixed.toFixed(2)} s`);
      }
    }
  }
}

/** `  2025Q1 charts: 123 ms` (or `  read: 80 ms`, without a period) → per-phase sums over all periods. */
export function parsePhases(stderr: string): Map<string, number> {
  const phases = new Map<string, number>();
  for (const line of stderr.split('\n')) {
    const m = /^\s+(?:(\d{4}\S*)\s+)?([A-Za-z][\w -]*?):\s*(\d+(?:\.\d+)?)\s*ms\s*$/.exec(line);
    if (m) phases.set(m[2]!, (phases.get(m[2]!) ?? 0) + Number(m[3]));
  }
  return phases;
}

/** Our demo report (q1-2025 --demo) with `extra` flags, and its metrics.json when asked for. */
const runDemo = (extra: readonly string[], keepMetrics = false): Promise<{ m: Measured; metrics: CallsMetricsLike | null }> =>
  withTmp(async (out) => {
    const m = await measureNode([CLI, 'q1-2025', '--demo', '--out', out, ...extra], ROOT);
    const path = join(out, QUARTER, 'metrics.json');
    return { m, metrics: keepMetrics && m.ok && existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CallsMetricsLike) : null };
  });

/** The demo's exports (`demo-data`, the files --demo reads), written into `dir`; the path of its calls.csv. */
async function demoCalls(dir: string): Promise<string> {
  const m = await measureNode([CLI, 'demo-data', '--out', dir], ROOT);
  if (!m.ok) throw new Error(`demo-data: ${m.error}`);
  return join(dir, 'calls.csv');
}

/** `agree with our metrics.json`, or the first differences (ours ≠ theirs). */
function agreement(ours: CallsMetricsLike | null, theirs: CallsFigures | null): string {
  if (ours === null || theirs === null) return 'not compared (a run failed)';
  const diffs = diffFigures(figuresFromModel(ours), theirs);
  return diffs.length === 0 ? 'figures agree with our metrics.json' : `DISAGREE with our metrics.json on ${diffs.length} figures: ${diffs.slice(0, 3).join('; ')}`;
}

async function demo(args: Args): Promise<void> {
  say('\n## Demo report, all formats (q1-2025 --demo --verbose); run 1 may include writing the demo data to the cache');
  const py = await findPandas();
  const runs: Measured[] = [];
  const base: Measured[] = [];
  // pandas's side: the demo period's calls figures from the demo's calls.csv, against our --format json run and the full report
  const jsonRuns: Measured[] = [];
  const pandasRuns: Measured[] = [];
  let ourMetrics: CallsMetricsLike | null = null;
  let pandasFigures: CallsFigures | null = null;
  const tmp = py === null ? null : mkdtempSync(join(tmpdir(), 'hotline-bench-demo-'));
  // without the demo's calls.csv pandas has nothing to read: its line says why, our runs go on
  let demoDataError: string | null = null;
  try {
    const csv = tmp === null ? null : await demoCalls(tmp).catch((e: unknown) => ((demoDataError = e instanceof Error ? e.message : String(e)), null));
    for (let k = 0; k < args.demoRuns; k++) {
      runs.push((await runDemo(['--verbose'])).m);
      // the other checkout right after, so that the host's load weighs on both alike
      if (args.baseline !== undefined) base.push(await withTmp((out) => measureNode([join(args.baseline!, CLI), 'q1-2025', '--demo', '--out', out, '--quiet'], args.baseline!)));
      if (py !== null && csv !== null) {
        const j = await runDemo(['--format', 'json', '--quiet'], k === 0);
        jsonRuns.push(j.m);
        if (k === 0) ourMetrics = j.metrics;
        const p = await measurePandas(py, csv, QUARTER, { cwd: ROOT });
        pandasRuns.push(p);
        if (k === 0 && p.ok) pandasFigures = parsePandasRun(p.stdout).figures;
        note(`  demo #${k + 1}: json ${j.m.ok ? `${fmtS(j.m.wallS)} s` : `FAILED: ${j.m.error}`}, pandas ${p.ok ? `${fmtS(p.wallS)} s, ${fmtMb(p.peakMb)}` : `FAILED: ${p.error}`}`);
      }
    }
  } finally {
    if (tmp !== null) rmSync(tmp, { recursive: true, force: true });
  }
  const phases = runs.map((m) => parsePhases(m.stderr));
  const order = ['read', 'aggregate', 'charts', 'docx', 'pdf'];
  const seen = new Set(phases.flatMap((p) => [...p.keys()]));
  const names = [...order, ...[...seen].filter((p) => !order.includes(p))];
  table(
    ['run', 'start→rendering s', ...names.map((n) => `${n} ms`), 'total wall s', 'peak RSS'],
    runs.map((m, k) => {
      if (!m.ok) return [String(k + 1), `FAILED: ${m.error}`];
      // start-up + reading + aggregating: until the CLI says it starts rendering
      const rendering = m.stderrLines.find((l) => l.line.startsWith('rendering'));
      const p = phases[k]!;
      return [String(k + 1), rendering === undefined ? '—' : fmtS(rendering.at),
        ...names.map((n) => (p.has(n) ? String(Math.round(p.get(n)!)) : '—')), fmtS(m.wallS), fmtMb(m.peakMb)];
    }),
  );
  const walls = runs.filter((m) => m.ok).map((m) => m.wallS);
  if (walls.length > 0) {
    const mid = median(walls);
    say(`demo wall: median ${fmtS(mid)} s, min ${fmtS(Math.min(...walls))} s over ${walls.length} runs; goal under 1 s: ${mid < 1 ? 'met' : 'NOT met'}`);
    const baseWalls = base.filter((m) => m.ok).map((m) => m.wallS);
    if (args.baseline !== undefined && baseWalls.length > 0) {
      const r = mid / median(baseWalls);
      say(`baseline ${args.baseline} (alternate runs): median ${fmtS(median(baseWalls))} s, min ${fmtS(Math.min(...baseWalls))} s; ours/baseline = ${r.toFixed(2)}`);
    }
  }
  if (py === null) say(NO_PANDAS.replace(/; its columns show —$/, ': no demo line for it'));
  else if (demoDataError !== null) say(`pandas on the demo's calls.csv FAILED: ${demoDataError}`);
  else {
    const p = median(okS(pandasRuns));
    const full = median(walls);
    const json = median(okS(jsonRuns));
    const inProc = pandasRuns.filter((m) => m.ok).map((m) => parsePandasRun(m.stdout));
    // the speed table's convention (ours/pandas, under 1 when ours is faster), with the factor in words
    const times = (r: number): string =>
      !Number.isFinite(r) ? '—' : `${r.toFixed(2)} (${r <= 1 ? `ours ${(1 / r).toFixed(1)}× faster` : `pandas ${r.toFixed(1)}× faster`})`;
    const failed = pandasRuns.find((m) => !m.ok) ?? jsonRuns.find((m) => !m.ok);
    say(
      `pandas ${py.version}, demo calls.csv → ${QUARTER} calls figures: median ${fmtS(p)} s whole process ` +
        `(in-proc ${fmtS(median(inProc.map((r) => r.ms / 1000)))} s, import pandas ${fmtS(median(inProc.map((r) => r.importMs / 1000)))} s), peak ${fmtMb(okMb(pandasRuns))}, ${okS(pandasRuns).length} runs; ` +
        `our full demo report ${fmtS(full)} s: ours/pandas ${times(full / p)}; our --format json ${fmtS(json)} s: ours/pandas ${times(json / p)}; ` +
        `${agreement(ourMetrics, pandasFigures)}${failed === undefined ? '' : `; FAILED: ${failed.error}`}`,
    );
  }
  await nodeStartUp();
}

/**
 * What starting `node` costs here, part of every wall time above: an
 * environment can add to it (NODE_EXTRA_CA_CERTS makes node read and parse
 * that file of certificates at start-up, ~30 ms on the machine this was
 * built on), which is then counted, not left out.
 */
async function nodeStartUp(): Promise<void> {
  const times = async (env: NodeJS.ProcessEnv): Promise<number> => {
    const walls: number[] = [];
    for (let k = 0; k < 5; k++) {
      const m = await measureNode(['-e', '0'], ROOT, env);
      if (m.ok) walls.push(m.wallS);
    }
    return walls.length > 0 ? median(walls) : NaN;
  };
  const here = await times(process.env);
  const extra = process.env.NODE_EXTRA_CA_CERTS;
  if (extra === undefined) {
    say(`node start-up (node -e 0, median of 5): ${Math.round(here * 1000)} ms`);
    return;
  }
  const { NODE_EXTRA_CA_CERTS: _, ...without } = process.env;
  const bare = await times(without);
  say(`node start-up (node -e 0, median of 5): ${Math.round(here * 1000)} ms here, with NODE_EXTRA_CA_CERTS=${extra}; ${Math.round(bare * 1000)} ms without it`);
}

async function range(args: Args): Promise<void> {
  const quarters = '2024Q1..2025Q4';
  say(`\n## Range: 8 quarters vs 1 quarter of the same data (${fmtRows(args.perQuarter)} calls a quarter, all formats)`);
  const gen = generate(args.perQuarter * 9, args.seed, quarters);
  const data = callsOnly(gen);
  const one = await runOurs(data, 'q4-2025', ['--quiet']);
  const eight = await runOurs(data, 'q1-2024..q4-2025', ['--quiet']);
  const row = (what: string, m: Measured): string[] => [what, m.ok ? fmtS(m.wallS) : `FAILED: ${m.error}`, m.ok ? fmtMb(m.peakMb) : '—'];
  table(['periods', 'wall s', 'peak RSS'], [row('1 (q4-2025)', one), row('8 (q1-2024..q4-2025)', eight)]);
  if (one.ok && eight.ok) {
    const r = eight.wallS / one.wallS;
    say(`time(8)/time(1) = ${r.toFixed(2)}: ${r < 4 ? 'well under 8' : r < 8 ? 'under 8, not by much' : 'NOT under 8'}`);
  }
}

/**
 * Our metrics.json, DuckDB and pandas on the same file: every calls figure
 * must agree; then pandas and our metrics.json on the demo's calls.csv (which
 * the DuckDB peer's fixed column list does not fit: it has no `note`).
 */
async function check(args: Args): Promise<boolean> {
  say(`\n## Check: DuckDB, pandas and our metrics.json agree on ${fmtRows(args.checkRows)} calls (${QUARTER}); pandas and ours on the demo's`);
  const gen = generate(args.checkRows, args.seed, QUARTER);
  const data = callsOnly(gen);
  const ours = await withTmp(async (out) => {
    const m = await measureNode([CLI, QUARTER, '--data', data, '--out', out, '--format', 'json', '--quiet'], ROOT);
    if (!m.ok) return m.error;
    return JSON.parse(readFileSync(join(out, QUARTER, 'metrics.json'), 'utf8')) as CallsMetricsLike;
  });
  if (typeof ours === 'string') {
    say(`check FAILED: our CLI: ${ours}`);
    return false;
  }
  const csv = join(data, 'calls.csv');
  const duck = await duckdbCalls(csv, QUARTER, { threads: 2 });
  const show = (who: string, diffs: readonly string[]): boolean => {
    if (diffs.length === 0) return true;
    say(`DISAGREE on ${diffs.length} figures (${who}):`);
    for (const d of diffs.slice(0, 40)) say(`  ${d}`);
    return false;
  };
  let ok = show('ours ≠ DuckDB', diffFigures(figuresFromModel(ours), duck.figures));
  const days = `${Object.keys(duck.figures.byDate).length} days`;
  if (ok) say(`agree: inbound ${duck.figures.inbound}, answered ${duck.figures.answered}; outcomes, channels, regions, satisfaction, 24 hours, ${days} (ours ≠ DuckDB would be listed)`);
  const py = await findPandas();
  if (py === null) {
    say(NO_PANDAS.replace(/; its columns show —$/, ': not checked'));
    return ok;
  }
  const pandas = await pandasCalls(py, csv, QUARTER);
  const pandasOk = show('ours ≠ pandas', diffFigures(figuresFromModel(ours), pandas.figures)) && show('DuckDB ≠ pandas', diffFigures(duck.figures, pandas.figures));
  if (pandasOk) say(`pandas ${py.version} agrees with both on every figure (ours ≠ pandas, DuckDB ≠ pandas would be listed)`);
  ok &&= pandasOk;
  const demoOk = await withTmp(async (dir) => {
    const demoCsv = await demoCalls(dir);
    const { m, metrics } = await runDemo(['--format', 'json', '--quiet'], true);
    const p = await pandasCalls(py, demoCsv, QUARTER);
    if (!m.ok || metrics === null) {
      say(`check FAILED: our demo report: ${m.error}`);
      return false;
    }
    const agree = show('demo: ours ≠ pandas', diffFigures(figuresFromModel(metrics), p.figures));
    if (agree) say(`demo: pandas and our metrics.json agree: inbound ${p.figures.inbound}, answered ${p.figures.answered}, every figure`);
    return agree;
  });
  return ok && demoOk;
}

/** Hostile inputs (bench/hostile.ts): each read or rejected in bounded time and memory. */
async function hostile(args: Args): Promise<boolean> {
  say(`\n## Hostile inputs: each read or rejected in under ${GOAL_S} s and ${GOAL_MB} MB (our CLI, --format json)`);
  const rows = await runHostile(CLI, ROOT, { streamSeconds: args.streamSeconds, note });
  table(
    ['case', 'input', 'exit', 'wall s', 'peak RSS', 'goal', 'first line on stderr'],
    rows.map((r) => [r.name, r.what, String(r.m.code), fmtS(r.m.wallS), fmtMb(r.m.peakMb), r.pass ? 'met' : 'NOT MET', r.said.slice(0, 110)]),
  );
  return rows.every((r) => r.pass);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist/src/cli/main.js'))) note('warning: dist/ not built (npm run build): our CLI rows will fail');
  say(`# hotline-report benchmark — ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}, peak RSS by ${rssSource}`);
  let ok = true;
  const step = async (name: string, f: () => Promise<unknown>): Promise<void> => {
    if (!args.only.has(name)) return;
    try {
      if ((await f()) === false) ok = false;
    } catch (e) {
      ok = false;
      say(`${name} FAILED: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  await step('speed', () => speed(args));
  await step('demo', () => demo(args));
  await step('range', () => range(args));
  await step('check', () => check(args));
  await step('hostile', () => hostile(args));
  await step('xlsx', () => xlsxBench({ rows: args.xlsxRows, seed: args.seed, root: ROOT, cli: CLI, quarter: QUARTER }));
  return ok ? 0 : 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = await main();
}
