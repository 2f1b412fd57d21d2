/**
 * Batch and CI use (issue: ranges of quarters, progress, safe output), on the
 * small hand-made data set. The range runs through the built command line
 * (dist/, made by `npm test` before vitest) so that rendering really happens
 * on worker threads, as a user's run does.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, smallData, tempDir } from './helpers.js';

const BIN = join(process.cwd(), 'bin', 'hotline-report.js');
const DATA = smallData();
const QUARTERS = ['2024Q1', '2024Q2', '2024Q3', '2024Q4'];

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stderr: r.stderr };
}

describe('a range of four quarters', () => {
  it('writes one complete folder per quarter, reading each export once', () => {
    const out = tempDir('batch');
    const r = run(['q1-2024..q4-2024', '--data', DATA, '--out', out, '--issued', '2025-01-05', '--verbose']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(QUARTERS);
    for (const q of QUARTERS) {
      const f = files(join(out, q));
      expect(f, q).toEqual(expect.arrayContaining(['metrics.json', 'report.docx', 'report.pdf']));
      expect(f.some((x) => x.includes('.tmp-'))).toBe(false);
    }
    // 2024Q1 holds K5 only
    const m = JSON.parse(readFileSync(join(out, '2024Q1', 'metrics.json'), 'utf8'));
    expect(m.calls.inbound).toBe(1);
    // each export is opened once for the whole range
    expect(r.stderr.match(/reading calls\.csv/g)).toHaveLength(1);
    expect(r.stderr.match(/reading consultations\.csv/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/done: 4 reports/);
  });

  it('gives byte-identical trees on a re-run', () => {
    const a = tempDir('batch-a');
    const b = tempDir('batch-b');
    const env = { SOURCE_DATE_EPOCH: '1736035200' };
    expect(run(['q1-2024..q4-2024', '--data', DATA, '--out', a, '--quiet'], env).status).toBe(0);
    expect(run(['q1-2024..q4-2024', '--data', DATA, '--out', b, '--quiet'], env).status).toBe(0);
    const fa = files(a);
    expect(fa).toEqual(files(b));
    expect(fa.length).toBeGreaterThan(12);
    for (const f of fa) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it('rejects a range of two kinds as bad usage (exit 2)', () => {
    const r = run(['q1-2024..2024-12', '--data', DATA, '--out', tempDir('batch')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: range/m);
  });
});

describe('a failure while rendering', () => {
  it('keeps the previous report and leaves no partial file', async () => {
    const out = tempDir('fail');
    const first = await cli(['2025-03', '--data', DATA, '--out', out, '--quiet', '--issued', '2025-04-03']);
    expect(first.status).toBe(0);
    const before = Object.fromEntries(files(join(out, '2025-03')).map((f) => [f, readFileSync(join(out, '2025-03', f))]));
    // the PDF renderer fails half-way through the outputs: its configured font does not exist
    const config = join(tempDir('fail-config'), 'hotline.config.json');
    writeFileSync(config, JSON.stringify({ fonts: { pdf: { body: '/nonexistent/FangSong.ttf' } } }));
    const second = await cli(['2025-03', '--data', DATA, '--out', out, '--config', config, '--issued', '2026-01-01']);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/^error: .*FangSong\.ttf/m);
    expect(second.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const after = files(join(out, '2025-03'));
    expect(after).toEqual(Object.keys(before).sort());
    for (const f of after) expect(readFileSync(join(out, '2025-03', f)).equals(before[f]!), f).toBe(true);
  });
});

describe('Ctrl-C during a batch', () => {
  it('stops without leaving a partial file', async () => {
    const out = tempDir('sigint');
    const child = spawn(process.execPath, [BIN, 'q1-2024..q2-2025', '--data', DATA, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      // interrupt as soon as rendering has begun
      if (/rendering/.test(stderr) && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(stderr).toMatch(/rendering/);
    if (code !== 0) expect(code).toBe(130);
    const left = files(out);
    expect(left.filter((f) => f.includes('.tmp-'))).toEqual([]);
    // every folder that exists is complete
    for (const q of readdirSync(out)) {
      expect(files(join(out, q)), q).toEqual(expect.arrayContaining(['metrics.json', 'report.docx', 'report.pdf']));
      expect(statSync(join(out, q, 'report.pdf')).size).toBeGreaterThan(1000);
    }
  }, 60_000);
});

describe('--strict', () => {
  it('lists every problem, exits 1 and writes nothing: the earlier report stays', async () => {
    const data = tempDir('strict');
    cpSync(DATA, data, { recursive: true });
    const calls = readFileSync(join(data, 'calls.csv'), 'utf8');
    writeFileSync(join(data, 'calls.csv'), `${calls}K7,2025-03-05 10:00:00,,贵州省,贵阳市,手机,未知状态,,,,,\n`);
    const out = tempDir('strict-out');
    const lax = await cli(['2025-03', '--data', data, '--out', out, '--format', 'json']);
    expect(lax.status).toBe(0);
    expect(lax.stderr).toMatch(/calls\.csv: .*未知状态.*: 1 row \(line 12\)/);
    const before = readFileSync(join(out, '2025-03', 'metrics.json'));
    const strict = await cli(['2025-03', '--data', data, '--out', out, '--format', 'json', '--strict', '--issued', '2026-01-01']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/calls\.csv: .*未知状态.*: 1 row \(line 12\)/);
    expect(strict.stderr).toMatch(/--strict/);
    expect(strict.stderr).not.toMatch(/wrote|done:/);
    expect(readFileSync(join(out, '2025-03', 'metrics.json')).equals(before)).toBe(true);
    expect(readdirSync(out)).toEqual(['2025-03']);
    // a strict run on a new folder leaves no folder behind
    const fresh = join(tempDir('strict-fresh'), 'reports');
    expect((await cli(['2025-03', '--data', data, '--out', fresh, '--format', 'json', '--strict'])).status).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });

  /** The small exports with `n` calls of an unknown outcome appended (lines 12 … 11 + n of calls.csv). */
  function withBadCalls(n: number): string {
    const data = tempDir(`strict-${n}`);
    cpSync(DATA, data, { recursive: true });
    const calls = readFileSync(join(data, 'calls.csv'), 'utf8');
    const bad = Array.from({ length: n }, (_, k) => `B${k},2025-03-05 10:00:00,,贵州省,贵阳市,手机,未知状态,,,,,\n`).join('');
    writeFileSync(join(data, 'calls.csv'), calls + bad);
    return data;
  }

  it('lists the problems grouped, writes nothing, exits 1 (with --quiet too)', async () => {
    const data = withBadCalls(14);
    const out = tempDir('strict-out');
    const lax = await cli(['2025-03', '--data', data, '--out', out, '--format', 'json']);
    expect(lax.status).toBe(0);
    expect(lax.stderr).toContain('  calls.csv: outcome "未知状态" is not a call outcome: 14 rows (lines 12, 13, 14, …)');
    const strictOut = tempDir('strict-out');
    const strict = await cli(['2025-03', '--data', data, '--out', strictOut, '--format', 'json', '--strict', '--quiet']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('  calls.csv: outcome "未知状态" is not a call outcome: 14 rows (lines 12, 13, 14, …)');
    expect(strict.stderr).toMatch(/error: --strict: .*nothing written/);
    expect(readdirSync(strictOut)).toEqual([]);
  });

  it('metrics.json keeps every kind with its count and the first 1,000 problems', async () => {
    const out = tempDir('strict-1200-out');
    const lax = await cli(['2025-03', '--data', withBadCalls(1200), '--out', out, '--format', 'json', '--quiet']);
    expect(lax.status).toBe(0);
    const metrics = JSON.parse(readFileSync(join(out, '2025-03', 'metrics.json'), 'utf8')) as { dataQuality: { groups: { count: number; lines: number[] }[]; issues: unknown[]; issueCount: number } };
    expect(metrics.dataQuality.issues).toHaveLength(1000);
    expect(metrics.dataQuality.issueCount).toBe(1200);
    expect(metrics.dataQuality.groups).toMatchObject([{ count: 1200, lines: [12, 13, 14] }]);
  });
});

