/**
 * Exports as Excel workbooks through the built command line: the demo's
 * calls.csv as calls.xlsx (shared strings, date cells, numbers in a text
 * column; 133k rows, above the threshold for worker threads, so the bundle
 * must hold the workbook reader's worker) and tickets.csv as tickets.xlsx
 * (inline strings) give the metrics.json of the CSVs, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callsWorkbook } from '../../bench/gen-xlsx.js';
import { demoData, tempDir } from './helpers.js';

const BIN = join(process.cwd(), 'bin', 'hotline-report.js');

function run(data: string, out: string, extra: readonly string[] = []): { status: number | null; stderr: string; stdout: string } {
  return spawnSync(process.execPath, [BIN, 'q1-2025', '--data', data, '--out', out, '--format', 'json', '--issued', '2025-04-03', ...extra], { encoding: 'utf8' });
}

describe('exports as .xlsx', () => {
  it('give the metrics.json of the same rows as CSV, through the built command line', async () => {
    const csv = await demoData();
    const dir = tempDir('xlsx');
    const data = join(dir, 'data');
    cpSync(csv, data, { recursive: true });
    await callsWorkbook(join(csv, 'calls.csv'), join(data, 'calls.xlsx'), 'shared');
    await callsWorkbook(join(csv, 'tickets.csv'), join(data, 'tickets.xlsx'), 'inline', '工单');
    rmSync(join(data, 'calls.csv'));
    rmSync(join(data, 'tickets.csv'));

    const a = run(csv, join(dir, 'from-csv'));
    expect(a.status, a.stderr).toBe(0);
    const b = run(data, join(dir, 'from-xlsx'), ['--verbose']);
    expect(b.status, b.stderr).toBe(0);
    expect(b.stderr).toMatch(/calls\.xlsx/);
    expect(readFileSync(join(dir, 'from-xlsx', '2025Q1', 'metrics.json'), 'utf8')).toBe(readFileSync(join(dir, 'from-csv', '2025Q1', 'metrics.json'), 'utf8'));
  }, 240_000);

  it('an .xls, or a calls.xlsx that is no workbook, stops the run with one line naming the file', async () => {
    const dir = tempDir('xls');
    const data = join(dir, 'data');
    cpSync(await demoData(), data, { recursive: true });
    rmSync(join(data, 'calls.csv'));
    writeFileSync(join(data, 'calls.xlsx'), 'call_id,start_time\n');
    const r = run(data, join(dir, 'out'));
    expect(r.status).toBe(1);
    const errors = (s: string): string[] => s.split('\n').filter((l) => l.startsWith('error'));
    expect(errors(r.stderr)).toEqual(['error: calls.xlsx: not an Excel workbook (.xlsx); save it as .xlsx or as CSV (UTF-8) and try again']);

    rmSync(join(data, 'calls.xlsx'));
    writeFileSync(join(data, 'calls.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const x = run(data, join(dir, 'out'));
    expect(x.status).toBe(1);
    expect(errors(x.stderr)).toEqual(['error: calls.xls: an Excel 97–2003 workbook (.xls), which cannot be read; save it as .xlsx or as CSV (UTF-8) and try again']);
    expect(x.stderr).not.toMatch(/at \w+ \(|node:internal/); // no stack trace
  }, 120_000);
});
