/**
 * Another province's exports as its platform writes them — other file
 * names, headers and values, dates written 2024年10月1日, calls in two
 * workbooks and tickets in a named sheet of a third — read through the
 * config's `exports` mapping by the built command line: the report's
 * metrics.json is byte for byte the one of the same rows in the spec's form.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateCell, writeXlsx, type CellValue } from '../../bench/xlsx-writer.js';
import { formatCsvRow, scanAll } from '../../src/read/csv-scanner.js';
import { parseDateTime } from '../../src/read/datetime.js';
import { tempDir } from './helpers.js';

const BIN = join(process.cwd(), 'bin', 'hotline-report.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

interface Table {
  header: string[];
  rows: string[][];
}
const readCsv = (path: string): Table => {
  const [head, ...rows] = scanAll(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')).map((r) => r.fields);
  return { header: head as string[], rows };
};
const writeCsv = (path: string, header: string[], rows: string[][]): void =>
  writeFileSync(path, `${[header, ...rows].map(formatCsvRow).join('\r\n')}\r\n`);

/** `2024-10-01 00:40:15` → `2024年10月1日 0:40:15` (and without seconds when they are 0) */
function chinese(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(iso);
  if (m === null) return iso;
  const date = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  if (m[4] === undefined) return date;
  return `${date} ${Number(m[4])}:${m[5]}${m[6] === '00' ? '' : `:${m[6]}`}`;
}

/** a table with its columns renamed, values replaced per column and dates rewritten on some rows */
function reshape(t: Table, names: Record<string, string>, values: Record<string, Record<string, string>>, dates: string[], every = 3): Table {
  const header = t.header.map((h) => names[h] ?? h);
  const rows = t.rows.map((r, i) => r.map((cell, c) => {
    const key = t.header[c] as string;
    const v = values[key]?.[cell] ?? cell;
    return dates.includes(key) && i % every === 0 ? chinese(v) : v;
  }));
  return { header, rows };
}

const CALL_NAMES = {
  call_id: '呼叫流水号', start_time: '呼入时间', caller: '主叫号码', caller_province: '归属省份', caller_city: '归属城市',
  channel: '号码类型', outcome: '通话状态', ivr_key: '按键选择', wait_seconds: '排队时长(秒)', talk_seconds: '通话时长(秒)',
  // agent_id: left under its built-in Chinese name, which still works
  agent_id: '坐席工号', satisfaction: '满意度',
};
const CALL_VALUES = {
  channel: { 手机: '移动电话', 座机: '固定电话' },
  outcome: { 接通: '已接听', 排队放弃: '用户放弃', 呼叫失败: '未接通' },
  satisfaction: { 基本满意: '一般' },
};
const invert = (m: Record<string, Record<string, string>>): Record<string, Record<string, string>> =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).map(([a, b]) => [b, a]))]));
const columnsOf = (names: Record<string, string>, builtIn: string[] = []): Record<string, string> =>
  Object.fromEntries(Object.entries(names).filter(([k]) => !builtIn.includes(k) && k !== 'caller'));

