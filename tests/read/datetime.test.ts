import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate, parseDateTime } from '../../src/read/datetime.js';
import { parseCount } from '../../src/read/values.js';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, mo - 1, d, h, mi, s) / 1000;

describe('parseDateTime / parseDate', () => {
  it('accepts every documented form', () => {
    expect(parseDateTime('2025-03-09 07:05:09')).toBe(utc(2025, 3, 9, 7, 5, 9));
    expect(parseDateTime('2025-03-09 07:05')).toBe(utc(2025, 3, 9, 7, 5));
    expect(parseDateTime('2025/3/9 7:05')).toBe(utc(2025, 3, 9, 7, 5));
    expect(parseDateTime('2025/3/9 7:05:09')).toBe(utc(2025, 3, 9, 7, 5, 9));
    expect(parseDateTime('2025-03-09T07:05:09')).toBe(utc(2025, 3, 9, 7, 5, 9));
    expect(parseDateTime('2025-03-09 07:05:09.123')).toBe(utc(2025, 3, 9, 7, 5, 9));
    expect(parseDateTime('2024-02-29 23:59:59')).toBe(utc(2024, 2, 29, 23, 59, 59));
    expect(parseDate('2025-03-09')).toBe(utc(2025, 3, 9));
    expect(parseDate('2025/3/9')).toBe(utc(2025, 3, 9));
    expect(parseDate('2025-03-09 18:00')).toBe(utc(2025, 3, 9));
  });

  it('rejects impossible and malformed values', () => {
    for (const s of ['2025-02-29 10:00', '2025-13-01 10:00', '2025-00-10 10:00', '2025-01-32 10:00', '2025-01-01 24:00',
      '2025-01-01 10:60', '2025-01-01 10:00:60', '2025-01-01', '2025-01/01 10:00', '25-01-01 10:00', '2025-01-01 10:00 x',
      'abc', '', '2025-01-01 10', '2025-01-01T10:00:00Z']) {
      expect(parseDateTime(s), s).toBeNaN();
    }
    expect(parseDate('2025-02-30')).toBeNaN();
  });

  it('property: agrees with Date.UTC for every valid date-time', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (d) => {
        const p = (n: number): string => String(n).padStart(2, '0');
        const s = `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
        expect(parseDateTime(s)).toBe(Math.floor(d.getTime() / 1000));
        const slash = `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} ${d.getUTCHours()}:${p(d.getUTCMinutes())}`;
        expect(parseDateTime(slash)).toBe(Math.floor(d.getTime() / 60_000) * 60);
      }),
    );
  });
});

describe('parseCount', () => {
  it('whole numbers ≥ 0, spreadsheet `12.0` too', () => {
    expect(parseCount('0')).toBe(0);
    expect(parseCount('125')).toBe(125);
    expect(parseCount('12.0')).toBe(12);
    for (const s of ['-1', '1.5', 'x', '', '1e3', '.5']) expect(parseCount(s), s).toBeNaN();
  });
});
