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
  it('prints per-file counts for a full folder', async () => {
    const { status, out, err } = await run(join(FIX, 'full'));
    expect(status).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(
      [
        'calls.csv: 7 rows read, 7 used, 0 skipped; 7 in 2025Q1',
        'consultations.csv: 3 rows read, 3 used, 0 skipped; 3 in 2025Q1',
        'tickets.csv: 2 rows read, 2 used, 0 skipped; 2 in 2025Q1',
        'qa_reviews.csv: 4 rows read, 4 used, 0 skipped; 3 in 2025Q1',
        'callbacks.csv: 1 rows read, 1 used, 0 skipped',
        'duty_shifts.csv: 2 rows read, 2 used, 0 skipped; 2 in 2025Q1',
        'trainings.csv: 3 rows read, 3 used, 0 skipped; 3 in 2025Q1',
        'articles.csv: 2 rows read, 2 used, 0 skipped; 2 in 2025Q1',
        '',
        'no problems found',
        '',
      ].join('\n'),
    );
  });

  it('warns about missing optional files', async () => {
    const { status, err, out } = await run(join(FIX, 'partial'), '2025-03');
    expect(status).toBe(0);
    expect(err.split('\n').filter((l) => l !== '')).toHaveLength(7);
    expect(err).toContain('warning: tickets.csv not found: its sections will say 本期无相关数据');
    expect(out).toContain('calls.csv: 7 rows read, 7 used, 0 skipped; 2 in 2025-03');
    expect(out).toContain('7 optional files missing');
  });

  it('lists problems with file:line, and --strict fails when rows were skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotline-validate-'));
    for (const f of ['calls.csv', 'qa_reviews.csv', 'duty_shifts.csv']) copyFileSync(join(FIX, 'bad', f), join(dir, f));
    const lax = await run(dir);
    expect(lax.status).toBe(0);
    expect(lax.out).toContain('calls.csv: 9 rows read, 2 used, 7 skipped; 2 in 2025Q1');
    expect(lax.out).toContain('16 problems:');
    expect(lax.out).toContain('  calls.csv:6: has 6 fields, the header has 12\n');
    expect(lax.out).toContain('  duty_shifts.csv:3: end_time is not after start_time\n');
    expect(lax.out).not.toContain('13800001234');
    const strict = await run(dir, 'q1-2025', true);
    expect(strict.status).toBe(1);
    expect(strict.err).toContain('error: --strict: 12 rows were skipped');
  });

  it('--strict lists every problem, not the first 20', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotline-validate-'));
    const bad = Array.from({ length: 25 }, (_, k) => `B${k},2025-03-05 10:00:00,贵州省,手机,未知状态\n`).join('');
    writeFileSync(join(dir, 'calls.csv'), `call_id,start_time,caller_province,channel,outcome\n${bad}`);
    const lax = await run(dir);
    expect(lax.out).toContain('25 problems (first 20 shown):');
    expect(lax.out).not.toContain('calls.csv:26:');
    const strict = await run(dir, 'q1-2025', true);
    expect(strict.status).toBe(1);
    expect(strict.out).toContain('25 problems:');
    for (let line = 2; line <= 26; line++) expect(strict.out).toContain(`  calls.csv:${line}: outcome "未知状态" is not`);
    expect(strict.out).not.toContain('more');
  });

  it('exit 1 with one line for an unusable folder or file, 2 for a bad period', async () => {
    const none = await run(join(FIX, 'nowhere'));
    expect(none).toMatchObject({ status: 1, out: '' });
    expect(none.err).toMatch(/^error: .*nowhere: data folder not found\n$/);
    const noCalls = await run(join(FIX, 'broken'));
    expect(noCalls.status).toBe(1);
    expect(noCalls.err).toMatch(/^error: calls\.csv: required file not found in .*broken \(nor calls\.xlsx\); .*exports\.calls\.file in hotline\.config\.json\n$/);
    const bad = await run(join(FIX, 'full'), 'q5-2025');
    expect(bad.status).toBe(2);
    expect(bad.err).toMatch(/^error: period "q5-2025"/);
  });
});
