import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReportFiles } from '../../src/output/atomic.js';

function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

describe('writing a report folder', () => {
  it('writes every file, charts in their subfolder, and leaves no temporary behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-atomic-'));
    writeReportFiles(dir, [
      { path: 'metrics.json', bytes: '{}\n' },
      { path: 'charts/01-a.png', bytes: new Uint8Array([1, 2, 3]) },
    ]);
    expect(tree(dir)).toEqual(['charts/01-a.png', 'metrics.json']);
    expect(readFileSync(join(dir, 'metrics.json'), 'utf8')).toBe('{}\n');
  });

  it('keeps the previous report untouched when a file cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-atomic-'));
    writeFileSync(join(dir, 'metrics.json'), 'old');
    // a folder where a file must go makes the write fail half-way
    mkdirSync(join(dir, 'report.pdf.tmp-' + process.pid), { recursive: true });
    expect(() =>
      writeReportFiles(dir, [
        { path: 'metrics.json', bytes: 'new' },
        { path: 'report.pdf', bytes: 'pdf' },
      ]),
    ).toThrow();
    expect(readFileSync(join(dir, 'metrics.json'), 'utf8')).toBe('old');
    expect(tree(dir).filter((f) => f.includes('.tmp-') && !f.startsWith('report.pdf.tmp'))).toEqual([]);
  });
});
