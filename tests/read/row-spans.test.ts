/**
 * The in-place row path (CsvScanner.spans + RowReader.rowSpans, used by the
 * parallel reader's workers) must give exactly what the substring path
 * (CsvScanner + RowReader.row) gives: the same records, issues and counts,
 * on valid and invalid values, quotes, blanks, spaces and full-width spaces
 * around values, extra and missing columns, in UTF-8 text and undecoded bytes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvScanner, formatCsvRow } from '../../src/read/csv-scanner.js';
import { parseDateTime, parseDateTimeAt } from '../../src/read/datetime.js';
import { RowReader } from '../../src/read/row-reader.js';
import { SCHEMAS } from '../../src/read/schemas.js';
import type { FileName } from '../../src/records.js';

const utf8Field = (s: string): string => Buffer.from(s, 'latin1').toString('utf8');

function read(file: FileName, pieces: readonly string[], inPlace: boolean, bytes: boolean) {
  const reader = new RowReader(file, { decodeField: bytes ? utf8Field : undefined, expectedRows: 64 });
  const records: unknown[] = [];
  const scanner = inPlace
    ? CsvScanner.spans({
        rowSpans(r, n, line) {
          const rec = reader.rowSpans(r, n, line);
          if (rec !== null) records.push({ rec, line });
        },
      })
    : new CsvScanner((f, n, line) => {
        const rec = reader.row(f, n, line);
        if (rec !== null) records.push({ rec, line });
      });
  for (const p of pieces) scanner.push(p);
  scanner.end();
  return { records, issues: reader.issues, rows: reader.rows, used: reader.used };
}

const dates = ['2025-01-05 08:09:10', '2025-02-29 10:00:00', '2024-02-29 23:59:59', '2025-13-01 00:00:00', '2025-01-05 24:00:00',
  '2025-01-05 08:60:00', '2025/1/5 8:09', '2025-01-05', '2025-01-05T08:09:10', '２０２５-01-01 08:00:00', '2025-01-05 08:09:10.5', 'x025-01-05 08:09:10'];
const words = ['接通', 'answered', 'ANSWERED', '呼叫失败', '手机', 'mobile', '固话', '12345', '满意', '是', 'no', '民事类', '复核',
  '贵州省', '黔东南', 'A01', 'C1', 'C2', 'C1', '13812345678 来电', '未知', '', '0', '12', '12.0', '-1', '7a', '99999999999999999999', '3.5',
  '常规质检', '投诉', 'a;b；c', 'x"y', 'p,q', 'l\nm', 'r\r\ns'];
const pads = ['', ' ', '\u3000', '\u00a0', '  '];

const cell = fc.tuple(fc.constantFrom(...pads), fc.oneof(fc.constantFrom(...dates), fc.constantFrom(...words)), fc.constantFrom(...pads))
  .map(([a, v, z]) => a + v + z);

const FILES = Object.keys(SCHEMAS) as FileName[];

/** good values of a column, from its rule (so that most rows are usable and their values compared) */
function goodValues(key: string, expected: string): readonly string[] {
  if (key.endsWith('_id') || key === 'title') return ['C1', 'C2', 'C3', 'C12345678901234', '贵州省', 'A01'];
  if (expected.startsWith('a date-time')) return ['2025-01-05 08:09:10', '2024-12-31 23:59:59', '2025/1/5 8:09', '2025-03-01T00:00:00'];
  if (expected.startsWith('a date')) return ['2025-01-05', '2025/3/1'];
  if (expected.startsWith('a whole number')) return ['0', '7', '12', '600', '12.0'];
  if (expected.startsWith('a number')) return ['3.5', '88', '100'];
  if (expected.startsWith('one of ')) return [...expected.slice(7).replace(' (or aliases)', '').split(', '), 'mobile', 'answered', 'yes'];
  return ['贵州省', '黔东南', 'A01', '2', '13812345678 来电', 'ok'];
}

/** a file: a header from the schema's keys (optional ones maybe dropped, an extra one), then rows */
const csv = fc.record({
  file: fc.constantFrom(...FILES),
  drop: fc.array(fc.nat(10), { maxLength: 2 }),
  extra: fc.boolean(),
  rows: fc.array(
    fc.record({
      cells: fc.array(fc.tuple(fc.nat(9), fc.nat(99), cell, fc.constantFrom(...pads), fc.nat(9)), { minLength: 14, maxLength: 14 }),
      width: fc.nat(20),
      quoteAll: fc.boolean(),
    }),
    { maxLength: 25 },
  ),
  crlf: fc.boolean(),
  cuts: fc.array(fc.nat(2000), { maxLength: 4 }),
});

