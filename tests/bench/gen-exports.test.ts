/** The benchmark's data generator: deterministic, and files our reader takes without a single issue. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExports } from '../../bench/gen-exports.js';
import { parsePhases } from '../../bench/run.js';
import { readExport } from '../../src/read/index.js';

const dir = mkdtempSync(join(tmpdir(), 'bench-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeExports', () => {
  it('writes the same bytes for the same rows and seed, other bytes for another seed', () => {
    const opts = { rows: 3000, seed: 5, quarters: '2025Q1' };
    writeExports(join(dir, 'a'), opts);
    writeExports(join(dir, 'b'), opts);
    writeExports(join(dir, 'c'), { ...opts, seed: 6 });
    const calls = (d: string): string => readFileSync(join(dir, d, 'calls.csv'), 'utf8');
    expect(calls('a')).toBe(calls('b'));
    expect(calls('a')).not.toBe(calls('c'));
    expect(readFileSync(join(dir, 'a', 'consultations.csv'), 'utf8')).toBe(readFileSync(join(dir, 'b', 'consultations.csv'), 'utf8'));
  });

  it('spreads rows over the quarter and the one before, with quoted commas, masked callers and no bad row', async () => {
    const res = writeExports(join(dir, 'r'), { rows: 5000, seed: 1, quarters: '2025Q1' });
    expect(res.from).toBe('2024-10-01');
    expect(res.to).toBe('2025-03-31');
    const text = readFileSync(join(dir, 'r', 'calls.csv'), 'utf8');
    expect(text).toContain('"回拨,已处理"');
    expect(text).toMatch(/,1\d\d\*\*\*\*\d{4},/);
    expect(text).not.toMatch(/1\d{10}/); // no unmasked mobile number
    let q1 = 0;
    const calls = await readExport('calls', join(dir, 'r', 'calls.csv'), {}, (r) => {
      if (r.startTime >= Date.UTC(2025, 0, 1) / 1000) q1++;
    });
    expect(calls.issues).toEqual([]);
    expect(calls.stats.used).toBe(5000);
    expect(q1).toBeGreaterThan(2000);
    expect(q1).toBeLessThan(3000);
    const cons = await readExport('consultations', join(dir, 'r', 'consultations.csv'), {}, () => {});
    expect(cons.issues).toEqual([]);
    expect(cons.stats.used).toBe(res.consultationRows);
  });
});

describe('parsePhases', () => {
  it('sums the verbose per-phase timings over periods', () => {
    const err = 'reading calls.csv\n  calls.csv: 10 rows, 10 used, 0 skipped\n  read: 40 ms\n  2025Q1 charts: 120 ms\n  2025Q2 charts: 30 ms\n  2025-03 docx: 7 ms\ndone: 1 report, 0.50 s\n';
    expect([...parsePhases(err)]).toEqual([['read', 40], ['charts', 150], ['docx', 7]]);
  });
});
