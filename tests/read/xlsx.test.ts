import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { readXlsxExport } from '../../src/read/xlsx/index.js';
import { readExportParallel } from '../../src/parallel/index.js';
import { periodCountFoldSpec, type PeriodCount } from '../../src/parallel/period-count-fold.js';
import { resolvePeriods } from '../../src/period/index.js';
import type { FoldSpec } from '../../src/parallel/fold.js';
import type { RecordsByFile } from '../../src/records.js';
import type { Kept } from '../parallel/record-fold.js';
import { dateCell, excelSerial, STYLE, writeXlsx, type CellValue, type XlsxRow, type XlsxOptions } from '../../bench/xlsx-writer.js';

const keep: FoldSpec = { module: new URL('../parallel/record-fold.ts', import.meta.url).href, factory: 'recordFold', init: null };
const dir = mkdtempSync(join(tmpdir(), 'xlsx-test-'));
let n = 0;

/** LocalSeconds the obvious way */
const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, mo - 1, d, h, mi, s) / 1000;

const HEADER = ['call_id', 'start_time', 'caller_province', 'caller_city', 'channel', 'outcome', 'wait_seconds', 'agent_id'];

async function book(rows: readonly XlsxRow[], opts: Partial<XlsxOptions> = {}, sheets?: { name: string; rows: readonly XlsxRow[] }[]): Promise<string> {
  const path = join(dir, `b${n++}.xlsx`);
  await writeXlsx(path, sheets ?? [{ name: 'calls', rows }], { strings: 'shared', ...opts });
  return path;
}

async function read(path: string, sheet?: string): Promise<{ records: RecordsByFile['calls'][]; lines: number[]; issues: { line: number; code: string; reason: string }[]; rows: number }> {
  const r = await readXlsxExport<Kept, 'calls'>('calls', path, { sheet }, keep);
  return { records: r.state.records as RecordsByFile['calls'][], lines: r.state.lines, issues: r.issues.map(({ line, code, reason }) => ({ line, code, reason })), rows: r.stats.rows };
}

const row = (id: string, t: CellValue, more: CellValue[] = []): CellValue[] => [id, t, '贵州省', '贵阳市', '手机', '接通', ...more];

