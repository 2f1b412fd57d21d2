import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProgress } from '../../src/cli/progress.js';
import { parseExports } from '../../src/config/exports.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { resolvePeriods } from '../../src/period/index.js';
import { readData } from '../../src/pipeline/read-data.js';
import { exportHeaderProblems, mergeSameInFiles } from '../../src/read/export-headers.js';
import { InputError } from '../../src/read/index.js';
import { writeXlsx } from '../../bench/xlsx-writer.js';

describe('mergeSameInFiles', () => {
  it('says a file whose lines are an earlier file\'s, but for its name, in one line after it', () => {
    const problems = [
      { fileName: 'm01.csv', lines: ['m01.csv: a', 'cfg: x: m01.csv has no header "h"'] },
      { fileName: 'm02.csv', lines: ['m02.csv: a', 'cfg: x: m02.csv has no header "h"'] },
      { fileName: 't.xlsx', lines: ['t.xlsx: b'] },
      { fileName: 'm03.csv', lines: ['m03.csv: a', 'cfg: x: m03.csv has no header "h"'] },
      { fileName: 'm04.csv', lines: ['m04.csv: a'] },
    ];
    expect(mergeSameInFiles(problems)).toEqual([
      'm01.csv: a',
      'cfg: x: m01.csv has no header "h"',
      'm02.csv, m03.csv: the same as m01.csv',
      't.xlsx: b',
      'm04.csv: a',
    ]);
  });
  it('names three of the others and counts them all', () => {
    const problems = ['a', 'b', 'c', 'd', 'e'].map((n) => ({ fileName: `${n}.csv`, lines: [`${n}.csv: no`] }));
    expect(mergeSameInFiles(problems)).toEqual(['a.csv: no', 'b.csv, c.csv, d.csv, … (4 files): the same as a.csv']);
  });
});

/** a data folder of another platform: calls in two monthly CSVs, tickets as a workbook, consultations as data-format.md names them */
async function platformDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-headers-'));
  const calls = '呼叫流水号,呼入时间,归属省份,号码类型,通话状态\nA1,2025-01-02 08:00:00,贵州省,手机,接通\n';
  writeFileSync(join(dir, '话务明细2025-01.csv'), calls);
  writeFileSync(join(dir, '话务明细2025-02.csv'), calls.replace('A1,2025-01-02', 'A2,2025-02-02'));
  writeFileSync(join(dir, 'consultations.csv'), 'consultation_id,call_id,created_at,category,subcategory\nQ1,A1,2025-01-02 08:05:00,民事,\n');
  await writeXlsx(join(dir, '工单.xlsx'), [{ name: '工单', rows: [['工单编号', '创建时间', '工单类型', '办理状态'], ['T1', '2025-01-03 09:00:00', '线上法律援助申请', '已办结']] }], { strings: 'shared' });
  return dir;
}

function configWith(exports: unknown) {
  const parsed = parseExports(exports, 'my.config.json');
  expect(parsed.errors).toEqual([]);
  return { ...DEFAULT_CONFIG, exports: parsed.exports };
}

const CALLS = { file: '话务明细*.csv', columns: { call_id: '呼叫流水号', start_time: '呼入时间', caller_province: '归属省份', channel: '号码类型', outcome: '通话状态' } };
const TICKETS = { file: '工单.xlsx', sheet: '工单', columns: { ticket_id: '工单编号', created_at: '创建时间', type: '工单类型', status: '办理状态' } };

describe('a run stopped by one export\'s header', () => {
  const progress = createProgress({ quiet: true, verbose: false, tty: false, write: () => {} });
  const sets = [resolvePeriods('q1-2025', DEFAULT_CONFIG.calendar)];

  it('reads when the mapping is right (the folder the next test spoils)', async () => {
    const data = await readData(await platformDir(), sets, configWith({ calls: CALLS, tickets: TICKETS }), { encoding: undefined }, progress);
    expect(data.exports.map((e) => [e.name, e.stats.used])).toEqual([['calls', 2], ['consultations', 1], ['tickets', 1]]);
  });

  it('lists the mapping mistakes of every export with it, a mistake repeated in monthly files said once', async () => {
    const config = configWith({
      calls: { ...CALLS, columns: { ...CALLS.columns, start_time: '呼入时刻' } },
      tickets: { ...TICKETS, sheet: '工单表', columns: { ...TICKETS.columns, assignee: '承办部门' } },
      consultations: { columns: { category: '咨询类别' } },
    });
    const err = await readData(await platformDir(), sets, config, { encoding: undefined }, progress).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message.split('\n')).toEqual([
      'my.config.json: exports.calls.columns.start_time: 话务明细2025-01.csv has no header "呼入时刻"; did you mean 呼入时间? (its headers: 呼叫流水号, 呼入时间, 归属省份, 号码类型, 通话状态)',
      '话务明细2025-02.csv: the same as 话务明细2025-01.csv',
      'my.config.json: exports.consultations.columns.category: consultations.csv has no header "咨询类别" (its headers: consultation_id, call_id, created_at, category, subcategory)',
      'my.config.json: exports.tickets.sheet: 工单.xlsx has no sheet named "工单表"; did you mean 工单? (its sheets: "工单")',
    ]);
  });

  it('keeps the stopping error when it is not about a header, and adds the others\'', async () => {
    const dir = await platformDir();
    // the first monthly file is not a CSV: its own message, then the tickets' mistake
    writeFileSync(join(dir, '话务明细2025-01.csv'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 0, 255, 0, 0, 0]));
    const config = configWith({ calls: CALLS, tickets: { ...TICKETS, columns: { ...TICKETS.columns, assignee: '承办部门' } } });
    const err = await readData(dir, sets, config, { encoding: undefined }, progress).catch((e: unknown) => e);
    const lines = (err as Error).message.split('\n');
    expect(lines[0]).toMatch(/^话务明细2025-01\.csv: /);
    expect(lines.slice(1)).toEqual([
      'my.config.json: exports.tickets.columns.assignee: 工单.xlsx has no header "承办部门" (its headers: 工单编号, 创建时间, 工单类型, 办理状态)',
    ]);
  });

  it('exportHeaderProblems finds nothing in a folder whose mapping is right', async () => {
    expect(await exportHeaderProblems(await platformDir(), configWith({ calls: CALLS, tickets: TICKETS }), ['calls', 'consultations', 'tickets'])).toEqual([]);
  });
});
