import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportOutput } from '../../src/output/atomic.js';
import { OutputError, fsErrorWords } from '../../src/output/errors.js';

function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

const temp = (): string => mkdtempSync(join(tmpdir(), 'hr-atomic-'));

/** A pid that no process has: a child's, once it has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

function write(out: string, id: string, files: Record<string, string>): string[] {
  const o = ReportOutput.open(out, [id]);
  try {
    o.stage(id, Object.entries(files).map(([path, bytes]) => ({ path, bytes })));
    return o.commit();
  } finally {
    o.close();
  }
}

describe('a report folder replaced whole', () => {
  it('writes every file, charts in their subfolder, and leaves no temporary or lock behind', () => {
    const out = temp();
    expect(write(out, '2025Q1', { 'metrics.json': '{}\n', 'charts/01-a.png': 'png' })).toEqual([join(out, '2025Q1')]);
    expect(tree(out)).toEqual(['2025Q1/charts/01-a.png', '2025Q1/metrics.json']);
    expect(readFileSync(join(out, '2025Q1', 'metrics.json'), 'utf8')).toBe('{}\n');
  });

  it('replaces the old folder as a whole: a file the new report lacks is gone', () => {
    const out = temp();
    write(out, '2025Q1', { 'metrics.json': 'old', 'report.pdf': 'old pdf', 'charts/01-a.png': 'old png' });
    write(out, '2025Q1', { 'metrics.json': 'new' });
    expect(tree(out)).toEqual(['2025Q1/metrics.json']);
    expect(readFileSync(join(out, '2025Q1', 'metrics.json'), 'utf8')).toBe('new');
  });

  it('keeps the previous report untouched and says which file failed, in words', () => {
    const out = temp();
    write(out, '2025Q1', { 'metrics.json': 'old' });
    const o = ReportOutput.open(out, ['2025Q1']);
    // a file and a folder of the same name cannot both be written: the second write fails
    expect(() => o.stage('2025Q1', [{ path: 'charts', bytes: 'x' }, { path: 'charts/01.png', bytes: 'y' }])).toThrow(
      `a part of the path is a file, not a folder while writing ${join(out, '2025Q1', 'charts/01.png')}`,
    );
    o.close();
    expect(tree(out)).toEqual(['2025Q1/metrics.json']);
    expect(readFileSync(join(out, '2025Q1', 'metrics.json'), 'utf8')).toBe('old');
    expect(readdirSync(out)).toEqual(['2025Q1']);
  });

  it('an output never committed leaves no temporary, no lock and no folder it created', () => {
    const base = temp();
    const out = join(base, 'a', 'b');
    const o = ReportOutput.open(out, ['2025Q1', '2025Q2']);
    expect(existsSync(out)).toBe(true);
    o.stage('2025Q1', [{ path: 'metrics.json', bytes: '{}' }]);
    o.close();
    expect(readdirSync(base)).toEqual([]);
  });

  it('says what a file system error is in words', () => {
    expect(fsErrorWords(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))).toBe('no space left on device');
    expect(fsErrorWords(Object.assign(new Error('x'), { code: 'EROFS' }))).toBe('read-only file system');
  });
});

describe('what a killed run left', () => {
  it('puts the old report back when the folder is missing (killed between the renames) and removes the rest', () => {
    const out = temp();
    mkdirSync(join(out, '.2025Q1.old-4242'));
    writeFileSync(join(out, '.2025Q1.old-4242', 'metrics.json'), 'old');
    mkdirSync(join(out, '.2025Q1.tmp-4242'));
    writeFileSync(join(out, '.2025Q1.tmp-4242', 'metrics.json'), 'half');
    mkdirSync(join(out, '.2025Q2.tmp-1')); // another period's: not this run's business
    ReportOutput.open(out, ['2025Q1']).close();
    expect(readdirSync(out).sort()).toEqual(['.2025Q2.tmp-1', '2025Q1']);
    expect(readFileSync(join(out, '2025Q1', 'metrics.json'), 'utf8')).toBe('old');
  });

  it('removes an old folder left after the swap (killed before removing it)', () => {
    const out = temp();
    write(out, '2025', { 'metrics.json': 'new' });
    mkdirSync(join(out, '.2025.old-4242'));
    mkdirSync(join(out, '.2025-03.tmp-4242')); // a month's, whose name begins the same way
    ReportOutput.open(out, ['2025']).close();
    expect(readdirSync(out).sort()).toEqual(['.2025-03.tmp-4242', '2025']);
    expect(readFileSync(join(out, '2025', 'metrics.json'), 'utf8')).toBe('new');
  });
});

describe('one run per report folder', () => {
  it('refuses a folder another live process holds, naming it', () => {
    const out = temp();
    // the parent of this test process is alive for as long as the test runs
    writeFileSync(join(out, '.2025Q1.lock'), `${process.ppid}\n`);
    const t = performance.now();
    let err: unknown;
    try {
      ReportOutput.open(out, ['2025Q1']);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OutputError);
    expect((err as Error).message).toMatch(new RegExp(`^${join(out, '2025Q1')}: another run \\(pid ${process.ppid}\\) is writing this report`));
    expect(performance.now() - t).toBeLessThan(1000);
    expect(readFileSync(join(out, '.2025Q1.lock'), 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('refuses a second use of the same folder in this process', () => {
    const out = temp();
    const a = ReportOutput.open(out, ['2025Q1']);
    expect(() => ReportOutput.open(out, ['2025Q2', '2025Q1'])).toThrow(/already writing this report/);
    // the lock of 2025Q2, taken before the refusal, is released
    expect(readdirSync(out)).toEqual(['.2025Q1.lock']);
    a.close();
    expect(readdirSync(out)).toEqual([]);
  });

  it('takes over the lock of a process that is gone', () => {
    const out = temp();
    const pid = deadPid();
    writeFileSync(join(out, '.2025Q1.lock'), `${pid}\n`);
    writeFileSync(join(out, '.2025Q1.lock.takeover'), `${pid}\n`); // it died taking over another lock
    expect(write(out, '2025Q1', { 'metrics.json': 'x' })).toHaveLength(1);
    expect(readdirSync(out)).toEqual(['2025Q1']);
  });
});

describe('the output folder, checked before anything is read', () => {
  it('is made one level at a time', () => {
    const out = join(temp(), 'x', 'y', 'z');
    ReportOutput.open(out, ['2025Q1']).close();
    // nothing committed: the folders made are removed again
    expect(existsSync(join(out, '..', '..'))).toBe(false);
  });

  it('a file: one line saying so', () => {
    const file = join(temp(), 'reports');
    writeFileSync(file, '');
    expect(() => ReportOutput.open(file, ['2025Q1'])).toThrow(`${file}: is a file, not a folder`);
    expect(() => ReportOutput.open(join(file, 'sub'), ['2025Q1'])).toThrow(`${join(file, 'sub')}: ${file} is a file, not a folder`);
  });

  it('/proc/x (where a recursive mkdir never ends) and /proc/self: an error in well under a second', () => {
    if (!existsSync('/proc/self')) return;
    const t = performance.now();
    expect(() => ReportOutput.open('/proc/x/y', ['2025Q1'])).toThrow(/^\/proc\/x\/y: cannot create the folder \/proc\/x: /);
    expect(() => ReportOutput.open('/proc/self', ['2025Q1'])).toThrow(/^\/proc\/self: cannot write in this folder: /);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
