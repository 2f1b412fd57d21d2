import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseExports, type ExportMapping } from '../../src/config/exports.js';
import { readExportFiles } from '../../src/parallel/files.js';
import { readExportParallel, type FoldSpec } from '../../src/parallel/index.js';
import { exportFiles, nameOrder } from '../../src/read/export-path.js';
import { InputError } from '../../src/read/index.js';
import type { FileName } from '../../src/records.js';
import type { Kept } from '../parallel/record-fold.js';
import iconv from 'iconv-lite';
import { writeXlsx } from '../../bench/xlsx-writer.js';

const spec: FoldSpec = { module: new URL('../parallel/record-fold.ts', import.meta.url).href, factory: 'recordFold', init: null };
const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, mo - 1, d, h, mi, s) / 1000;

function mappingOf(file: FileName, entry: unknown): ExportMapping {
  const { exports, errors } = parseExports({ [file]: entry }, 'hotline.config.json');
  expect(errors).toEqual([]);
  return exports[file] as ExportMapping;
}

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-mapping-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** the three ways a file is read (streaming reader, chunks on this thread, chunks on workers): the same result */
async function readThreeWays(file: FileName, path: string, mapping: ExportMapping | undefined) {
  const single = await readExportParallel<Kept, FileName>(file, path, { mapping, minBytes: Infinity, inline: false }, spec);
  const inline = await readExportParallel<Kept, FileName>(file, path, { mapping, minBytes: Infinity, chunkBytes: 1024 }, spec);
  const parallel = await readExportParallel<Kept, FileName>(file, path, { mapping, minBytes: 0, chunkBytes: 1024, workers: 2 }, spec);
  expect(single.mode).toBe('single');
  expect(inline.mode).toBe('inline');
  expect(parallel.mode).toBe('parallel');
  for (const other of [inline, parallel]) {
    expect(other.state).toEqual(single.state);
    expect(other.issues).toEqual(single.issues);
    expect(other.stats).toEqual(single.stats);
  }
  return single;
}

const SICHUAN = {
  columns: { call_id: '呼叫流水号', start_time: '呼入时间', caller_province: '归属省份', caller_city: '归属城市', channel: '号码类型', outcome: '通话状态', satisfaction: '满意度' },
  values: {
    channel: { 移动电话: '手机', 固定电话: '座机' },
    outcome: { 已接听: '接通', 用户放弃: '排队放弃' },
    satisfaction: { 一般: '基本满意', 好评: '非常满意' },
  },
};

function sichuanCalls(rows: number): string {
  const lines = ['呼叫流水号,呼入时间,主叫号码,归属省份,归属城市,号码类型,通话状态,满意度,备注'];
  for (let i = 0; i < rows; i++) {
    const channel = ['移动电话', '固定电话', '手机', 'landline'][i % 4];
    const outcome = ['已接听', '用户放弃', '接通', '呼叫失败'][i % 4];
    const sat = ['一般', '好评', '', '满意'][i % 4];
    lines.push(`SC${String(i).padStart(6, '0')},2025-01-${String(1 + (i % 28)).padStart(2, '0')} 10:0${i % 10}:00,13800001234,四川省,成都市,${channel},${outcome},${sat},无`);
  }
  return `${lines.join('\n')}\n`;
}

