import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readExportParallel } from '../../src/parallel/index.js';
import { looksLikeTitle, titleOf } from '../../src/read/column-table.js';
import type { FoldSpec } from '../../src/parallel/fold.js';
import type { Kept } from '../parallel/record-fold.js';
import { dateCell, writeXlsx, type XlsxRow } from '../../bench/xlsx-writer.js';

const keep: FoldSpec = { module: new URL('../parallel/record-fold.ts', import.meta.url).href, factory: 'recordFold', init: null };
const dir = mkdtempSync(join(tmpdir(), 'title-row-'));
const HEADER = ['通话ID', '来电时间', '号码归属省', '号码归属市', '来电方式', '呼叫结果'];
const N = 400;
const rowAt = (i: number): string[] => [`C${i}`, `2025-01-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00`, '贵州省', '贵阳市', i % 3 === 0 ? '座机' : '手机', i % 7 === 0 ? 'bad' : '接通'];

/** The same calls with and without a title line above the header; `title`: the title's cells. */
function csv(title: string[] | null): string {
  const lines = [...(title === null ? [] : [title.join(',')]), HEADER.join(','), ...Array.from({ length: N }, (_, i) => rowAt(i).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}


/**
 * Reads both files the same way (`mode` expected): the titled one gives the
 * plain one's records, stats and issues, each line one later (the title
 * takes the first), and its column table names the title.
 */
async function sameButTitle(plain: string, titled: string, mode: string, opts: object): Promise<void> {
  const a = await readExportParallel<Kept, 'calls'>('calls', plain, opts, keep);
  const b = await readExportParallel<Kept, 'calls'>('calls', titled, opts, keep);
  expect([a.mode, b.mode]).toEqual([mode, mode]);
  expect(b.state.records).toEqual(a.state.records);
  expect(b.stats).toEqual(a.stats);
  expect({ lines: b.state.lines, issues: b.issues.map((i) => i.line) }).toEqual({ lines: a.state.lines.map((l) => l + 1), issues: a.issues.map((i) => i.line + 1) });
  expect(a.table.title).toBeUndefined();
  expect(b.table.title).toEqual({ line: 1, text: '2025年1月话务明细表' });
  expect(b.table.columns.find((c) => c.key === 'call_id')?.header).toBe('通话ID');
}

describe('a title row above the header (e.g. 2025年1月话务明细表 in a merged first row)', () => {
  it('is told from a header: one cell with text that names no column of the export', () => {
    expect(titleOf('calls', ['2025年1月话务明细表', '', '', ''], 1)).toEqual({ line: 1, text: '2025年1月话务明细表' });
    expect(titleOf('calls', ['  话务  明细 '], 1)).toEqual({ line: 1, text: '话务 明细' });
    // a one-column header that names a column is a header (its missing columns are then said as such)
    expect(titleOf('articles', ['标题'], 1)).toBeNull();
    expect(titleOf('calls', ['call_id', ''], 1)).toBeNull();
    // with a mapping, the platform's header is a column too
    expect(titleOf('calls', ['呼叫流水号'], 1, { call_id: '呼叫流水号' })).toBeNull();
    expect(titleOf('calls', ['话务明细', '来电时间'], 1)).toBeNull();
    expect(titleOf('calls', ['', ''], 1)).toBeNull();
    // a header split by another separator is one cell but no title: its own message names it
    expect(titleOf('calls', ['call_id\tstart_time\tcaller_province'], 1)).toBeNull();
    expect(titleOf('calls', ['通话ID;来电时间;号码归属省'], 1)).toBeNull();
    // init does not know the export: a title for every export
    expect(looksLikeTitle(['2025年1月话务明细表', ''])).toBe(true);
    expect(looksLikeTitle(['标题'])).toBe(false);
  });

  it('is skipped by every CSV path (stream, inline chunks, worker threads): the same rows, lines counted from the title', async () => {
    const plain = join(dir, 'plain.csv');
    const titled = join(dir, 'titled.csv');
    writeFileSync(plain, csv(null));
    writeFileSync(titled, csv(['2025年1月话务明细表', '', '', '', '', '']));
    const variants = [
      { mode: 'single', opts: { inline: false, minBytes: Infinity } },
      { mode: 'inline', opts: { minBytes: Infinity } },
      { mode: 'parallel', opts: { minBytes: 0, workers: 2, chunkBytes: 2048 } },
    ];
    for (const { mode, opts } of variants) await sameButTitle(plain, titled, mode, opts);
  });

  it('is skipped in a workbook, on one thread and on worker threads', async () => {
    const rows = (title: boolean): XlsxRow[] => {
      const out: XlsxRow[] = title ? [['2025年1月话务明细表']] : [];
      out.push(HEADER);
      for (let i = 0; i < N; i++) {
        const r = rowAt(i);
        out.push([r[0]!, dateCell(Date.UTC(2025, 0, 1 + (i % 28), 10) / 1000), ...r.slice(2)]);
      }
      return out;
    };
    const plain = join(dir, 'plain.xlsx');
    const titled = join(dir, 'titled.xlsx');
    await writeXlsx(plain, [{ name: 'calls', rows: rows(false) }], { strings: 'shared' });
    await writeXlsx(titled, [{ name: 'calls', rows: rows(true) }], { strings: 'shared' });
    await sameButTitle(plain, titled, 'single', { workers: 1 });
    await sameButTitle(plain, titled, 'parallel', { workers: 2, minBytes: 0, chunkBytes: 4096 });
  });

  it('only one: a second line that names no column is the header, and its message says what is missing', async () => {
    const path = join(dir, 'two-titles.csv');
    writeFileSync(path, `话务明细表\r\n贵州省12348\r\n${HEADER.join(',')}\r\n`);
    await expect(readExportParallel('calls', path, { inline: false, minBytes: Infinity }, keep)).rejects.toThrow(/^calls\.csv: the header row names none of the expected columns .*\(its header: 贵州省12348\)$/);
  });

  it('a file whose only row is one cell that names no column is named as such, not as an empty file', async () => {
    const path = join(dir, 'title-only.csv');
    writeFileSync(path, '2025年1月话务明细表 13812345678\r\n');
    for (const opts of [{ inline: false, minBytes: Infinity }, { minBytes: 0, workers: 2 }]) {
      await expect(readExportParallel('calls', path, opts, keep)).rejects.toThrow(
        /^calls\.csv: no header row: its only row, line 1 \(2025年1月话务明细表 138\*\*\*\*5678\), names no column; the first row is the header$/,
      );
    }
    writeFileSync(path, '\r\n\r\n');
    await expect(readExportParallel('calls', path, { inline: false, minBytes: Infinity }, keep)).rejects.toThrow(/^calls\.csv: empty file \(no header row\)$/);
  });
});
