import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, readExport } from '../../src/read/index.js';
import type { DataIssue, FileName, RecordsByFile } from '../../src/records.js';

const FIX = join(import.meta.dirname, '../../fixtures/read');

async function readAll<F extends FileName>(
  file: F,
  path: string,
  encoding?: string,
): Promise<{ records: RecordsByFile[F][]; lines: number[]; stats: unknown; issues: DataIssue[] }> {
  const records: RecordsByFile[F][] = [];
  const lines: number[] = [];
  const { stats, issues } = await readExport(file, path, { encoding }, (r, line) => {
    records.push(r);
    lines.push(line);
  });
  return { records, lines, stats, issues };
}

/** LocalSeconds the slow, obvious way */
const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, mo - 1, d, h, mi, s) / 1000;

describe('readExport calls.csv', () => {
  it('reads every date form, alias, quoting case and an extra column; never keeps the caller', async () => {
    const { records, lines, stats, issues } = await readAll('calls', join(FIX, 'full/calls.csv'));
    expect(issues).toEqual([]);
    expect(stats).toEqual({ name: 'calls.csv', rows: 7, used: 7, skipped: 0, missing: false });
    expect(lines).toEqual([2, 3, 4, 5, 6, 7, 9]);
    expect(records[0]).toEqual({
      callId: 'C001', startTime: at(2025, 1, 2, 8, 30, 15), callerProvince: '贵州省', callerCity: '贵阳市',
      channel: '手机', outcome: '接通', ivrKey: '1', waitSeconds: 12, talkSeconds: 300, agentId: 'A01', satisfaction: '满意',
    });
    expect(records.map((r) => r.startTime)).toEqual([
      at(2025, 1, 2, 8, 30, 15), at(2025, 1, 2, 9, 5), at(2025, 1, 3, 7, 5, 9), at(2025, 1, 4, 23, 59, 59),
      at(2025, 2, 28), at(2025, 3, 31, 12), at(2025, 3, 31, 23),
    ]);
    expect(records.map((r) => r.channel)).toEqual(['手机', '手机', '座机', '12345转接', '座机', '12345转接', '手机']);
    expect(records.map((r) => r.outcome)).toEqual(['接通', '接通', '呼叫失败', '排队放弃', '排队超时', '排队溢出', '接通']);
    expect(records[3]).toMatchObject({ callerProvince: null, callerCity: null, waitSeconds: 30, talkSeconds: null, satisfaction: null });
    expect(records[4]).toMatchObject({ callerProvince: '贵州', callerCity: '黔东南苗族侗族自治州', ivrKey: '3', talkSeconds: 0 });
    expect(records[6]).toMatchObject({ callId: 'C007', satisfaction: '不满意' });
    for (const r of records) expect(JSON.stringify(r)).not.toMatch(/1380000|139/);
  });

  it('reads GB18030 with Chinese headers and CRLF exactly like its UTF-8 twin', async () => {
    const gb = await readAll('calls', join(FIX, 'gb18030/calls.csv'));
    const utf = await readAll('calls', join(FIX, 'gb18030-twin/calls.csv'));
    expect(gb.issues).toEqual([]);
    expect(gb.records).toEqual(utf.records);
    expect(gb.records).toHaveLength(4);
    expect(gb.records[1]).toMatchObject({ callerCity: '黔西南布依族苗族自治州', outcome: '排队放弃', waitSeconds: 65 });
    expect(gb.records[3]).toMatchObject({ callerCity: '毕节市,七星关区', satisfaction: '满意' });
    // forcing the encoding gives the same
    expect((await readAll('calls', join(FIX, 'gb18030/calls.csv'), 'gbk')).records).toEqual(utf.records);
  });

  it('reads UTF-8 with a BOM like without', async () => {
    const bom = await readAll('calls', join(FIX, 'bom/calls.csv'));
    const plain = await readAll('calls', join(FIX, 'full/calls.csv'));
    expect(bom.records).toEqual(plain.records);
  });

  it('skips every kind of bad row with its line and reason, keeps bad optional values as blank', async () => {
    const { records, stats, issues } = await readAll('calls', join(FIX, 'bad/calls.csv'));
    expect(stats).toEqual({ name: 'calls.csv', rows: 9, used: 2, skipped: 7, missing: false });
    expect(records.map((r) => r.callId)).toEqual(['C001', 'C006']);
    expect(records[1]).toMatchObject({ waitSeconds: null, talkSeconds: null, satisfaction: null });
    expect(issues.map((i) => [i.line, i.code, i.reason])).toEqual([
      [3, 'invalid', '呼叫结果 "未知状态" is not a call outcome'],
      [4, 'blank', '来电时间 is blank'],
      [5, 'invalid', '来电时间 "2025-13-02 08:00:00" is not a date-time (YYYY-MM-DD HH:mm:ss, YYYY/M/D H:mm or YYYY年M月D日 H:mm:ss)'],
      [6, 'columns', 'has 6 fields, the header has 12'],
      [7, 'duplicate', '通话ID "C001" appears again; the first row is kept'],
      [8, 'invalid', '排队时长 "-5" is not a whole number ≥ 0; read as blank'],
      [8, 'invalid', '通话时长 "abc" is not a whole number ≥ 0; read as blank'],
      [8, 'invalid', '满意度评价 "很好" is not a satisfaction rating; read as blank'],
      [9, 'blank', '通话ID is blank'],
      // every problem of a row, not only the first
      [11, 'invalid', '来电时间 "2025-01-02" is not a date-time (YYYY-MM-DD HH:mm:ss, YYYY/M/D H:mm or YYYY年M月D日 H:mm:ss)'],
      [11, 'invalid', '来电方式 "传真" is not a channel'],
    ]);
    for (const i of issues) {
      expect(i.file).toBe('calls.csv');
      expect(i.reason).not.toContain('13800001234');
    }
  });

  it('stops with a one-line InputError on an unusable file', async () => {
    const cases: [string, RegExp][] = [
      ['no-start-time.csv', /^calls\.csv: start_time \(来电时间\): not found — map its header with exports\.calls\.columns\.start_time in hotline\.config\.json \(its headers: call_id, caller, caller_province, channel, outcome\)$/],
      // its own header named, not the next line's (a one-cell header split by `;` is no title row)
      ['semicolons.csv', /^calls\.csv: the header row names none of the expected columns .*a comma-separated CSV.* \(its header: name;phone;city\)$/],
      ['empty.csv', /^calls\.csv: empty file \(no header row\)$/],
      ['workbook.csv', /^calls\.csv: is a zip\/Excel workbook, not CSV/],
      ['nope.csv', /^calls\.csv: cannot be read \(ENOENT\)$/],
    ];
    for (const [name, re] of cases) {
      const err = await readAll('calls', join(FIX, 'broken', name)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(re);
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it('names a column in a reason by its header as written, on one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-label-'));
    writeFileSync(join(dir, 'calls.csv'), 'call_id,"来电\r\n时间",caller_province,channel,outcome\r\nC1,bad,贵州省,手机,接通\r\n');
    const { issues } = await readAll('calls', join(dir, 'calls.csv'));
    expect(issues.map((i) => [i.line, i.reason])).toEqual([[3, '来电 时间 "bad" is not a date-time (YYYY-MM-DD HH:mm:ss, YYYY/M/D H:mm or YYYY年M月D日 H:mm:ss)']]);
  });

  it('names lines ended by CR alone (classic Mac OS) in one line, rather than reading the whole file as its header', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-cr-'));
    writeFileSync(join(dir, 'calls.csv'), 'call_id,start_time,caller_province,channel,outcome\rC1,2025-01-02 10:00:00,贵州省,手机,接通\r');
    const err = await readAll('calls', join(dir, 'calls.csv')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^calls\.csv: its header holds a carriage return \(CR\) with no line feed after it: .*CR alone .*Save it again with CRLF or LF line ends$/);
    // a quoted header with a CRLF line break in it is no such file (above)
  });

  it('reads a header-only file as zero rows', async () => {
    const { stats } = await readAll('calls', join(FIX, 'broken/header-only.csv'));
    expect(stats).toEqual({ name: 'calls.csv', rows: 0, used: 0, skipped: 0, missing: false });
  });
});