describe('an export mapped by the config', () => {
  it('reads mapped headers and values the same on every read path, built-in values still accepted', async () => {
    const dir = dirWith({ 'calls.csv': sichuanCalls(400) });
    const r = await readThreeWays('calls', join(dir, 'calls.csv'), mappingOf('calls', SICHUAN));
    expect(r.issues).toEqual([]);
    expect(r.stats).toEqual({ name: 'calls.csv', rows: 400, used: 400, skipped: 0, missing: false });
    const recs = r.state.records as { channel: string; outcome: string; satisfaction: string | null; startTime: number; callerCity: string }[];
    expect(recs.slice(0, 4).map((x) => [x.channel, x.outcome, x.satisfaction])).toEqual([
      ['手机', '接通', '基本满意'], ['座机', '排队放弃', '非常满意'], ['手机', '接通', null], ['座机', '呼叫失败', '满意'],
    ]);
    expect(recs[0]?.startTime).toBe(at(2025, 1, 1, 10, 0, 0));
    expect(recs[0]?.callerCity).toBe('成都市');
    expect(r.state.lines.slice(0, 3)).toEqual([2, 3, 4]);
  });

  it('GB18030 bytes: mapped values looked up by their undecoded bytes give the same records as UTF-8', async () => {
    const text = sichuanCalls(300);
    const dir = dirWith({});
    writeFileSync(join(dir, 'utf8.csv'), text);
    writeFileSync(join(dir, 'gb.csv'), iconv.encode(text, 'gb18030'));
    const m = mappingOf('calls', SICHUAN);
    const utf8 = await readThreeWays('calls', join(dir, 'utf8.csv'), m);
    for (const way of [{ minBytes: Infinity, inline: false }, { minBytes: Infinity, chunkBytes: 1024 }, { minBytes: 0, chunkBytes: 1024, workers: 2 }]) {
      const gb = await readExportParallel<Kept, FileName>('calls', join(dir, 'gb.csv'), { mapping: m, encoding: 'gb18030', ...way }, spec);
      expect(gb.state).toEqual(utf8.state);
      expect(gb.issues).toEqual([]);
    }
  });

  it('a workbook: mapped headers and values, its sheet named by the mapping, issues naming the workbook', async () => {
    const dir = dirWith({});
    const path = join(dir, '话务明细.xlsx');
    await writeXlsx(path, [
      { name: '说明', rows: [['导出说明']] },
      { name: '通话记录', rows: [
        ['呼叫流水号', '呼入时间', '归属省份', '归属城市', '号码类型', '通话状态', '满意度'],
        ['X1', '2025年1月3日 10:05:00', '四川省', '成都市', '移动电话', '已接听', '一般'],
        ['X2', '2025-01-03 10:06:00', '四川省', '成都市', '固定电话', '用户放弃', null],
        ['X1', '2025年1月3日 10:07', '四川省', '成都市', '移动电话', '已接听', null],
      ] },
    ], { strings: 'shared' });
    const m = mappingOf('calls', { ...SICHUAN, file: '话务明细.xlsx', sheet: '通话记录' });
    const r = await readExportFiles<Kept, 'calls'>('calls', exportFiles(dir, 'calls', m), { mapping: m }, spec);
    const recs = r.state.records as { callId: string; startTime: number; channel: string; outcome: string; satisfaction: string | null }[];
    expect(recs.map((x) => [x.callId, x.startTime, x.channel, x.outcome, x.satisfaction])).toEqual([
      ['X1', at(2025, 1, 3, 10, 5), '手机', '接通', '基本满意'],
      ['X2', at(2025, 1, 3, 10, 6), '座机', '排队放弃', null],
    ]);
    expect(r.issues).toEqual([expect.objectContaining({ file: '话务明细.xlsx', line: 4, code: 'duplicate' })]);
    expect(r.stats).toMatchObject({ name: 'calls.csv', rows: 3, used: 2 });
  });

  it('names a value neither mapped nor known by its header, and reads the row as the spec says', async () => {
    const dir = dirWith({ 'calls.csv': '呼叫流水号,呼入时间,归属省份,归属城市,号码类型,通话状态,满意度\nA1,2025-01-02 08:00:00,四川省,,移动电话,已挂断,\nA2,2025-01-02 08:00:00,四川省,,小灵通,已接听,\nA3,2025-01-02 08:00:00,四川省,,移动电话,已接听,很好\n' });
    const r = await readThreeWays('calls', join(dir, 'calls.csv'), mappingOf('calls', SICHUAN));
    expect(r.issues.map((i) => [i.file, i.line, i.reason])).toEqual([
      ['calls.csv', 2, '通话状态 "已挂断" is not a call outcome'],
      ['calls.csv', 3, '号码类型 "小灵通" is not a channel'],
      // an optional column: read as blank, the row kept
      ['calls.csv', 4, '满意度 "很好" is not a satisfaction rating; read as blank'],
    ]);
    expect(r.stats.used).toBe(1);
  });

  it('a mapped header the file does not have: the config field, the nearest header and the headers it has', async () => {
    const dir = dirWith({ 'calls.csv': '呼叫流水号,呼入时刻,归属省份,号码类型,通话状态\n' });
    const err = await readExportParallel('calls', join(dir, 'calls.csv'), { mapping: mappingOf('calls', SICHUAN), minBytes: Infinity }, spec).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message.split('\n')).toEqual([
      'hotline.config.json: exports.calls.columns.start_time: calls.csv has no header "呼入时间"; did you mean 呼入时刻? (its headers: 呼叫流水号, 呼入时刻, 归属省份, 号码类型, 通话状态)',
      'hotline.config.json: exports.calls.columns.caller_city: calls.csv has no header "归属城市" (its headers: 呼叫流水号, 呼入时刻, 归属省份, 号码类型, 通话状态)',
      'hotline.config.json: exports.calls.columns.satisfaction: calls.csv has no header "满意度" (its headers: 呼叫流水号, 呼入时刻, 归属省份, 号码类型, 通话状态)',
    ]);
  });

  it('the caller\'s number mapped to a header the file does not have is the same config error (it is never read, but the mapping is wrong)', async () => {
    const dir = dirWith({ 'calls.csv': '通话ID,来电时间,号码归属省,来电方式,呼叫结果,主叫\n' });
    const entry = { columns: { caller: '主叫号' } };
    const err = await readExportParallel('calls', join(dir, 'calls.csv'), { mapping: mappingOf('calls', entry), minBytes: Infinity }, spec).catch((e: unknown) => e);
    expect((err as Error).message).toBe('hotline.config.json: exports.calls.columns.caller: calls.csv has no header "主叫号"; did you mean 主叫? (its headers: 通话ID, 来电时间, 号码归属省, 来电方式, 呼叫结果, 主叫)');
    // mapped to its header: read as the file is, the header known
    const ok = await readExportParallel('calls', join(dir, 'calls.csv'), { mapping: mappingOf('calls', { columns: { caller: '主叫' } }), minBytes: Infinity }, spec);
    expect(ok.table.unmapped).toEqual([]);
  });

  it('every missing required column at once, each with the closest header of the file', async () => {
    const dir = dirWith({ 'calls.csv': '呼叫流水号,呼入时间,主叫号码,归属省份,号码类型,通话状态\n' });
    for (const mode of [{ minBytes: Infinity, inline: false }, { minBytes: 0, workers: 2 }]) {
      const err = await readExportParallel('calls', join(dir, 'calls.csv'), mode, spec).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message.split('\n')).toEqual([
        'calls.csv: 5 required columns are not found among its headers (呼叫流水号, 呼入时间, 主叫号码, 归属省份, 号码类型, 通话状态)',
        'calls.csv: call_id (通话ID): not found; the file has 呼叫流水号 — map it with exports.calls.columns.call_id in hotline.config.json',
        'calls.csv: start_time (来电时间): not found; the file has 呼入时间 — map it with exports.calls.columns.start_time in hotline.config.json',
        'calls.csv: caller_province (号码归属省): not found; the file has 归属省份 — map it with exports.calls.columns.caller_province in hotline.config.json',
        'calls.csv: channel (来电方式): not found; the file has 号码类型 — map it with exports.calls.columns.channel in hotline.config.json',
        'calls.csv: outcome (呼叫结果): not found; the file has 通话状态 — map it with exports.calls.columns.outcome in hotline.config.json',
      ]);
    }
  });
  it('names the headers that look like absent optional columns too, so the mapping is written in one go', async () => {
    const dir = dirWith({ 'calls.csv': '呼叫流水号,来电时间,归属省份,号码类型,呼叫结果,归属城市,满意度\n' });
    const err = await readExportParallel('calls', join(dir, 'calls.csv'), { minBytes: Infinity }, spec).catch((e: unknown) => e);
    expect((err as Error).message.split('\n')).toEqual([
      'calls.csv: 3 required columns are not found among its headers (呼叫流水号, 来电时间, 归属省份, 号码类型, 呼叫结果, 归属城市, 满意度)',
      'calls.csv: call_id (通话ID): not found; the file has 呼叫流水号 — map it with exports.calls.columns.call_id in hotline.config.json',
      'calls.csv: caller_province (号码归属省): not found; the file has 归属省份 — map it with exports.calls.columns.caller_province in hotline.config.json',
      'calls.csv: channel (来电方式): not found; the file has 号码类型 — map it with exports.calls.columns.channel in hotline.config.json',
      'calls.csv: caller_city (号码归属市, optional): not found; the file has 归属城市 — map it with exports.calls.columns.caller_city in hotline.config.json',
      'calls.csv: satisfaction (满意度评价, optional): not found; the file has 满意度 — map it with exports.calls.columns.satisfaction in hotline.config.json',
    ]);
  });
});

