import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCsvRow } from '../../src/read/csv-scanner.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { resolveConfig } from '../../src/config/load.js';
import { HEADERS } from '../../src/read/headers.js';
import { FILE_NAMES } from '../../src/records.js';
import { generateDemo } from '../../fixtures/demo/generate.js';
import { cli, tempDir } from '../e2e/helpers.js';
import { writeXlsx } from '../../bench/xlsx-writer.js';

const cwd = process.cwd();
afterEach(() => process.chdir(cwd));

const inFolder = async (dir: string, args: string[]) => {
  process.chdir(dir);
  try {
    return await cli(['init', ...args]);
  } finally {
    process.chdir(cwd);
  }
};
const written = (dir: string): any => JSON.parse(readFileSync(join(dir, 'hotline.config.json'), 'utf8'));
/** the config as the loader reads it, without the exports block (read by the exports loader) */
const settings = (c: any) => {
  const { exports: _, ...rest } = c;
  return resolveConfig(rest, 'hotline.config.json');
};

describe('hotline-report init', () => {
  it('on an empty folder, --province 四川省: every field filled in, an exports entry per export, next steps', async () => {
    const dir = tempDir('init-empty');
    const r = await inFolder(dir, ['--province', '四川']);
    expect(r.status).toBe(0);
    const c = written(dir);
    expect(Object.keys(c)).toEqual(['hotlineName', 'province', 'regions', 'issuer', 'calendar', 'fonts', 'exports']);
    expect(c.province).toBe('四川省');
    expect(c.hotlineName).toBe('四川省12348公共法律服务热线');
    expect(c.regions).toHaveLength(21);
    expect(c.regions[20]).toEqual({ name: '凉山州', aliases: ['凉山彝族自治州', '凉山'], minority: true });
    // what it wrote reads back as the same settings as the one line
    expect(settings(c)).toEqual(resolveConfig({ province: '四川省' }, 'x'));
    expect(Object.keys(c.exports)).toEqual(FILE_NAMES);
    for (const name of FILE_NAMES) {
      expect(c.exports[name].file).toBe(`${name}.csv`);
      expect(c.exports[name].columns).toEqual(Object.fromEntries(HEADERS[name].map((h) => [h.key, h.zh])));
      expect(c.exports[name].values).toEqual({});
    }
    expect(r.stdout).toMatch(/wrote hotline\.config\.json for 四川省/);
    expect(r.stdout).toMatch(/validate q1-2025 --data/);
    expect(r.stdout.indexOf('validate')).toBeLessThan(r.stdout.indexOf('hotline-report q1-2025'));
  });

  it('without --province writes Guizhou, saying so', async () => {
    const dir = tempDir('init-gz');
    const r = await inFolder(dir, []);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no --province given: these are the built-in settings of 贵州省/);
    const c = written(dir);
    expect(settings(c)).toEqual(DEFAULT_CONFIG);
  });

  it('refuses to overwrite an existing config without --force, exit 2, the file untouched', async () => {
    const dir = tempDir('init-exists');
    writeFileSync(join(dir, 'hotline.config.json'), '{"issuer":"mine"}');
    const r = await inFolder(dir, ['--province', '江苏']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/hotline\.config\.json already exists .*; pass --force to replace it/);
    expect(readFileSync(join(dir, 'hotline.config.json'), 'utf8')).toBe('{"issuer":"mine"}');
    const f = await inFolder(dir, ['--province', '江苏', '--force']);
    expect(f.status).toBe(0);
    expect(written(dir).province).toBe('江苏省');
  });

  it('an unknown province: exit 2 with the nearest names, nothing written', async () => {
    const dir = tempDir('init-bad');
    const r = await inFolder(dir, ['--province', '四州']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/"四州" is not a province .*nearest: 四川省, 贵州省/);
    expect(() => readFileSync(join(dir, 'hotline.config.json'))).toThrow();
  });

  it('--data with foreign headers: files found by name, headers and pattern; matched columns filled, the rest listed', async () => {
    const data = tempDir('init-data');
    const callsHeader = ['呼叫流水号', '呼入时间', '号码归属省', '归属市', '来电方式', '通话状态', '通话时长(秒)', 'agent_id', '满意度', '备注'];
    const row = ['C1', '2025-01-02 10:00:00', '四川省', '成都市', '手机', '接通', '60', 'A1', '满意', ''];
    for (const m of ['202501', '202502']) writeFileSync(join(data, `话务明细${m}.csv`), `${formatCsvRow(callsHeader)}\r\n${formatCsvRow(row)}\r\n`);
    writeFileSync(join(data, 'Tickets.csv'), `${['工单编号', '创建时间', '工单类型', '通话ID', '承办机构', '办理状态'].join(',')}\n`);
    writeFileSync(join(data, '回访记录.csv'), 'id,time\n');
    writeFileSync(join(data, 'readme.csv'), 'x,y\n');
    const dir = tempDir('init-data-cwd');
    const r = await inFolder(dir, ['--province', '四川省', '--data', data]);
    expect(r.status).toBe(0);
    const c = written(dir);
    expect(c.exports.calls.file).toBe('话务明细*.csv');
    expect(c.exports.calls.columns).toEqual({
      caller_province: '号码归属省',
      caller_city: '归属市',
      channel: '来电方式',
      talk_seconds: '通话时长(秒)',
      agent_id: 'agent_id',
      satisfaction: '满意度',
    });
    expect(c.exports.tickets.file).toBe('Tickets.csv');
    expect(Object.keys(c.exports.tickets.columns)).toEqual(HEADERS.tickets.map((h) => h.key));
    // by its name alone (回访): the file, and no column it could match
    expect(c.exports.callbacks.file).toBe('回访记录.csv');
    expect(c.exports.callbacks.columns).toEqual({});
    // an export with no file keeps the built-in names
    expect(c.exports.articles).toEqual({ file: 'articles.csv', columns: Object.fromEntries(HEADERS.articles.map((h) => [h.key, h.zh])), values: {} });
    expect(r.stdout).toMatch(/calls ← 话务明细\*\.csv: 6 of 11 columns matched/);
    // what is not matched is listed a column a line, with the header validate would propose (not written in)
    expect(r.stdout).toMatch(/not matched:\n {6}call_id \(通话ID\), required — the file has 呼叫流水号\?\n {6}start_time \(来电时间\), required — the file has 呼入时间\?\n {6}outcome \(呼叫结果\), required — the file has 通话状态\?\n {6}ivr_key \(按键\)\n/);
    expect(r.stdout).toMatch(/headers of the file matched to no column: 呼叫流水号, 呼入时间, 通话状态, 备注/);
    expect(r.stdout).toMatch(/files taken for no export: readme\.csv/);
    expect(r.stdout).toMatch(/articles: no file found/);
  });

  it('--data with a workbook (calls.xlsx): its header row is read and matched as a CSV\'s; a damaged one is named in one line', async () => {
    const data = tempDir('init-xlsx');
    const header = ['流水号', '呼入时间', '号码归属省', '来电方式', '呼叫结果', '坐席工号'];
    // a blank row before the header (skipped, as the reader skips it), and rows after it that init need not read
    await writeXlsx(join(data, 'calls.xlsx'), [
      { name: '话务', rows: [[], header, ['C1', '2025-01-02 10:00:00', '四川省', '手机', '接通', 'A1'], ['C2', '2025-01-03 10:00:00', '四川省', '座机', '未接通', 'A2']] },
      { name: 'other', rows: [['通话ID', '来电时间']] },
    ], { strings: 'shared' });
    writeFileSync(join(data, 'tickets.xlsx'), 'not a zip at all');
    const dir = tempDir('init-xlsx-cwd');
    const r = await inFolder(dir, ['--province', '四川省', '--data', data]);
    expect(r.status).toBe(0);
    const c = written(dir);
    expect(c.exports.calls.file).toBe('calls.xlsx');
    expect(c.exports.calls.columns).toEqual({ caller_province: '号码归属省', channel: '来电方式', outcome: '呼叫结果', agent_id: '坐席工号' });
    expect(r.stdout).toMatch(/calls ← calls\.xlsx: 4 of 11 columns matched/);
    expect(r.stdout).toMatch(/not matched:\n {6}call_id \(通话ID\), required — the file has 流水号\?\n {6}start_time \(来电时间\), required — the file has 呼入时间\?\n {6}caller_city/);
    expect(r.stdout).toMatch(/headers of the file matched to no column: 流水号, 呼入时间\n/);
    // the damaged workbook: found by its name, one line saying why, the built-in names kept
    expect(c.exports.tickets).toEqual({ file: 'tickets.xlsx', columns: Object.fromEntries(HEADERS.tickets.map((h) => [h.key, h.zh])), values: {} });
    const lines = r.stdout.split('\n').filter((l) => l.includes('tickets.xlsx'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/tickets ← tickets\.xlsx: headers not read \(not an Excel workbook \(\.xlsx\)/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('--data with a title row above the header (CSV and workbook): the header is the row after it', async () => {
    const data = tempDir('init-title');
    const header = ['流水号', '来电时间', '号码归属省', '来电方式', '呼叫结果'];
    writeFileSync(join(data, 'calls.csv'), `${formatCsvRow(['2025年1月话务明细表', '', '', '', ''])}\r\n${formatCsvRow(header)}\r\nC1,2025-01-02 10:00:00,四川省,手机,接通\r\n`);
    await writeXlsx(join(data, 'tickets.xlsx'), [{ name: '工单', rows: [['2025年1月工单明细'], ['工单编号', '创建时间', '工单类型'], ['T1', '2025-01-02 10:00:00', '线上法律援助申请']] }], { strings: 'shared' });
    const dir = tempDir('init-title-cwd');
    const r = await inFolder(dir, ['--province', '四川省', '--data', data]);
    expect(r.status).toBe(0);
    const c = written(dir);
    expect(c.exports.calls.columns).toEqual({ start_time: '来电时间', caller_province: '号码归属省', channel: '来电方式', outcome: '呼叫结果' });
    expect(c.exports.tickets.columns).toEqual({ ticket_id: '工单编号', created_at: '创建时间', type: '工单类型' });
    expect(r.stdout).toMatch(/headers of the file matched to no column: 流水号\n/);
  });

  it('what it writes loads and validates: the demo exports with Chinese headers in ./data, English ones by --data', async () => {
    const dir = tempDir('init-validate');
    await generateDemo(join(dir, 'data'), { chineseHeaders: true });
    const r = await inFolder(dir, ['--province', '贵州省']);
    expect(r.status).toBe(0);
    // ./data, the report's default, is looked at without --data
    expect(r.stdout).toMatch(/calls ← calls\.csv: 11 of 11 columns matched/);
    expect(written(dir).exports.calls.columns.start_time).toBe('来电时间');
    process.chdir(dir);
    const v = await cli(['validate', 'q1-2025', '--data', 'data']);
    process.chdir(cwd);
    expect(v.stderr + v.stdout).toMatch(/no problems found/);
    expect(v.status).toBe(0);

    const en = tempDir('init-validate-en');
    await generateDemo(join(en, 'exports'));
    const e = await inFolder(en, ['--province', '贵州', '--data', 'exports']);
    expect(e.status).toBe(0);
    expect(written(en).exports.calls.columns.start_time).toBe('start_time');
    process.chdir(en);
    const ve = await cli(['validate', 'q1-2025', '--data', 'exports']);
    process.chdir(cwd);
    expect(ve.status).toBe(0);
  }, 60_000);
});
