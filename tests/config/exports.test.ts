import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseExports } from '../../src/config/exports.js';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/read/index.js';

const CFG = 'hotline.config.json';
const errorsOf = (raw: unknown): string[] => parseExports(raw, CFG).errors;

describe('parseExports', () => {
  it('keeps a good mapping as plain data', () => {
    const { exports, errors } = parseExports({
      calls: {
        file: '话务明细*.xlsx',
        sheet: '通话记录',
        columns: { call_id: '呼叫流水号', start_time: '呼入时间', caller: '主叫号码' },
        values: { channel: { 移动电话: '手机', ' 固定电话 ': 'landline' }, outcome: { 已接听: '接通' } },
      },
      qa_reviews: { values: { upheld: { 属实: '是' } } },
      consultations: {},
    }, CFG);
    expect(errors).toEqual([]);
    expect(exports.calls).toEqual({
      source: CFG,
      file: '话务明细*.xlsx',
      sheet: '通话记录',
      // the caller's number is a known column, never read: its mapping is kept so that its header is known
      columns: { call_id: '呼叫流水号', start_time: '呼入时间', caller: '主叫号码' },
      values: { channel: { 移动电话: '手机', 固定电话: 'landline' }, outcome: { 已接听: '接通' } },
    });
    expect(exports.qa_reviews?.values).toEqual({ upheld: { 属实: '是' } });
    expect(exports.consultations).toEqual({ source: CFG, columns: {}, values: {} });
    expect(structuredClone(exports)).toEqual(exports);
  });

  it('lists every mistake, one line each, naming the file, the field and the nearest known name', () => {
    const errors = errorsOf({
      callz: {},
      calls: {
        colums: {},
        file: 'calls.txt',
        columns: { start_tme: '呼入时间', 来电方式: '号码类型', outcome: '' },
        values: {
          outcome: { 已接听: '接听', 用户放弃: '排队放弃' },
          agent_id: { a: 'b' },
          satisfacton: { 好: '满意' },
        },
      },
      tickets: { columns: { ticket_id: '工单号', created_at: '工单号' } },
    });
    expect(errors).toEqual([
      'hotline.config.json: exports.callz: unknown export; did you mean calls? (known: calls, consultations, tickets, qa_reviews, callbacks, duty_shifts, trainings, articles)',
      'hotline.config.json: exports.calls.colums: unknown field; did you mean columns? (known: file, sheet, columns, values)',
      'hotline.config.json: exports.calls.file: "calls.txt" must end in .csv or .xlsx',
      expect.stringMatching(/^hotline\.config\.json: exports\.calls\.columns\.start_tme: unknown column; did you mean start_time\? \(calls's columns: call_id, start_time, /),
      expect.stringMatching(/^hotline\.config\.json: exports\.calls\.columns\.来电方式: unknown column; the canonical name of 来电方式 is channel /),
      'hotline.config.json: exports.calls.columns.outcome: must be the header as written in the file (a non-empty string)',
      expect.stringMatching(/^hotline\.config\.json: exports\.calls\.values\.outcome\.已接听: "接听" is not a value of outcome; did you mean 接通\? /),
      expect.stringMatching(/^hotline\.config\.json: exports\.calls\.values\.agent_id: agent_id is not an enumerated column, its cells are read as they are \(calls's enumerated columns: channel, outcome, satisfaction\)$/),
      expect.stringMatching(/^hotline\.config\.json: exports\.calls\.values\.satisfacton: unknown column; did you mean satisfaction\? /),
      'hotline.config.json: exports.tickets.columns.created_at: "工单号" is mapped to ticket_id too; a header holds one column',
    ]);
    for (const e of errors) expect(e).not.toContain('\n');
  });

  it('rejects a path, a blank sheet and entries of the wrong shape', () => {
    expect(errorsOf([])).toEqual(['hotline.config.json: exports: must be an object keyed by export name (calls, consultations, …)']);
    expect(errorsOf({ calls: { file: '../x/calls.csv', sheet: ' ', columns: [], values: { channel: ['手机'] } }, tickets: 'tickets.csv' })).toEqual([
      'hotline.config.json: exports.calls.file: "../x/calls.csv" must be a file name in the data folder, not a path',
      'hotline.config.json: exports.calls.sheet: must be the name of a sheet',
      'hotline.config.json: exports.calls.columns: must be an object { canonical column: header in the file }',
      'hotline.config.json: exports.calls.values.channel: must be an object { platform value: canonical value }',
      'hotline.config.json: exports.tickets: must be an object { file, sheet, columns, values }',
    ]);
  });
});

describe('loadConfig with exports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-exports-'));
  it('throws all the mapping errors in one InputError, one line each', () => {
    const p = join(dir, 'c.json');
    writeFileSync(p, JSON.stringify({ exports: { calls: { columns: { start_tme: 'x', outcom: 'y' } } } }));
    const err = (() => { try { loadConfig(p); } catch (e) { return e; } return null; })();
    expect(err).toBeInstanceOf(InputError);
    const lines = (err as Error).message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${p.replace(/[.\\/]/g, '\\$&')}: exports\\.calls\\.columns\\.start_tme: unknown column; did you mean start_time\\?`));
    expect(lines[1]).toMatch(/exports\.calls\.columns\.outcom: unknown column; did you mean outcome\?/);
  });

  it('gives the mapping to the config, and none without the block', () => {
    const p = join(dir, 'd.json');
    writeFileSync(p, JSON.stringify({ exports: { calls: { columns: { start_time: '呼入时间' } } } }));
    expect(loadConfig(p).exports?.calls?.columns).toEqual({ start_time: '呼入时间' });
    writeFileSync(p, JSON.stringify({ issuer: 'x' }));
    expect(loadConfig(p).exports).toBeUndefined();
  });
});
