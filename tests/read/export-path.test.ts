import { cpSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPath } from '../../src/read/export-path.js';
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
