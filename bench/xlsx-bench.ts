/**
 * The xlsx part of `npm run bench`: a generated 1M-row calls workbook, both
 * kinds (shared strings as Excel writes them; inline strings with `&#NNNNN;`
 * references as openpyxl-style exporters do), made from the bench's
 * calls.csv (gen-xlsx.ts), so that all sides read the same rows:
 *
 * - ours: the built CLI, calls.xlsx alone in --data, `--format json`: the
 *   whole report's read and fold (wall time, peak RSS);
 * - openpyxl: Python's openpyxl, `load_workbook(read_only=True)`, iterating
 *   every row of the sheet (`iter_rows(values_only=True)`), nothing else;
 * - the floor: `unzip -p` of the sheet's XML to /dev/null;
 * - CSV: the same rows as calls.csv through the same CLI.
 *
 * Goal: ours ≥ 15× faster than openpyxl, peak RSS under 400 MB, and the
 * metrics.json of the workbook equal to the CSV's, byte for byte.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callsWorkbook, type StringKind } from './gen-xlsx.js';
import { cachedExports } from './gen-exports.js';

export interface XlsxBenchArgs {
  readonly rows: number;
  readonly seed: number;
  readonly root: string;
  readonly cli: string;
  readonly quarter: string;
}

const say = (s: string): void => void process.stdout.write(`${s}\n`);
const note = (s: string): void => void process.stderr.write(`${s}\n`);
const GNU_TIME = '/usr/bin/time';
const MARK = 'MAXRSS_KB=';
const CPU_MARK = 'CPU_S=';

interface Run {
  readonly ok: boolean;
  readonly wallS: number;
  /** user + system CPU seconds of the process and its threads (GNU time; NaN without it) */
  readonly cpuS: number;
  readonly peakMb: number;
  readonly error: string;
  readonly stdout: string;
}

/** Runs a command, with GNU time's peak RSS when it is there. */
function measureCmd(cmd: string, args: readonly string[], cwd: string): Promise<Run> {
  const [c, a] = existsSync(GNU_TIME) ? [GNU_TIME, ['-f', `${MARK}%M\n${CPU_MARK}%U %S`, cmd, ...args]] : [cmd, [...args]];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(c, a, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    const done = (code: number | null, e?: Error): void => {
      const wallS = (performance.now() - t0) / 1000;
      const rss = err.split('\n').filter((l) => l.startsWith(MARK)).pop();
      const own = /maxrss_kb=(\d+)/.exec(out);
      const kb = rss !== undefined ? Number(rss.slice(MARK.length)) : own !== null ? Number(own[1]) : NaN;
      const cpu = err.split('\n').filter((l) => l.startsWith(CPU_MARK)).pop()?.slice(CPU_MARK.length).split(' ').map(Number);
      const cpuS = cpu === undefined ? NaN : (cpu[0] ?? NaN) + (cpu[1] ?? NaN);
      const lines = err.split('\n').filter((l) => l.trim() !== '' && !l.startsWith(MARK) && !l.startsWith(CPU_MARK) && !/^Command exited/.test(l));
      resolve({ ok: e === undefined && code === 0, wallS, cpuS, peakMb: kb / 1024, error: e?.message ?? lines.pop() ?? `exit status ${code}`, stdout: out });
    };
    child.on('error', (e) => done(null, e));
    child.on('close', (code) => done(code));
  });
}

const OPENPYXL = `
import sys, time, resource
import openpyxl
t0 = time.time()
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
rows = 0
for row in wb.worksheets[0].iter_rows(values_only=True):
    rows += 1
print('rows=%d seconds=%.2f maxrss_kb=%d' % (rows, time.time() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
`;