describe('bad input', () => {
  it('a folder without calls.csv: one line, exit 1', async () => {
    const r = await cli(['2025-03', '--data', tempDir('empty'), '--out', tempDir('o')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/calls\.csv/);
  });

  it('a calls.csv without a required column names the file and the column', async () => {
    const data = tempDir('nocol');
    writeFileSync(join(data, 'calls.csv'), 'call_id,caller_province,channel,outcome\nA,贵州省,手机,接通\n');
    const r = await cli(['2025-03', '--data', data, '--out', tempDir('o')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/calls\.csv.*start_time/);
  });

  it('a period that is not one: exit 2', async () => {
    const r = await cli(['2025-13', '--data', DATA]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: period "2025-13"/);
  });

  it('an unknown option: exit 2', async () => {
    const r = await cli(['2025-03', '--colour']);
    expect(r.status).toBe(2);
  });
});

describe('the built command line', () => {
  it('gives the same bytes as the sources run in-process', async () => {
    const threaded = tempDir('built');
    const single = tempDir('sources');
    // the built CLI (dist/bundle, templates precompiled)
    expect(run(['2025-03', '--data', DATA, '--out', threaded, '--issued', '2025-04-03', '--quiet']).status).toBe(0);
    // in-process from the sources (templates compiled at run time)
    expect((await cli(['2025-03', '--data', DATA, '--out', single, '--issued', '2025-04-03', '--quiet'])).status).toBe(0);
    const names = files(threaded);
    expect(names).toEqual(files(single));
    expect(names.filter((f) => f.startsWith('2025-03/charts/')).length).toBeGreaterThan(3);
    for (const f of names) expect(readFileSync(join(threaded, f)).equals(readFileSync(join(single, f))), f).toBe(true);
  });

  it('reports a PDF font that cannot be read as one line, exit 1', () => {
    const config = join(tempDir('thread-config'), 'hotline.config.json');
    writeFileSync(config, JSON.stringify({ fonts: { pdf: { body: '/nonexistent/FangSong.ttf' } } }));
    const out = tempDir('thread-fail');
    const r = run(['2025-03', '--data', DATA, '--out', out, '--config', config, '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: .*FangSong\.ttf/);
    expect(files(out)).toEqual([]);
  });
});
