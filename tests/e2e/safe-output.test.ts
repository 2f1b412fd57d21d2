/**
 * A report is replaced whole or not at all (issue: "never broken"), through
 * the built command line, as a user's run, a `kill` or a second run meet it:
 * a run killed at each step of the swap leaves the complete old or the
 * complete new folder (and the next run cleans up); SIGTERM and SIGHUP are
 * handled like Ctrl-C; two runs on one folder: the second is refused, naming
 * the first; an --out that cannot be used is one line, exit 1, at once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

const BIN = join(process.cwd(), 'bin', 'hotline-report.js');
const DATA = 'fixtures/e2e/small';
/** json and png: a folder of many files (the charts in a subfolder), quick to render */
const ARGS = ['2025-03', '--data', DATA, '--format', 'json,png', '--quiet'];

function run(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { status: r.status, signal: r.signal, stderr: r.stderr, ms: performance.now() - t };
}

/** Every file under `dir` with its bytes, by relative path. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const p = join(d.parentPath, d.name);
    out[relative(dir, p)] = readFileSync(p).toString('base64');
  }
  return out;
}

/** An out folder holding the report of 2025-03 issued on `issued`, and that folder's snapshot. */
function reportOn(out: string, issued: string): Record<string, string> {
  const r = run([...ARGS, '--out', out, '--issued', issued]);
  expect(r.status, r.stderr).toBe(0);
  return snapshot(join(out, '2025-03'));
}

describe('a kill during the swap', () => {
  // the new report differs from the old by its issue date (metrics.json)
  const cases: [string, 'old' | 'new' | 'none'][] = [
    ['staged', 'old'], // temporaries written, no rename yet
    ['old-moved', 'none'], // between the two renames: the old report waits under .old-PID
    ['new-moved', 'new'], // swapped, the old not yet removed
  ];
  for (const [step, visible] of cases) {
    it(`at "${step}" leaves the complete ${visible === 'none' ? 'old report aside' : `${visible} report`}; the next run recovers`, () => {
      const out = tempDir(`kill-${step}`);
      const old = reportOn(out, '2025-04-03');
      const neu = reportOn(tempDir('kill-new'), '2025-04-09');
      expect(neu).not.toEqual(old);
      expect(Object.keys(old).length).toBeGreaterThan(5);
      const killed = run([...ARGS, '--out', out, '--issued', '2025-04-09'], { HOTLINE_REPORT_SWAP_HOOK: `${step}:kill` });
      expect(killed.signal).toBe('SIGKILL');
      const seen = snapshot(join(out, '2025-03'));
      if (visible === 'old') expect(seen).toEqual(old);
      if (visible === 'new') expect(seen).toEqual(neu);
      if (visible === 'none') {
        expect(existsSync(join(out, '2025-03'))).toBe(false);
        const aside = readdirSync(out).filter((n) => /^\.2025-03\.old-\d+$/.test(n));
        expect(aside).toHaveLength(1);
        expect(snapshot(join(out, aside[0]!))).toEqual(old);
      }
      // the next run on the folder (here one that fails on its data, after the check of --out) recovers
      const next = run([...ARGS, '--out', out, '--data', join(out, 'no-such-data')]);
      expect(next.status).toBe(1);
      expect(readdirSync(out)).toEqual(['2025-03']);
      expect(snapshot(join(out, '2025-03'))).toEqual(visible === 'new' ? neu : old);
    }, 60_000);
  }
});

describe('signals', () => {
  for (const [signal, status] of [['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 130]] as const) {
    it(`${signal} while rendering: exit ${status}, the old report kept, no temporary or lock left`, async () => {
      const out = tempDir(`sig-${signal}`);
      const old = reportOn(out, '2025-04-03');
      const child = spawn(process.execPath, [BIN, '2025-03', '--data', DATA, '--out', out, '--issued', '2025-04-09'], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/rendering/.test(stderr) && !child.killed) child.kill(signal);
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(stderr).toMatch(/rendering/);
      // a signal that came after the swap finds the new report complete
      if (code === 0) return;
      expect(code).toBe(status);
      expect(stderr).toMatch(/interrupted: no partial file left/);
      expect(readdirSync(out)).toEqual(['2025-03']);
      expect(snapshot(join(out, '2025-03'))).toEqual(old);
    }, 60_000);
  }
});

describe('two runs on one report folder', () => {
  it('the second is refused with one line naming the first; a lock whose run was killed is taken over', async () => {
    const out = tempDir('two-runs');
    const first = spawn(process.execPath, [BIN, ...ARGS, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HOTLINE_REPORT_SWAP_HOOK: 'staged:pause' } });
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      first.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/swap hook: paused/.test(stderr)) resolve();
      });
      first.on('exit', () => reject(new Error(`first run ended: ${stderr}`)));
    });
    const second = run([...ARGS, '--out', out]);
    expect(second.status).toBe(1);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).toContain(`another run (pid ${first.pid}) is writing this report`);
    // a run on another period of the same folder is not held up
    expect(run(['2025-02', '--data', DATA, '--format', 'json', '--quiet', '--out', out]).status).toBe(0);
    const exited = new Promise((resolve) => first.on('exit', resolve));
    first.kill('SIGKILL');
    await exited;
    expect(readdirSync(out).sort()).toEqual(['.2025-03.lock', '.2025-03.tmp-' + first.pid, '2025-02']);
    const third = run([...ARGS, '--out', out]);
    expect(third.status, third.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['2025-02', '2025-03']);
    expect(Object.keys(snapshot(join(out, '2025-03')))).toContain('metrics.json');
  }, 60_000);
});

describe('an --out that cannot be used: one line, exit 1, before the data are read', () => {
  const file = join(tempDir('out-file'), 'reports');
  writeFileSync(file, '');
  // --data names no folder: the error must be about --out, found first
  const noData = join(tempDir('out-nodata'), 'none');
  const cases: [string, string, RegExp][] = [
    ['a file', file, /is a file, not a folder/],
    ['below a file', join(file, '2025'), /is a file, not a folder/],
    ['in /proc (where a recursive mkdir spins for ever)', '/proc/x', /cannot create the folder \/proc\/x/],
    ['a folder that takes no file', '/proc/self', /cannot write in this folder/],
  ];
  for (const [what, out, message] of cases) {
    it(what, () => {
      if (out.startsWith('/proc') && !existsSync('/proc/self')) return;
      const r = run(['2025-03', '--data', noData, '--out', out]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
      expect(r.stderr).toMatch(/^error: /);
      // the process's own start (~0.3 s) plus well under a second
      expect(r.ms).toBeLessThan(5000);
    });
  }

  it('a new --out on a run that fails leaves no folder behind', () => {
    const base = tempDir('out-new');
    const r = run(['2025-03', '--data', noData, '--out', join(base, 'a', 'b')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/data folder not found/);
    expect(readdirSync(base)).toEqual([]);
  });
});