/** A Python that has openpyxl (python3 on PATH, else Debian's /usr/bin/python3), with its version; null when none. */
function findOpenpyxl(): Promise<{ python: string; version: string } | null> {
  const tryOne = (python: string): Promise<string | null> =>
    new Promise((resolve) => {
      const child = spawn(python, ['-W', 'ignore', '-c', 'import openpyxl; print(openpyxl.__version__)'], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout.on('data', (b: Buffer) => (out += b.toString()));
      child.on('error', () => resolve(null));
      child.on('close', (code) => resolve(code === 0 ? out.trim() : null));
    });
  return (async () => {
    for (const python of ['python3', '/usr/bin/python3']) {
      const v = await tryOne(python);
      if (v !== null) return { python, version: v };
    }
    return null;
  })();
}

/** The workbook of this kind, from the cache or made now. */
async function workbook(csv: string, cacheDir: string, kind: StringKind): Promise<string> {
  const dir = join(cacheDir, `xlsx-${kind}`);
  const path = join(dir, 'calls.xlsx');
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  await callsWorkbook(csv, path, kind);
  note(`data: wrote ${path} (${kind} strings) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return path;
}

const fmtS = (s: number): string => (Number.isFinite(s) ? s.toFixed(2) : '—');
const fmtMb = (mb: number): string => (Number.isFinite(mb) ? `${Math.round(mb)} MB` : '—');
const fmtRate = (rows: number, s: number): string => (Number.isFinite(s) && s > 0 ? `${Math.round(rows / s).toLocaleString('en')}` : '—');

export async function xlsxBench(args: XlsxBenchArgs): Promise<boolean> {
  const gen = cachedExports({ rows: args.rows, seed: args.seed, quarters: args.quarter });
  const csv = join(gen.dir, 'calls.csv');
  const py = await findOpenpyxl();
  say(`\n## xlsx: ${args.rows.toLocaleString('en')} call rows as calls.xlsx (both kinds) against openpyxl ${py === null ? '(not installed)' : `${py.version} read-only (${py.python})`}, the unzip floor and the same rows as CSV; one run each`);
  if (py === null) note('  openpyxl is not installed: apt-get install python3-openpyxl (PyPI may be out of reach); its column shows —');

  const tmp = mkdtempSync(join(tmpdir(), 'hotline-xlsx-bench-'));
  let allOk = true;
  try {
    let runs = 0;
    const ours = async (file: string, name: string): Promise<{ m: Run; metrics: string | null }> => {
      const data = join(tmp, `data-${runs++}`);
      mkdirSync(data);
      symlinkSync(file, join(data, name));
      const out = join(`${data}-out`);
      const m = await measureCmd(process.execPath, [args.cli, args.quarter, '--data', data, '--out', out, '--format', 'json', '--quiet'], args.root);
      const path = join(out, args.quarter, 'metrics.json');
      return { m, metrics: m.ok && existsSync(path) ? readFileSync(path, 'utf8') : null };
    };
    const csvRun = await ours(csv, 'calls.csv');
    note(`  csv: ${csvRun.m.ok ? `${fmtS(csvRun.m.wallS)} s (${fmtS(csvRun.m.cpuS)} s CPU), ${fmtMb(csvRun.m.peakMb)}` : `FAILED: ${csvRun.m.error}`}`);
    const rows: string[][] = [];
    for (const kind of ['shared', 'inline'] as const) {
      const file = await workbook(csv, gen.dir, kind);
      const size = statSync(file).size;
      const o = await ours(file, 'calls.xlsx');
      note(`  ${kind} ours: ${o.m.ok ? `${fmtS(o.m.wallS)} s (${fmtS(o.m.cpuS)} s CPU), ${fmtMb(o.m.peakMb)}` : `FAILED: ${o.m.error}`}`);
      const floor = await measureCmd('sh', ['-c', `unzip -p '${file}' xl/worksheets/sheet1.xml | wc -c`], args.root);
      const xmlMb = Number(floor.stdout.trim()) / 1e6;
      note(`  ${kind} unzip -p: ${floor.ok ? `${fmtS(floor.wallS)} s, ${Math.round(xmlMb)} MB of XML` : `FAILED: ${floor.error}`}`);
      let opx: Run | null = null;
      if (py !== null) {
        const script = join(tmp, 'openpyxl-rows.py');
        writeFileSync(script, OPENPYXL);
        opx = await measureCmd(py.python, ['-W', 'ignore', script, file], args.root);
        note(`  ${kind} openpyxl: ${opx.ok ? `${fmtS(opx.wallS)} s (${fmtS(opx.cpuS)} s CPU), ${fmtMb(opx.peakMb)} (${opx.stdout.trim()})` : `FAILED: ${opx.error}`}`);
      }
      const same = o.metrics !== null && o.metrics === csvRun.metrics;
      const ratio = opx !== null && opx.ok && o.m.ok ? opx.wallS / o.m.wallS : NaN;
      const cpuRatio = opx !== null && opx.ok && o.m.ok ? opx.cpuS / o.m.cpuS : NaN;
      const met = Number.isFinite(ratio) ? ratio >= 15 && o.m.peakMb < 400 : o.m.ok && o.m.peakMb < 400;
      if (!o.m.ok || !same || !met) allOk = false;
      rows.push([
        kind, `${(size / 1e6).toFixed(0)} MB / ${Math.round(xmlMb)} MB`,
        `${fmtS(o.m.wallS)} / ${fmtS(o.m.cpuS)}`, fmtRate(args.rows, o.m.wallS), fmtMb(o.m.peakMb),
        `${fmtS(opx?.ok === true ? opx.wallS : NaN)} / ${fmtS(opx?.ok === true ? opx.cpuS : NaN)}`, fmtRate(args.rows, opx?.ok === true ? opx.wallS : NaN), fmtMb(opx?.ok === true ? opx.peakMb : NaN),
        Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : '—', Number.isFinite(cpuRatio) ? `${cpuRatio.toFixed(1)}×` : '—',
        `${fmtS(floor.wallS)} / ${fmtS(floor.cpuS)}`, `${fmtS(csvRun.m.wallS)} / ${fmtS(csvRun.m.cpuS)}`, same ? 'yes' : 'NO',
      ]);
    }
    const head = ['kind', 'zip / sheet XML', 'ours s / CPU s', 'ours rows/s', 'ours peak RSS', 'openpyxl s / CPU s', 'openpyxl rows/s', 'openpyxl peak RSS', 'openpyxl/ours', 'CPU openpyxl/ours', 'unzip -p s / CPU s', 'CSV s / CPU s', 'metrics.json = CSV\'s'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    say(head.map((h, i) => h.padEnd(widths[i] as number)).join(' | '));
    say(widths.map((w) => '-'.repeat(w)).join('-|-'));
    for (const r of rows) say(r.map((c, i) => c.padEnd(widths[i] as number)).join(' | ').trimEnd());
    say(`goal: ours ≥ 15× faster than openpyxl (wall time)${py === null ? ' (openpyxl missing: not measured; the floor is the unzip column)' : ''}, peak RSS < 400 MB, metrics.json equal: ${allOk ? 'met' : 'NOT met'}`);
    say('(wall times of one run each on a shared machine; the CPU columns, which load changes less, say how much work each side does; ours spreads it over the cores, openpyxl cannot)');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return allOk;
}