describe('a platform\'s own exports, mapped in the config', () => {
  it('give the metrics.json of the same rows in the spec\'s form, byte for byte', async () => {
    const root = tempDir('foreign');
    const demo = join(root, 'demo');
    expect(run(['demo-data', '--out', demo]).status).toBe(0);
    const data = join(root, 'sichuan');
    mkdirSync(data);

    // calls: two workbooks (2024's and 2025's rows), times as text (ISO or Chinese) or as Excel date cells
    const calls = reshape(readCsv(join(demo, 'calls.csv')), CALL_NAMES, CALL_VALUES, ['start_time']);
    const at = calls.header.indexOf('呼入时间');
    const numeric = [calls.header.indexOf('排队时长(秒)'), calls.header.indexOf('通话时长(秒)')];
    const toCells = (r: string[], i: number): CellValue[] => r.map((v, c) => {
      if (v === '') return null;
      if (c === at && i % 3 === 1) return dateCell(parseDateTime(v));
      if (numeric.includes(c)) return Number(v);
      return v;
    });
    const split = calls.rows.findIndex((r) => (r[at] as string).startsWith('2025'));
    expect(split).toBeGreaterThan(0);
    await writeXlsx(join(data, '话务明细_2024Q4.xlsx'), [{ name: '通话记录', rows: [calls.header, ...calls.rows.slice(0, split).map(toCells)] }], { strings: 'shared', level: 1 });
    await writeXlsx(join(data, '话务明细_2025Q1.xlsx'), [{ name: '通话记录', rows: [calls.header, ...calls.rows.slice(split).map((r, i) => toCells(r, split + i))] }], { strings: 'inline', level: 1 });

    // tickets: the second sheet of a workbook
    const TICKET_NAMES = { ticket_id: '工单号', created_at: '创建时间', type: '工单类型', call_id: '通话流水号', assignee: '承办单位', status: '状态' };
    const tickets = reshape(readCsv(join(demo, 'tickets.csv')), TICKET_NAMES, {}, ['created_at'], 2);
    await writeXlsx(join(data, '工单导出.xlsx'), [
      { name: '说明', rows: [['本表由平台导出']] },
      { name: '工单', rows: [tickets.header, ...tickets.rows.map((r) => r.map((v) => (v === '' ? null : v)))] },
    ], { strings: 'shared', level: 1 });

    // consultations and QA reviews: CSV under other names, headers and values
    const CONSULT_NAMES = { consultation_id: '咨询编号', call_id: '关联通话', created_at: '登记时间', category: '咨询类别', subcategory: '咨询小类', caller_type: '来电人类型', referral: '转介' };
    const CONSULT_VALUES = { category: { 民事: '民事纠纷', 刑事: '刑事案件' }, caller_type: { 普通咨询人: '群众' } };
    const consultations = reshape(readCsv(join(demo, 'consultations.csv')), CONSULT_NAMES, CONSULT_VALUES, ['created_at'], 5);
    writeCsv(join(data, '咨询登记.csv'), consultations.header, consultations.rows);
    const QA_NAMES = { review_id: '质检单号', call_id: '通话流水号', reviewed_at: '质检时间', review_type: '质检方式', trigger: '复核原因', upheld: '是否属实', score: '得分' };
    const QA_VALUES = { review_type: { 常规质检: '日常抽检', 复核: '申诉复核' }, upheld: { 是: '属实', 否: '不属实' } };
    const qa = reshape(readCsv(join(demo, 'qa_reviews.csv')), QA_NAMES, QA_VALUES, ['reviewed_at']);
    writeCsv(join(data, '质检记录.csv'), qa.header, qa.rows);
    const trainings = reshape(readCsv(join(demo, 'trainings.csv')), { passed: '考核结果' }, { passed: { 是: '合格', 否: '不合格' } }, ['trained_at'], 2);
    writeCsv(join(data, 'trainings.csv'), trainings.header, trainings.rows);
    // the rest as they are, one under another name
    writeFileSync(join(data, '回访记录.csv'), readFileSync(join(demo, 'callbacks.csv')));
    for (const f of ['duty_shifts.csv', 'articles.csv']) writeFileSync(join(data, f), readFileSync(join(demo, f)));

    const config = join(root, 'hotline.config.json');
    writeFileSync(config, JSON.stringify({
      exports: {
        calls: { file: '话务明细_*.xlsx', sheet: '通话记录', columns: columnsOf(CALL_NAMES, ['agent_id']), values: invert(CALL_VALUES) },
        tickets: { file: '工单导出.xlsx', sheet: '工单', columns: columnsOf(TICKET_NAMES, ['created_at', 'type']) },
        consultations: { file: '咨询登记.csv', columns: columnsOf(CONSULT_NAMES, ['created_at']), values: invert(CONSULT_VALUES) },
        qa_reviews: { file: '质检记录.csv', columns: columnsOf(QA_NAMES), values: invert(QA_VALUES) },
        trainings: { columns: { passed: '考核结果' }, values: { passed: { 合格: '是', 不合格: '否' } } },
        callbacks: { file: '回访记录.csv' },
      },
    }, null, 2));

    const args = ['q1-2025', '--format', 'json', '--issued', '2025-04-03', '--quiet'];
    const want = run(['report', ...args, '--data', demo, '--out', join(root, 'out-demo')]);
    expect(want.stderr).toBe('');
    expect(want.status).toBe(0);
    const got = run(['report', ...args, '--data', data, '--config', config, '--out', join(root, 'out-sichuan')]);
    expect(got.stderr).toBe('');
    expect(got.status).toBe(0);
    const metrics = (dir: string): string => readFileSync(join(root, dir, '2025Q1', 'metrics.json'), 'utf8');
    expect(metrics('out-sichuan')).toBe(metrics('out-demo'));

    // validate reads the same files and finds nothing wrong
    const v = run(['validate', 'q1-2025', '--data', data, '--config', config]);
    expect(v.status).toBe(0);
    expect(v.stdout).toContain('no problems found');
  }, 300_000);
});