describe('readXlsxExport', () => {
  it('reads shared strings (after the sheet, as Excel writes them) and inline strings with &#NNNNN; references alike', async () => {
    const rows: XlsxRow[] = [HEADER, row('C1', dateCell(at(2025, 1, 2, 8, 30, 15)), [12, 'A01']), ['C2', dateCell(at(2025, 2, 3, 9)), '四川省', '成都市', '座机', '排队放弃', 65]];
    const shared = await book(rows, { strings: 'shared' });
    const inline = await book(rows, { strings: 'inline' });
    const sheetXml = new TextDecoder().decode(unzipSync(readFileSync(inline))['xl/worksheets/sheet1.xml']);
    expect(sheetXml).toContain('&#22235;&#24029;&#30465;'); // 四川省
    expect(Object.keys(unzipSync(readFileSync(shared))).indexOf('xl/sharedStrings.xml')).toBeGreaterThan(Object.keys(unzipSync(readFileSync(shared))).indexOf('xl/worksheets/sheet1.xml'));
    const a = await read(shared);
    const b = await read(inline);
    expect(a.issues).toEqual([]);
    expect(a.records).toEqual(b.records);
    expect(a.records[0]).toEqual({
      callId: 'C1', startTime: at(2025, 1, 2, 8, 30, 15), callerProvince: '贵州省', callerCity: '贵阳市', channel: '手机', outcome: '接通',
      ivrKey: null, waitSeconds: 12, talkSeconds: null, agentId: 'A01', satisfaction: null,
    });
    expect(a.records[1]).toMatchObject({ callId: 'C2', startTime: at(2025, 2, 3, 9), callerProvince: '四川省', callerCity: '成都市', channel: '座机', outcome: '排队放弃', waitSeconds: 65 });
  });

  it('reads a date cell whose format shows the date alone as a date-time: at midnight in a date-time column it is that midnight', async () => {
    const rows: XlsxRow[] = [HEADER, row('C1', dateCell(at(2025, 1, 3), STYLE.date)), row('C2', dateCell(at(2025, 1, 3, 14, 5), STYLE.date))];
    const r = await read(await book(rows));
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => [x.callId, x.startTime])).toEqual([['C1', at(2025, 1, 3)], ['C2', at(2025, 1, 3, 14, 5)]]);
  });

  it('reads a workbook whose parts are stored, not deflated (zip method 0, as some exporters write)', async () => {
    const rows: XlsxRow[] = [HEADER, row('C1', dateCell(at(2025, 1, 2, 8, 30, 15)), [12, 'A01'])];
    const deflated = await book(rows);
    const stored = join(dir, `b${n++}.xlsx`);
    writeFileSync(stored, zipSync(unzipSync(readFileSync(deflated)), { level: 0 }));
    expect(readFileSync(stored).readUInt16LE(8)).toBe(0); // the first local header's method: stored
    const a = await read(stored);
    expect(a.issues).toEqual([]);
    expect(a.records).toEqual((await read(deflated)).records);
    expect(a.records[0]).toMatchObject({ callId: 'C1', startTime: at(2025, 1, 2, 8, 30, 15), agentId: 'A01' });
  });

  it('puts date cells at 23:59:59 and 00:00:00 of a quarter boundary in the right quarter', async () => {
    const path = await book([HEADER, row('C1', dateCell(at(2024, 12, 31, 23, 59, 59))), row('C2', dateCell(at(2025, 1, 1, 0, 0, 0))), row('C3', dateCell(at(2025, 3, 31, 23, 59, 59))), row('C4', dateCell(at(2025, 4, 1)))]);
    const q1 = resolvePeriods('q1-2025', 'weekdays').current;
    const r = await readXlsxExport<PeriodCount, 'calls'>('calls', path, {}, periodCountFoldSpec({ file: 'calls', startSec: q1.startSec, endSec: q1.endSec }));
    expect(r.state.inPeriod).toBe(2);
    expect((await read(path)).records.map((x) => x.startTime)).toEqual([at(2024, 12, 31, 23, 59, 59), at(2025, 1, 1), at(2025, 3, 31, 23, 59, 59), at(2025, 4, 1)]);
  });

  it('rounds a time stored with float error to the nearest second (10:00:00 stays 10:00:00)', async () => {
    const day = excelSerial(at(2025, 1, 2)); // 45659
    const path = await book([
      HEADER,
      row('C1', { v: `${day}.41666666`, s: STYLE.dateTime }), // 09:59:59.9994…
      row('C2', { v: `${day}.416666667`, s: STYLE.isoDateTime }), // 10:00:00.00003
      row('C3', { v: String(day + 0.999999999), s: STYLE.isoDateTime }), // rounds into the next day
      row('C4', { v: String(day + 0.5 / 86_400 - 1e-9), s: STYLE.isoDateTime }), // 00:00:00.49…
    ]);
    expect((await read(path)).records.map((x) => x.startTime)).toEqual([at(2025, 1, 2, 10), at(2025, 1, 2, 10), at(2025, 1, 3), at(2025, 1, 2)]);
  });

  it('reads the 1904 date system', async () => {
    const path = await book([HEADER, row('C1', dateCell(at(2025, 1, 2, 10, 5), STYLE.dateTime, true))], { date1904: true });
    expect((await read(path)).records[0]?.startTime).toBe(at(2025, 1, 2, 10, 5));
  });

  it('gives number cells in text columns the text Excel shows (3, not 3.0; integral ids without exponent, digits as stored)', async () => {
    const t = dateCell(at(2025, 1, 2, 10));
    const path = await book([
      HEADER,
      [3, t, '贵州省', '贵阳市', '手机', '接通', 3, 7],
      [{ v: '123456789012345678' }, t, '贵州省', '贵阳市', '手机', '接通', { v: '3.0' }, { v: '7.0' }],
      [{ v: '1.23456789012346E+17' }, t, '贵州省', '贵阳市', '手机', '接通', { v: '1E+1' }, { v: '2.5' }],
    ]);
    const r = await read(path);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => [x.callId, x.waitSeconds, x.agentId])).toEqual([
      ['3', 3, '7'],
      ['123456789012345678', 3, '7'],
      ['123456789012346000', 10, '2.5'],
    ]);
  });

  it('reads a sheet by name; an unknown name is one line listing the sheets', async () => {
    const calls = [HEADER, row('C9', dateCell(at(2025, 1, 5, 9)))];
    const path = await book([], {}, [{ name: '说明', rows: [['本表为话务明细']] }, { name: '通话记录', rows: calls }]);
    expect((await read(path, '通话记录')).records.map((x) => x.callId)).toEqual(['C9']);
    await expect(read(path, '通话')).rejects.toThrow(/^b\d+\.xlsx: no sheet named "通话"; its sheets are "说明", "通话记录"$/);
    // the first sheet by default: here not the calls, and the header check says so
    await expect(read(path)).rejects.toThrow(/header/);
  });

  it('names the other sheets with the header of the one read (one sheet per month), which are not read; a notes sheet is not named', async () => {
    const month = (m: number): XlsxRow[] => [HEADER, row(`C${m}`, dateCell(at(2025, m, 5, 9)))];
    // the second month's header in another order and spelling is the same header; a title row above it too
    const feb: XlsxRow[] = [['2025年2月话务明细'], [...HEADER.slice(1), 'Call_ID'].map((h) => (h === 'caller_city' ? 'Caller City' : h)), [dateCell(at(2025, 2, 5, 9)), '贵州省', '贵阳市', '手机', '接通', 1, 'A', 'C2']];
    const path = await book([], {}, [{ name: '1月', rows: month(1) }, { name: '说明', rows: [['本表为话务明细']] }, { name: '2月', rows: feb }, { name: '3月', rows: month(3) }]);
    const first = await readXlsxExport<Kept, 'calls'>('calls', path, {}, keep);
    expect((first.state.records as RecordsByFile['calls'][]).map((x) => x.callId)).toEqual(['C1']);
    const name = path.slice(dir.length + 1);
    const hint = 'their rows are left out; save each sheet as a file of its own and match the files with exports.calls.file (monthly files), or name the sheet to read with exports.calls.sheet';
    expect(first.warnings).toEqual([`${name}: sheets "2月", "3月" have the header of "1月", which alone is read as calls.csv (one sheet of a workbook is): ${hint}`]);
    const named = await readXlsxExport<Kept, 'calls'>('calls', path, { sheet: '3月' }, keep);
    expect(named.warnings).toEqual([`${name}: sheets "1月", "2月" have the header of "3月", which alone is read as calls.csv (one sheet of a workbook is): ${hint}`]);
    // on worker threads too
    const par = await readXlsxExport<Kept, 'calls'>('calls', path, { workers: 2, minBytes: 0 }, keep);
    expect(par.mode).toBe('parallel');
    expect(par.warnings).toEqual(first.warnings);
    // one sheet: nothing to say
    expect((await readXlsxExport<Kept, 'calls'>('calls', await book(month(1)), {}, keep)).warnings).toEqual([]);
  });

  it('ignores fully blank rows; a row\'s line is its row number in the sheet, also in issues', async () => {
    const t = dateCell(at(2025, 1, 2, 10));
    const path = await book([
      { r: 1, cells: HEADER },
      { r: 3, cells: row('C1', t) },
      { r: 4, cells: ['', null, '  '] }, // blank text cells only
      { r: 5, cells: [] },
      { r: 8, cells: row('C2', t) },
      { r: 9, cells: row('C3', 'not a date') },
      { r: 12, cells: row('C1', t) },
      { r: 13, cells: [null, null, null, null, null, null, null, null, 'stray'] },
    ]);
    const r = await read(path);
    expect(r.lines).toEqual([3, 8]);
    expect(r.rows).toBe(5);
    expect(r.issues.map((i) => [i.line, i.code])).toEqual([[9, 'invalid'], [12, 'duplicate'], [13, 'columns']]);
    expect(r.issues[0]?.reason).toMatch(/start_time "not a date"/);
  });

  it('a header that names no column (after a title row, which is skipped): one line asking where the header is, not a hint about commas', async () => {
    const path = await book([['2025年1月话务明细表'], ['贵州省12348'], HEADER, row('C1', dateCell(at(2025, 1, 2, 8)))]);
    const err = await read(path).then(() => null, (e: Error) => e.message);
    expect(err).toMatch(/^b\d+\.xlsx: the header row names none of the expected columns \(.*\); is this the right file, and is the header the first row, or the row after a one-cell title\? \(its header: 贵州省12348\)$/);
    expect(err).not.toContain('comma');
  });

  it('reads booleans, formula text, error cells and rich text runs as text', async () => {
    const t = dateCell(at(2025, 1, 2, 10));
    const rich = `<c r="H3" t="inlineStr"><is><r><t>A</t></r><r><t xml:space="preserve">0 1</t></r><rPh><t>ignored</t></rPh></is></c>`;
    const path = await book([
      HEADER,
      row('C1', t, [{ t: 'e', v: '#N/A' }, { t: 'b', v: '1' }]),
      row('C2', t, [null, { t: 'str', v: 'X&Y' }]),
    ]);
    // a rich-text cell written by hand into the sheet
    const files = unzipSync(readFileSync(path));
    const xml = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']).replace('</row></sheetData>', `</row><row r="4">${rich.replace('H3', 'A4').replace('<r><t>A</t></r>', '<r><t>C3</t></r>')}<c r="B4" s="3"><v>${excelSerial(at(2025, 1, 2))}</v></c><c r="C4" t="inlineStr"><is><t>贵州省</t></is></c><c r="E4" t="inlineStr"><is><t>手机</t></is></c><c r="F4" t="inlineStr"><is><t>接通</t></is></c></row></sheetData>`);
    files['xl/worksheets/sheet1.xml'] = strToU8(xml);
    writeFileSync(path, zipSync(files));
    const r = await read(path);
    expect(r.issues.map((i) => [i.line, i.code, i.reason])).toEqual([[2, 'invalid', 'wait_seconds "#N/A" is not a whole number ≥ 0; read as blank']]);
    expect(r.records.map((x) => [x.callId, x.agentId])).toEqual([['C1', 'TRUE'], ['C2', 'X&Y'], ['C30 1', null]]);
  });

  it('says to save an .xls, a password-protected workbook, or a file that is no workbook, as .xlsx or CSV', async () => {
    const xls = join(dir, 'calls.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await expect(read(xls)).rejects.toThrow(/^calls\.xls: an Excel 97–2003 workbook \(\.xls\), which cannot be read; save it as \.xlsx or as CSV \(UTF-8\)/);
    // a workbook with a password to open: an OLE2 file whose directory names its EncryptedPackage stream (MS-OFFCRYPTO)
    const locked = join(dir, 'locked.xlsx');
    const directory = Buffer.alloc(1024);
    directory.write('EncryptionInfo', 0, 'utf16le');
    directory.write('EncryptedPackage', 128, 'utf16le');
    writeFileSync(locked, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), directory]));
    await expect(read(locked)).rejects.toThrow(/^locked\.xlsx: a workbook protected by a password, which cannot be read; open it in Excel, remove the password .* or save it as \.xlsx or as CSV/);
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'call_id,start_time\n');
    await expect(read(text)).rejects.toThrow(/^text\.xlsx: not an Excel workbook \(\.xlsx\); save it as \.xlsx or as CSV/);
    const zip = join(dir, 'zip.xlsx');
    writeFileSync(zip, zipSync({ 'a.txt': strToU8('hello') }));
    await expect(read(zip)).rejects.toThrow(/^zip\.xlsx: not an Excel workbook \(\.xlsx\), or a damaged one; save it as \.xlsx or as CSV/);
    const empty = await book([]);
    await expect(read(empty)).rejects.toThrow(/sheet "calls" is empty \(no header row\)/);
  });

  it('is what readExportParallel reads for a workbook', async () => {
    const path = await book([HEADER, row('C1', dateCell(at(2025, 1, 2, 10)))]);
    const r = await readExportParallel<Kept, 'calls'>('calls', path, {}, keep);
    expect(r.state.lines).toEqual([2]);
  });
});
