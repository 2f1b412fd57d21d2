import { cpSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportNotFound, exportPath } from '../../src/read/export-path.js';
import { cli, readJson, tempDir } from '../e2e/helpers.js';

describe('exportPath', () => {
  it('takes the exact name first, else the one file named so but for case, else null', () => {
    const dir = tempDir('export-path');
    writeFileSync(join(dir, 'calls.csv'), 'x');
    writeFileSync(join(dir, 'Calls.CSV'), 'x');
    writeFileSync(join(dir, 'TICKETS.csv'), 'x');
    expect(exportPath(dir, 'calls.csv')).toBe(join(dir, 'calls.csv'));
    expect(exportPath(dir, 'tickets.csv')).toBe(join(dir, 'TICKETS.csv'));
    expect(exportPath(dir, 'articles.csv')).toBeNull();
    expect(exportPath(join(dir, 'nowhere'), 'calls.csv')).toBeNull();
  });

  it('refuses to choose between two spellings when neither is exact', () => {
    const dir = tempDir('export-path-two');
    writeFileSync(join(dir, 'Calls.csv'), 'x');
    writeFileSync(join(dir, 'CALLS.CSV'), 'x');
    expect(() => exportPath(dir, 'calls.csv')).toThrow('calls.csv: ' + dir + ' holds CALLS.CSV and Calls.csv; keep one of them');
  });

  it('a report reads exports saved as Calls.CSV and Consultations.csv, with the same figures', async () => {
    const plain = tempDir('export-case-plain');
    const upper = tempDir('export-case-upper');
    cpSync('fixtures/e2e/small', plain, { recursive: true });
    cpSync('fixtures/e2e/small', upper, { recursive: true });
    renameSync(join(upper, 'calls.csv'), join(upper, 'Calls.CSV'));
    renameSync(join(upper, 'consultations.csv'), join(upper, 'Consultations.csv'));
    const outA = tempDir('export-case-a');
    const outB = tempDir('export-case-b');
    const a = await cli(['2025-03', '--data', plain, '--out', outA, '--format', 'json', '--issued', '2025-04-03']);
    const b = await cli(['2025-03', '--data', upper, '--out', outB, '--format', 'json', '--issued', '2025-04-03']);
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(b.stderr).not.toMatch(/(calls|consultations)\.csv[^\n]*not found/);
    expect(b.stderr).toContain('reading Calls.CSV as calls.csv');
    const metrics = readJson(join(outB, '2025-03', 'metrics.json'));
    expect(metrics.consultations.total).toBeGreaterThan(0);
    expect(metrics).toEqual(readJson(join(outA, '2025-03', 'metrics.json')));
  });
});

describe('exportNotFound', () => {
  it('says what was looked for and what the folder holds (CSV and Excel files, name order, cut past 8)', () => {
    const dir = tempDir('not-found');
    for (const n of ['话务明细-2025-10.xlsx', '话务明细-2025-2.xlsx', 'readme.txt', '~$话务明细-2025-2.xlsx']) writeFileSync(join(dir, n), '');
    const mapping = { source: 'hotline.config.json', file: '话务明细*.csv', columns: {}, values: {} };
    expect(exportNotFound('calls', mapping, dir)).toBe(`话务明细*.csv (exports.calls.file in hotline.config.json): required file not found in ${dir}; it holds 话务明细-2025-2.xlsx, 话务明细-2025-10.xlsx`);
    const empty = tempDir('not-found-empty');
    expect(exportNotFound('calls', undefined, empty)).toBe(`calls.csv: required file not found in ${empty} (nor calls.xlsx); it holds no CSV or Excel file; a file named otherwise (话务明细*.xlsx, monthly files) is named with exports.calls.file in hotline.config.json`);
    const many = tempDir('not-found-many');
    for (let m = 1; m <= 12; m++) writeFileSync(join(many, `${m}月.csv`), '');
    expect(exportNotFound('calls', undefined, many)).toContain('; it holds 1月.csv, 2月.csv, 3月.csv, 4月.csv, 5月.csv, 6月.csv, 7月.csv, 8月.csv, … (12 in all);');
  });
});
