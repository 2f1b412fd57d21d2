/**
 * The DuckDB yardstick on a hand-made calls.csv, answers counted by hand; the
 * pandas peer (bench/pandas-calls.py) must give the same figures on it. CI
 * installs python3-pandas (.ci/run); elsewhere that half is skipped without it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duckdbCalls } from '../../bench/duckdb-calls.js';
import { CALL_COLUMNS } from '../../bench/gen-exports.js';
import { findPandas, pandasCalls } from '../../bench/pandas-peer.js';

const py = await findPandas();

const dir = mkdtempSync(join(tmpdir(), 'bench-duck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 2025Q1 holds rows 1–6; row 7 is in 2024Q4 and row 8 in 2025Q2 (both outside).
const rows = [
  'C1,2025-01-01 00:10:00,138****0001,贵州省,贵阳市,手机,接通,1,5,100,A1,非常满意,',
  'C2,2025-01-01 09:00:00,,贵州省,黔东南苗族侗族自治州,固话,已接通,3,5,100,A1,,"回拨,已处理"',
  'C3,2025-02-10 09:59:59,139****0002,广东省,深圳市,12345转接,answered,1,5,100,A2,不满意,',
  'C4,2025-03-31 23:59:59,,贵州省,,手机,接通,1,5,100,A2,满意,"称""急"""',
  'C5,2025-03-31 12:00:00,,,,手机,接通,1,5,100,A2,,',
  'C6,2025-02-10 10:00:00,,贵州省,贵阳,mobile,排队放弃,1,5,0,,,',
  'C7,2024-12-31 23:59:59,,贵州省,贵阳市,手机,接通,1,5,100,A1,满意,',
  'C8,2025-04-01 00:00:00,,贵州省,贵阳市,手机,接通,1,5,100,A1,满意,',
];

const csv = join(dir, 'calls.csv');
writeFileSync(csv, `${CALL_COLUMNS.join(',')}\n${rows.join('\n')}\n`);

describe('duckdbCalls', () => {
  it('counts the period by outcome, channel, region, satisfaction, hour and day', async () => {
    const { figures } = await duckdbCalls(csv, '2025Q1', { threads: 2 });
    expect(figures.inbound).toBe(6);
    expect(figures.answered).toBe(5);
    expect(figures.byOutcome).toEqual({ 接通: 5, 呼叫失败: 0, 排队放弃: 1, 排队超时: 0, 排队溢出: 0 });
    // answered only: C1 手机, C2 座机 (固话), C3 12345转接, C4 手机, C5 手机
    expect(figures.byChannel).toEqual({ 手机: 3, 座机: 1, '12345转接': 1 });
    expect(figures.byRegion).toMatchObject({ 贵阳市: 1, 黔东南州: 1, 其他省市: 1, 未知: 2, 遵义市: 0 });
    expect(figures.bySatisfaction).toEqual({ 非常满意: 1, 满意: 1, 基本满意: 0, 不满意: 1 });
    expect(figures.byHour[0]).toBe(1);
    expect(figures.byHour[9]).toBe(2);
    expect(figures.byHour[10]).toBe(1);
    expect(figures.byHour[12]).toBe(1);
    expect(figures.byHour[23]).toBe(1);
    expect(Object.keys(figures.byDate)).toHaveLength(90);
    expect(figures.byDate['2025-01-01']).toEqual([2, 2]);
    expect(figures.byDate['2025-02-10']).toEqual([2, 1]);
    expect(figures.byDate['2025-03-31']).toEqual([2, 2]);
    expect(figures.byDate['2025-01-02']).toEqual([0, 0]);
  });
});

describe.skipIf(py === null)('the pandas peer (python3-pandas)', () => {
  it('gives DuckDB\'s figures on the same file', async () => {
    const duck = await duckdbCalls(csv, '2025Q1', { threads: 2 });
    const pandas = await pandasCalls(py!, csv, '2025Q1');
    expect(pandas.figures).toEqual(duck.figures);
  });

  it('reads a calls.csv without the note column, as the demo\'s is', async () => {
    const noNote = join(dir, 'calls-no-note.csv');
    const cut = (line: string): string => line.replace(/,(?:"(?:[^"]|"")*"|[^,]*)$/, '');
    writeFileSync(noNote, `${CALL_COLUMNS.slice(0, -1).join(',')}\n${rows.map(cut).join('\n')}\n`);
    const duck = await duckdbCalls(csv, '2025Q1', { threads: 2 });
    const pandas = await pandasCalls(py!, noNote, '2025Q1');
    expect(pandas.figures).toEqual(duck.figures);
  });
});
