/**
 * data-format.md: `--strict` makes any skipped row a failure (exit status 1)
 * "after the full list is printed": validate lists every problem then, not
 * the first SHOWN_PROBLEMS.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate, SHOWN_PROBLEMS } from '../../src/cli/validate.js';

const calls = readFileSync(join(import.meta.dirname, '../../fixtures/e2e/small/calls.csv'), 'utf8');

async function run(dataDir: string, strict: boolean): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await runValidate({ period: '2025-03', dataDir, strict }, { out: (s) => (out += s), err: (s) => (err += s) });
  return { status, out, err };
}

describe('validate --strict', () => {
  // the fixture's header and 6 rows are lines 1–7; the bad rows are lines 8 … 7 + n
  const n = SHOWN_PROBLEMS + 5;
  const dir = mkdtempSync(join(tmpdir(), 'hotline-validate-strict-'));
  const bad = Array.from({ length: n }, (_, i) => `Z${i},2025-03-05 10:00:00,,贵州省,贵阳市,手机,未知状态,,,,,\n`).join('');
  writeFileSync(join(dir, 'calls.csv'), calls + bad);
  const listed = (out: string): number => out.split('\n').filter((l) => /^ {2}calls\.csv:\d+: /.test(l)).length;

  it('without --strict lists the first problems and counts the rest', async () => {
    const r = await run(dir, false);
    expect(r.status).toBe(0);
    expect(listed(r.out)).toBe(SHOWN_PROBLEMS);
    expect(r.out).toContain(`… and 5 more`);
  });

  it('with --strict lists every problem, then exits 1', async () => {
    const r = await run(dir, true);
    expect(r.status).toBe(1);
    expect(listed(r.out)).toBe(n);
    expect(r.out).toContain(`  calls.csv:${7 + n}: `);
    expect(r.out).not.toContain('more');
    expect(r.err).toContain(`error: --strict: ${n} rows were skipped`);
  });
});
