import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runValidate } from '../../src/cli/validate.js';

const FIX = join(import.meta.dirname, '../../fixtures/read');

async function run(dataDir: string, period = 'q1-2025', strict = false): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await runValidate({ period, dataDir, strict }, { out: (s) => (out += s), err: (s) => (err += s) });
  return { status, out, err };
}

describe('runValidate', () => {
  it('prints per-file counts, dates and the column table for a full folder', async () => {
    const { status, out, err } = await run(join(FIX, 'full'));
    expect(status).toBe(0);
    expect(err).toBe('');
    for (const line of [
      'calls.csv: 7 rows read, 7 used, 0 skipped; dates 2025-01-02 … 2025-03-31; 7 calls in 2025Q1',
      '  call_id         ← Call ID',
      '  start_time      ← START_TIME',
      '  headers that map to nothing: extra',
      'consultations.csv: 3 rows read, 3 used, 0 skipped; dates 2025-01-02 … 2025-01-03',
      '  consultation_id ← 咨询ID',
      'callbacks.csv: 1 row read, 1 used, 0 skipped; dates 2025-04-02 … 2025-04-02',
      'articles.csv: 2 rows read, 2 used, 0 skipped; dates 2025-02-01 … 2025-03-02',
      // the fixture's calls start on 2 January
      '  2025Q1: the calls cover only 2025-01-02 … 2025-03-31 of the period (2025-01-01 … 2025-03-31); the report\'s figures are for those days',
      'no problems found',
    ]) expect(out).toContain(`${line}\n`);
  });

  it('names missing optional files', async () => {
    const { status, err, out } = await run(join(FIX, 'partial'), '2025-03');
    expect(status).toBe(0);
    expect(err).toBe('');
    for (const f of ['consultations', 'tickets', 'qa_reviews', 'callbacks', 'duty_shifts', 'trainings', 'articles']) expect(out).toContain(`${f}.csv not found: its sections say 本期无相关数据\n`);
    expect(out).toContain('calls.csv: 7 rows read, 7 used, 0 skipped; dates 2025-01-02 … 2025-03-31; 2 calls in 2025-03');
  });

  it('lists problems grouped by kind, and --strict fails on any', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotline-validate-'));
    for (const f of ['calls.csv', 'qa_reviews.csv', 'duty_shifts.csv']) copyFileSync(join(FIX, 'bad', f), join(dir, f));
    const lax = await run(dir);
    expect(lax.status).toBe(0);
    expect(lax.out).toContain('calls.csv: 9 rows read, 2 used, 7 skipped;');
    expect(lax.out).toContain('16 kinds of problem in 14 rows (12 skipped):');
    // most frequent first
    expect(lax.out).toContain('(12 skipped):\n  qa_reviews.csv: upheld is required when review_type is 复核: 2 rows (lines 2, 3)\n');
    expect(lax.out).toContain('  calls.csv: has 6 fields, the header has 12: 1 row (line 6)\n');
    expect(lax.out).toContain('  calls.csv: 来电方式 "传真" is not a channel: 1 row (line 11); map it under exports.calls.values.channel (to one of 手机, 座机, 12345转接)\n');
    expect(lax.out).toContain('  calls.csv: 满意度评价: 1 bad value was read as blank');
    expect(lax.out).not.toContain('13800001234');
    const strict = await run(dir, 'q1-2025', true);
    expect(strict.status).toBe(1);
    expect(strict.err).toContain('error: --strict: 16 kinds of problem in 14 rows (12 skipped) and 6 warnings');
  });

  it('lists the first 20 kinds, every kind with --strict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotline-validate-'));
    const bad = Array.from({ length: 25 }, (_, k) => `B${k},2025-03-05 10:00:00,贵州省,手机,状态${k}\n`).join('');
    writeFileSync(join(dir, 'calls.csv'), `call_id,start_time,caller_province,channel,outcome\nA,2025-01-01 10:00:00,贵州省,手机,接通\nZ,2025-03-31 10:00:00,贵州省,手机,接通\n${bad}`);
    const lax = await run(dir);
    expect(lax.out).toContain('21 kinds of problem in 25 rows (25 skipped):');
    // 20 values of one column and reason have a group each; the others share one
    expect(lax.out).toContain('  calls.csv: outcome (other values) is not a call outcome: 5 rows (lines 24, 25, 26, …)');
    expect(lax.out).toContain('  … and 1 more kind');
    const strict = await run(dir, 'q1-2025', true);
    expect(strict.status).toBe(1);
    for (let k = 0; k < 20; k++) expect(strict.out).toContain(`  calls.csv: outcome "状态${k}" is not a call outcome: 1 row (line ${k + 4})`);
    expect(strict.out).not.toContain('more kind');
  });

  it('exit 1 with one line for an unusable folder or file, 2 for a bad period', async () => {
    const none = await run(join(FIX, 'nowhere'));
    expect(none).toMatchObject({ status: 1, out: '' });
    expect(none.err).toMatch(/^error: .*nowhere: data folder not found\n$/);
    // a file given as --data is named as a file, not searched as a folder that holds no export
    const file = await run(join(FIX, 'full', 'calls.csv'));
    expect(file).toMatchObject({ status: 1, out: '' });
    expect(file.err).toMatch(/^error: .*full\/calls\.csv: is a file, not a folder \(--data names the folder that holds the exports\)\n$/);
    const noCalls = await run(join(FIX, 'broken'));
    expect(noCalls.status).toBe(1);
    // what the folder holds is listed, in name order
    expect(noCalls.err).toMatch(/^error: calls\.csv: required file not found in .*broken \(nor calls\.xlsx\); it holds empty\.csv, header-only\.csv, no-start-time\.csv, semicolons\.csv, workbook\.csv; .*exports\.calls\.file in hotline\.config\.json\n$/);
    const bad = await run(join(FIX, 'full'), 'q5-2025');
    expect(bad.status).toBe(2);
    expect(bad.err).toMatch(/^error: period "q5-2025"/);
  });
});