describe('readExport, the other exports', () => {
  it('consultations: Chinese headers in another order, 类 aliases, caller type default', async () => {
    const { records, issues } = await readAll('consultations', join(FIX, 'full/consultations.csv'));
    expect(issues).toEqual([]);
    expect(records).toEqual([
      { consultationId: 'Q001', callId: 'C001', createdAt: at(2025, 1, 2, 8, 40), category: '民事', subcategory: '合同、无因管理、不当得利纠纷', callerType: '普通咨询人', referral: null },
      { consultationId: 'Q002', callId: 'C002', createdAt: at(2025, 1, 2, 9, 10), category: '刑事', subcategory: null, callerType: '未成年人', referral: '110' },
      { consultationId: 'Q003', callId: null, createdAt: at(2025, 1, 3, 10), category: '司法行政', subcategory: null, callerType: '妇女', referral: '12345' },
    ]);
  });

  it('tickets', async () => {
    const { records } = await readAll('tickets', join(FIX, 'full/tickets.csv'));
    expect(records).toEqual([
      { ticketId: 'T001', createdAt: at(2025, 1, 5, 10), type: '线上法律援助申请', callId: 'C001', assignee: '贵阳市法律援助中心', status: '已办结' },
      { ticketId: 'T002', createdAt: at(2025, 3, 1, 9), type: '人民调解预申请', callId: null, assignee: null, status: null },
    ]);
  });

  it('qa_reviews: review type and boolean aliases, decimal score', async () => {
    const { records, issues } = await readAll('qa_reviews', join(FIX, 'full/qa_reviews.csv'));
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.reviewId, r.reviewType, r.trigger, r.upheld, r.score])).toEqual([
      ['R001', '常规质检', null, null, 95.5],
      ['R002', '复核', '态度问题', true, null],
      ['R003', '复核', '投诉', false, 80],
      ['R004', '复核', '解答不专业', true, null],
    ]);
  });

  it('qa_reviews: upheld is required for 复核', async () => {
    const { records, issues } = await readAll('qa_reviews', join(FIX, 'bad/qa_reviews.csv'));
    expect(records.map((r) => r.reviewId)).toEqual(['R3']);
    expect(issues.map((i) => [i.line, i.code, i.reason])).toEqual([
      [2, 'required-if', 'upheld is required when review_type is 复核'],
      // a bad optional value read as blank, then the rule it breaks: both told
      [3, 'invalid', 'upheld "也许" is not a yes or no (是 or 否); read as blank'],
      [3, 'required-if', 'upheld is required when review_type is 复核'],
      [4, 'invalid', 'score "120" is not a number from 0 to 100; read as blank'],
      [5, 'invalid', 'review_type "抽查" is not a review type'],
    ]);
  });

  it('callbacks', async () => {
    const { records } = await readAll('callbacks', join(FIX, 'full/callbacks.csv'));
    expect(records).toEqual([{ callbackId: 'B001', callId: 'C007', calledBackAt: at(2025, 4, 2, 10), result: '误评' }]);
  });

  it('duty_shifts: end must be after start', async () => {
    const ok = await readAll('duty_shifts', join(FIX, 'full/duty_shifts.csv'));
    expect(ok.records).toEqual([
      { lawyerId: 'L01', lawyerName: '张律师', startTime: at(2025, 1, 2, 9), endTime: at(2025, 1, 2, 12) },
      { lawyerId: 'L02', lawyerName: null, startTime: at(2025, 3, 31, 20), endTime: at(2025, 4, 1, 2) },
    ]);
    const bad = await readAll('duty_shifts', join(FIX, 'bad/duty_shifts.csv'));
    expect(bad.records).toHaveLength(1);
    expect(bad.issues.map((i) => [i.line, i.code, i.reason])).toEqual([
      [2, 'order', 'end_time is not after start_time'],
      [3, 'order', 'end_time is not after start_time'],
    ]);
  });

  it('trainings: a date column takes the date of a date-time; default training type', async () => {
    const { records, issues } = await readAll('trainings', join(FIX, 'full/trainings.csv'));
    expect(issues).toEqual([]);
    expect(records).toEqual([
      { lawyerId: 'L01', lawyerName: '张律师', trainedAt: at(2025, 1, 10), trainingType: '入职培训', passed: true },
      { lawyerId: 'L02', lawyerName: '李律师', trainedAt: at(2025, 3, 5), trainingType: '专项培训', passed: false },
      { lawyerId: 'L03', lawyerName: '王律师', trainedAt: at(2025, 3, 6), trainingType: '入职培训', passed: true },
    ]);
  });

  it('articles: channels split on ; and ；', async () => {
    const { records } = await readAll('articles', join(FIX, 'full/articles.csv'));
    expect(records).toEqual([
      { title: '以案释法：欠薪怎么办', publishedAt: at(2025, 2, 1), channels: ['黔微普法微信公众号', '司法行政门户网站', '贵州法律服务网'] },
      { title: '无渠道的文章', publishedAt: at(2025, 3, 2), channels: [] },
    ]);
  });
});