describe('several files matched by a pattern: one export', () => {
  const month = (m: number, ids: string[]): string =>
    `${['呼叫流水号,呼入时间,归属省份,号码类型,通话状态', ...ids.map((id, i) => `${id},2025-0${m}-0${i + 1} 09:00:00,四川省,移动电话,已接听`)].join('\n')}\n`;

  it('finds them in name order (numbers as numbers), leaves other files and Excel lock files out', () => {
    const dir = dirWith({
      '话务明细10月.csv': month(1, ['X']), '话务明细2月.csv': month(1, ['Y']), '话务明细1月.csv': month(1, ['Z']),
      '~$话务明细3月.csv': '', '工单.csv': '',
    });
    const m = mappingOf('calls', { ...SICHUAN, file: '话务明细*.csv' });
    expect(exportFiles(dir, 'calls', m).map((f) => f.name)).toEqual(['话务明细1月.csv', '话务明细2月.csv', '话务明细10月.csv']);
    expect(exportFiles(dir, 'calls', mappingOf('calls', { file: '话务明细*.xlsx' }))).toEqual([]);
    expect(exportFiles(dir, 'tickets')).toEqual([]);
    expect(['b10', 'b9', 'a', 'b09'].sort(nameOrder)).toEqual(['a', 'b9', 'b09', 'b10']);
  });

  it('reads them as one: ids unique across the files, line numbers and issues per file', async () => {
    const dir = dirWith({
      'calls-2025-01.csv': month(1, ['A', 'B', 'C']),
      // B again: a duplicate in the second file, named with its own file and line
      'calls-2025-02.csv': month(2, ['D', 'B', 'E']),
    });
    const m = mappingOf('calls', { file: 'calls-2025-*.csv', columns: { call_id: '呼叫流水号', start_time: '呼入时间', caller_province: '归属省份', channel: '号码类型', outcome: '通话状态' }, values: SICHUAN.values });
    const files = exportFiles(dir, 'calls', m);
    expect(files.map((f) => f.name)).toEqual(['calls-2025-01.csv', 'calls-2025-02.csv']);
    const ways = [
      { minBytes: Infinity, inline: false }, // the streaming reader
      { minBytes: Infinity, chunkBytes: 1024 }, // chunks on this thread
      { minBytes: 0, chunkBytes: 1024, workers: 2 }, // chunks on workers
    ];
    for (const way of ways) {
      const r = await readExportFiles<Kept, 'calls'>('calls', files, { mapping: m, ...way }, spec);
      expect(r.stats).toEqual({ name: 'calls.csv', rows: 6, used: 5, skipped: 1, missing: false });
      expect((r.state.records as { callId: string }[]).map((x) => x.callId)).toEqual(['A', 'B', 'C', 'D', 'E']);
      expect(r.state.lines).toEqual([2, 3, 4, 2, 4]);
      expect(r.issues).toEqual([{ file: 'calls-2025-02.csv', line: 3, code: 'duplicate', reason: '呼叫流水号 "B" appears again; the first row is kept' }]);
    }
  });
});
