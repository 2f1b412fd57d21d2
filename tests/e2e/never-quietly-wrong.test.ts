/**
 * data-format.md, "What a run tells about each export": a report is never
 * quietly wrong. One test per rule, each on the demo exports (Chinese
 * headers, as platforms write them) bent the way the rule says, checking
 * the exit status, what the message names, and that nothing is written
 * where the rule says the run fails.
 */
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../fixtures/demo/generate.js';
import { cli, tempDir } from './helpers.js';

let demo = '';
beforeAll(async () => {
  demo = join(tempDir('nqw-demo'), 'data');
  await generateDemo(demo, { chineseHeaders: true });
}, 120_000);

/** A copy of the demo exports with calls.csv rewritten by `edit`. */
function bent(edit: (calls: string) => string, name = 'calls.csv'): string {
  const dir = tempDir('nqw');
  cpSync(demo, dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

/** Replaces the cells of the column headed `header` for which `pick(cell, row)` gives a new value. */
function editColumn(text: string, header: string, pick: (cell: string, row: number) => string | null): string {
  const lines = text.split('\n');
  const at = (lines[0] as string).split(',').indexOf(header);
  if (at < 0) throw new Error(`no column ${header}`);
  return lines
    .map((l, i) => {
      if (i === 0 || l === '') return l;
      const cells = l.split(',');
      const v = pick(cells[at] as string, i);
      if (v !== null) cells[at] = v;
      return cells.join(',');
    })
    .join('\n');
}

const renameHeader = (from: string, to: string) => (text: string): string => {
  const nl = text.indexOf('\n');
  return text.slice(0, nl).split(',').map((h) => (h === from ? to : h)).join(',') + text.slice(nl);
};

async function report(data: string, ...more: string[]): Promise<{ status: number; stderr: string; out: string }> {
  const out = join(tempDir('nqw-out'), 'reports');
  const r = await cli(['q1-2025', '--data', data, '--out', out, '--format', 'json', ...more]);
  return { status: r.status, stderr: r.stderr, out };
}

const wrote = (out: string): boolean => existsSync(out) && readdirSync(out).length > 0;

describe('exit status 1, always, and nothing written', () => {
  it('every row of calls.csv skipped (a platform writes 移动电话): the problem grouped on one line, with its count and the mapping to write', async () => {
    const data = bent((t) => editColumn(t, '来电方式', () => '移动电话'));
    const r = await report(data);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/calls\.csv: 来电方式 "移动电话" is not a channel: 133,756 rows \(lines 2, 3, 4, …\); map it under exports\.calls\.values\.channel/);
    expect(r.stderr.match(/移动电话/g)).toHaveLength(1); // once, not once a row
    expect(r.stderr).toContain('error: calls.csv: every row was skipped (133,756 rows)');
    expect(wrote(r.out)).toBe(false);
    const v = await cli(['validate', 'q1-2025', '--data', data]);
    expect(v.status).toBe(1);
    expect(v.stderr).toContain('every row was skipped');
  });

  it('calls.csv with a header and no rows', async () => {
    const r = await report(bent((t) => `${t.slice(0, t.indexOf('\n'))}\n`));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: calls.csv: a header and no rows');
    expect(wrote(r.out)).toBe(false);
  });

  it('a period with no usable call: the message gives the dates the calls span', async () => {
    const out = join(tempDir('nqw-out'), 'reports');
    const r = await cli(['q1-2030', '--data', demo, '--out', out, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('calls.csv: no usable call in 2030Q1 (2030-01-01 … 2030-03-31); the calls span 2024-10-01 … 2025-03-31');
    expect(wrote(out)).toBe(false);
    const v = await cli(['validate', 'q1-2030', '--data', demo]);
    expect(v.status).toBe(1);
    expect(v.stderr).toContain('no usable call in 2030Q1');
  });

  it('regions: [] in the config', async () => {
    const config = join(tempDir('nqw-config'), 'hotline.config.json');
    writeFileSync(config, JSON.stringify({ regions: [] }));
    const r = await report(demo, '--config', config);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: .*hotline\.config\.json: regions is empty/m);
    expect(wrote(r.out)).toBe(false);
  });
});

describe('a warning, and under --strict exit status 1 with nothing written', () => {
  /** the run warns with `expected`, writes its report; --strict fails with the same warning and writes nothing */
  async function warnsThenStrictFails(data: string, expected: RegExp, ...more: string[]): Promise<string> {
    const lax = await report(data, ...more);
    expect(lax.status, lax.stderr).toBe(0);
    expect(lax.stderr).toMatch(expected);
    expect(wrote(lax.out)).toBe(true);
    const strict = await report(data, '--strict', ...more);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(expected);
    expect(strict.stderr).toMatch(/error: --strict: .*nothing written/);
    expect(strict.stderr).not.toMatch(/wrote /);
    expect(wrote(strict.out)).toBe(false);
    const v = await cli(['validate', 'q1-2025', '--data', data, '--strict', ...more]);
    expect(v.status).toBe(1);
    expect(v.stdout).toMatch(expected);
    return lax.stderr;
  }

  it('an optional column under a header the tool does not know (满意度): names the sections it empties and the unmapped header', async () => {
    const stderr = await warnsThenStrictFails(bent(renameHeader('满意度评价', '满意度')), /calls\.csv: column satisfaction \(满意度评价\) not found, so .*七、人民群众满意度情况.* will be empty; the file has headers that map to nothing: 满意度/);
    expect(stderr).toContain('exports.calls.columns.satisfaction');
  });

  it('the city column under another header (归属城市): 二、各市州话务分布情况 named', async () => {
    await warnsThenStrictFails(bent(renameHeader('号码归属市', '归属城市')), /calls\.csv: column caller_city \(号码归属市\) not found, so 二、各市州话务分布情况.*归属城市/);
  });

  it('in-province cities that match no region: the names with their counts, most frequent first', async () => {
    let k = 0;
    const data = bent((t) => editColumn(t, '号码归属市', (c) => (c === '遵义市' ? (k++ % 4 === 0 ? '黔中新区' : '龙里新城') : null)));
    // 17,301 calls from 遵义市 in the demo, of which the answered ones in 2025Q1 count
    const stderr = await warnsThenStrictFails(data, /calls\.csv: [\d,]+ answered calls from the province name a city that matches no configured region, counted as 未知: 龙里新城 \([\d,]+\), 黔中新区 \([\d,]+\)/);
    const [, a, b] = /龙里新城 \(([\d,]+)\), 黔中新区 \(([\d,]+)\)/.exec(stderr) ?? [];
    expect(Number(a?.replace(/,/g, ''))).toBeGreaterThan(Number(b?.replace(/,/g, '')));
  });

  it('a caller\'s province that names no province (未知, 国外): counted under 其他省市 as the spec says, and warned with counts', async () => {
    let k = 0;
    const data = bent((t) => editColumn(t, '号码归属省', (c) => (c === '江苏省' ? (k++ % 3 === 0 ? '国外' : '未知') : c === '广东' ? '广东' : null)));
    const stderr = await warnsThenStrictFails(data, /calls\.csv: [\d,]+ answered calls give a caller's province that names no province: 未知 \([\d,]+\), 国外 \([\d,]+\); counted under 其他省市/);
    // real provinces in any form are not named
    expect(stderr).not.toMatch(/names no province: .*(四川|广东|贵州)/);
  });

  it('a config for another province (四川) on these calls: a province ahead of it, said with its count', async () => {
    const config = join(tempDir('nqw-config'), 'hotline.config.json');
    writeFileSync(config, JSON.stringify({ province: '四川省' }));
    const expected = /2025Q1: more answered calls are from 贵州省 \(([\d,]+)\).* than from 四川省, the configured province \([\d,]+\): is the config's province right\?/;
    const whole = expected.exec(await warnsThenStrictFails(demo, expected, '--config', config))?.[1];
    // one province spelt two ways (贵州省, 贵州) is one province, its calls summed
    let k = 0;
    const split = (await report(bent((t) => editColumn(t, '号码归属省', (c) => (c === '贵州省' && k++ % 2 === 0 ? '贵州' : null))), '--config', config)).stderr;
    expect(expected.exec(split)?.[1]).toBe(whole);
  });

  it('a bad optional value read as blank (满意度评价 一般 ×1,300): grouped, and warned', async () => {
    let n = 0;
    const data = bent((t) => editColumn(t, '满意度评价', (c) => (c === '满意' && n < 1300 ? (n++, '一般') : null)));
    const stderr = await warnsThenStrictFails(data, /calls\.csv: 满意度评价: 1,300 bad values were read as blank/);
    expect(stderr).toMatch(/calls\.csv: 满意度评价 "一般" is not a satisfaction rating; read as blank: 1,300 rows \(lines \d+, \d+, \d+, …\); map it under exports\.calls\.values\.satisfaction/);
  });

  it('a period the data cover only in part (calls end on 15 March): the first and last day with data', async () => {
    const data = bent((t) => t.split('\n').filter((l) => !/,2025-03-(1[6-9]|2\d|3[01]) /.test(l)).join('\n'));
    await warnsThenStrictFails(data, /2025Q1: the calls cover only 2025-01-01 … 2025-03-15 of the period \(2025-01-01 … 2025-03-31\)/);
  });

  it('a repeated header: which column is used', async () => {
    const data = bent((t) => t.split('\n').map((l, i) => (l === '' ? l : `${l},${i === 0 ? '满意度评价' : ''}`)).join('\n'));
    await warnsThenStrictFails(data, /calls\.csv: column satisfaction appears 2 times \(header 满意度评价, columns 12, 13\); column 12 is used/);
  });
});

describe('--strict fails before any file is written', () => {
  it('a good report written before is neither replaced nor touched', async () => {
    const out = join(tempDir('nqw-keep'), 'reports');
    const good = await cli(['q1-2025', '--data', demo, '--out', out, '--format', 'json']);
    expect(good.status).toBe(0);
    const metrics = join(out, '2025Q1', 'metrics.json');
    const before = { text: readFileSync(metrics, 'utf8'), mtime: statSync(metrics).mtimeMs, entries: readdirSync(join(out, '2025Q1')) };
    let n = 0;
    const data = bent((t) => editColumn(t, '呼叫结果', (c) => (n++ < 3 ? `${c}?` : null)));
    const strict = await cli(['q1-2025', '--data', data, '--out', out, '--format', 'json', '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('nothing written');
    expect(readFileSync(metrics, 'utf8')).toBe(before.text);
    expect(statSync(metrics).mtimeMs).toBe(before.mtime);
    expect(readdirSync(join(out, '2025Q1'))).toEqual(before.entries);
    expect(readdirSync(out)).toEqual(['2025Q1']);
  });
});

describe('problems grouped', () => {
  it('one line per kind, most frequent first, every problem of a row counted; metrics.json keeps every group and the first 1,000', async () => {
    let n = 0;
    // 1,200 rows with a bad outcome, of which the first 50 also have a bad channel (two problems in one row)
    const data = bent((t) => {
      const withOutcome = editColumn(t, '呼叫结果', (c) => (c === '接通' && n < 1200 ? (n++, '已挂断') : null));
      let m = 0;
      return editColumn(withOutcome, '来电方式', (c) => (c === '手机' && m < 50 ? (m++, '传真') : null));
    });
    const r = await report(data);
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n');
    const head = lines.findIndex((l) => /kinds? of problem/.test(l));
    expect(lines[head]).toMatch(/warning: 2 kinds of problem in 1,2\d\d rows \(1,2\d\d skipped\); metrics\.json dataQuality keeps every kind with its count and the first 1,000 problems:/);
    expect(lines[head + 1]).toMatch(/^ {2}calls\.csv: 呼叫结果 "已挂断" is not a call outcome: 1,200 rows \(lines \d+, \d+, \d+, …\)/);
    expect(lines[head + 2]).toMatch(/^ {2}calls\.csv: 来电方式 "传真" is not a channel: 50 rows/);
    const metrics = JSON.parse(readFileSync(join(r.out, '2025Q1', 'metrics.json'), 'utf8')) as {
      dataQuality: { groups: { reason: string; count: number; lines: number[] }[]; issues: unknown[]; issueCount: number; issuesLimit: number; problemRows: number };
    };
    const q = metrics.dataQuality;
    expect(q.groups.map((g) => [g.reason, g.count])).toEqual([
      ['呼叫结果 "已挂断" is not a call outcome', 1200],
      ['来电方式 "传真" is not a channel', 50],
    ]);
    expect(q.issueCount).toBe(1250);
    expect(q.issues).toHaveLength(1000);
    expect(q.issuesLimit).toBe(1000);
    expect(q.problemRows).toBeGreaterThanOrEqual(1200);
    expect(q.problemRows).toBeLessThan(1250);
  });
});

describe('messages that quote a value', () => {
  it('escape control bytes (a NUL as \\0) and mask phone numbers written in full-width digits', async () => {
    // far down the file (a NUL in a cell is read wherever it stands; tests/read/decode.test.ts has one near the top)
    const data = bent((t) => editColumn(t, '来电方式', (_c, row) => (row === 1000 ? '手\u0000机' : row === 1001 ? '１３８１２３４５６７８' : null)));
    const r = await report(data);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('来电方式 "手\\0机" is not a channel');
    expect(r.stderr).toContain('来电方式 "138****5678" is not a channel');
    expect(r.stderr).not.toContain('\u0000');
    expect(r.stderr).not.toContain('１３８１２３４５６７８');
    expect(readFileSync(join(r.out, '2025Q1', 'metrics.json'), 'utf8')).not.toMatch(/\u0000|１３８１２３４５６７８|13812345678/);
  });
});

describe('validate', () => {
  it('prints the file read, rows read/used/skipped, the dates, the column table with absent columns and what they empty, and the unmapped headers', async () => {
    const data = bent(renameHeader('满意度评价', '满意度'));
    const v = await cli(['validate', 'q1-2025', '--data', data, '--verbose', '--encoding', 'utf-8']);
    expect(v.status).toBe(0);
    expect(v.stdout).toContain('calls.csv: 133,756 rows read, 133,756 used, 0 skipped; dates 2024-10-01 … 2025-03-31');
    expect(v.stdout).toMatch(/\n {2}start_time +← 来电时间\n/);
    expect(v.stdout).toMatch(/\n {2}satisfaction +absent: .*七、人民群众满意度情况.* will be empty\n/);
    expect(v.stdout).toMatch(/\n {2}wait_seconds +← 排队时长\n/);
    expect(v.stdout).toContain('  headers that map to nothing: 满意度\n');
    expect(v.stderr).toContain('reading calls.csv'); // --verbose
  });

  it('takes --config like a report run', async () => {
    const config = join(tempDir('nqw-config'), 'hotline.config.json');
    writeFileSync(config, JSON.stringify({ regions: [] }));
    const v = await cli(['validate', 'q1-2025', '--data', demo, '--config', config]);
    expect(v.status).toBe(1);
    expect(v.stderr).toContain('regions is empty');
  });
});