function build(c: typeof csv extends fc.Arbitrary<infer T> ? T : never): { file: FileName; text: string; cuts: number[] } {
  // optional columns may be missing (a missing required one stops both paths alike, before any row)
  const cols = SCHEMAS[c.file].columns.filter((col, i) => col.needed || !c.drop.includes(i));
  const pools = cols.map((col) => goodValues(col.key, col.expected));
  if (c.extra) pools.splice(1, 0, ['138****0000', '']);
  const keys = cols.map((col) => col.key);
  if (c.extra) keys.splice(1, 0, 'caller');
  const n = keys.length;
  const lines = [keys.join(',')];
  for (const { cells, width, quoteAll } of c.rows) {
    // mostly the header's width, sometimes another; mostly good values, some padded, some anything
    const w = width === 0 ? 0 : width === 1 ? n - 1 : width === 2 ? n + 1 : n;
    const row = Array.from({ length: w }, (_v, i) => {
      const [choice, pick, any, pad, padWhere] = cells[i % cells.length] as [number, number, string, string, number];
      const pool = pools[i] ?? ['x'];
      if (choice < 2) return any;
      const v = pool[pick % pool.length] as string;
      return padWhere === 0 ? pad + v : padWhere === 1 ? v + pad : v;
    });
    lines.push(w === 0 ? '' : quoteAll ? row.map((f) => `"${f.replaceAll('"', '""')}"`).join(',') : formatCsvRow(row));
  }
  const text = lines.join(c.crlf ? '\r\n' : '\n');
  return { file: c.file, text, cuts: [...c.cuts].sort((a, b) => a - b) };
}

function split(text: string, cuts: readonly number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const c of cuts) {
    const e = Math.min(c, text.length);
    if (e > at) out.push(text.slice(at, e));
    at = Math.max(at, e);
  }
  out.push(text.slice(at));
  return out;
}

describe('RowReader.rowSpans', () => {
  it('reads decoded text exactly as row() does', () => {
    fc.assert(
      fc.property(csv, (c) => {
        const { file, text, cuts } = build(c);
        const pieces = split(text, cuts);
        expect(read(file, pieces, true, false)).toEqual(read(file, pieces, false, false));
      }),
      { numRuns: 400 },
    );
  });

  it('reads undecoded UTF-8 bytes exactly as row() does', () => {
    fc.assert(
      fc.property(csv, (c) => {
        const { file, text, cuts } = build(c);
        const bytes = Buffer.from(text, 'utf8').toString('latin1');
        const pieces = split(bytes, cuts);
        expect(read(file, pieces, true, true)).toEqual(read(file, pieces, false, true));
      }),
      { numRuns: 400 },
    );
  });

  it('remembers cells across many rows without changing a value', () => {
    const rows = ['call_id,start_time,caller_province,caller_city,channel,outcome,ivr_key,wait_seconds,talk_seconds,agent_id,satisfaction'];
    const provinces = ['贵州省', ' 贵州省', '贵州省\u3000', '云南省', ''];
    for (let i = 0; i < 3000; i++) {
      rows.push([`C${i % 2500}`, `2025-01-${String(1 + (i % 31)).padStart(2, '0')} 0${i % 10}:00:00`, provinces[i % 5], `市${i % 5000}`,
        i % 7 === 0 ? 'mobile' : '手机', i % 11 === 0 ? '坏' : '接通', String(i % 10), String(i), i % 13 === 0 ? '1.0' : '', 'A1', i % 3 === 0 ? '满意' : ''].join(','));
    }
    const text = rows.join('\n');
    const bytes = Buffer.from(text, 'utf8').toString('latin1');
    expect(read('calls', [text], true, false)).toEqual(read('calls', [text], false, false));
    expect(read('calls', [bytes], true, true)).toEqual(read('calls', [bytes], false, true));
  });
});

describe('parseDateTimeAt', () => {
  it('equals parseDateTime of the slice', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789-/: T.x') }), fc.constantFrom(...dates), fc.nat(3), (s, d, k) => {
        for (const t of [s, d, 'ab' + d + 'c', d.slice(0, d.length - k)]) {
          const a = t.startsWith('ab') ? 2 : 0;
          const b = t.startsWith('ab') ? t.length - 1 : t.length;
          expect(parseDateTimeAt(t, a, b)).toEqual(parseDateTime(t.slice(a, b)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('equals parseDateTime on every field of the fixed form, in and out of its month table (1970–2099)', () => {
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }),
        (y, mo, d, h, mi, se) => {
          const t = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)} ${pad(h, 2)}:${pad(mi, 2)}:${pad(se, 2)}`;
          expect(parseDateTimeAt(`,${t},`, 1, 20)).toEqual(parseDateTime(t));
        },
      ),
      { numRuns: 5000 },
    );
    for (const t of ['2024-02-29 23:59:59', '2023-02-29 00:00:00', '2100-02-29 00:00:00', '1969-12-31 23:59:59', '2099-12-31 23:59:59', '2000-02-29 12:00:00']) {
      expect(parseDateTimeAt(t, 0, t.length)).toEqual(parseDateTime(t));
    }
    expect(parseDateTimeAt('2024-02-29 23:59:59', 0, 19)).toBe(Date.UTC(2024, 1, 29, 23, 59, 59) / 1000);
    expect(parseDateTimeAt('2023-02-29 00:00:00', 0, 19)).toBeNaN();
  });
});
