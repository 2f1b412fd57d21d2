import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builtinShown, customShown, dateText, numberText, serialSeconds, Shown } from '../../src/read/xlsx/cell-text.js';
import { columnOf } from '../../src/read/xlsx/sheet.js';
import { colName } from '../../bench/xlsx-writer.js';

describe('number formats', () => {
  it('knows the built-in date and time formats', () => {
    expect([0, 1, 2, 9, 10, 11, 12, 13, 37, 44, 48, 49].map(builtinShown)).toEqual(Array(12).fill(Shown.number));
    expect([14, 15, 16, 17, 27, 31, 36, 57, 58].map(builtinShown)).toEqual(Array(9).fill(Shown.date));
    expect([18, 19, 20, 21, 45, 46, 47, 32, 35].map(builtinShown)).toEqual(Array(9).fill(Shown.time));
    expect(builtinShown(22)).toBe(Shown.dateTime);
  });

  it('reads custom format codes', () => {
    expect(customShown('yyyy-mm-dd hh:mm:ss')).toBe(Shown.dateTime);
    expect(customShown('yyyy/m/d h:mm;@')).toBe(Shown.dateTime);
    expect(customShown('yyyy"年"m"月"d"日"')).toBe(Shown.date);
    expect(customShown('[$-804]yyyy"年"m"月"d"日" dddd')).toBe(Shown.date);
    expect(customShown('[h]:mm:ss')).toBe(Shown.time);
    expect(customShown('mm:ss')).toBe(Shown.time);
    expect(customShown('mmm')).toBe(Shown.date);
    for (const code of ['General', '0', '0.00', '#,##0', '0.00E+00', '"days"0', '0" h"', '[Red]0.0', '\\d0', '@']) expect(customShown(code)).toBe(Shown.number);
  });
});

describe('dateText', () => {
  it('writes dates, date-times and times; rounds to the nearest second', () => {
    expect(dateText(45658, Shown.dateTime, false)).toBe('2025-01-01 00:00:00');
    expect(dateText(45658, Shown.date, false)).toBe('2025-01-01 00:00:00'); // a date cell is a date-time, whatever its format shows
    expect(dateText(45658.5, Shown.date, false)).toBe('2025-01-01 12:00:00'); // a time the format hides is kept
    expect(dateText(45658.41666666, Shown.dateTime, false)).toBe('2025-01-01 10:00:00');
    expect(dateText(45657.99999999, Shown.dateTime, false)).toBe('2025-01-01 00:00:00');
    expect(dateText(0.75, Shown.time, false)).toBe('18:00:00');
    expect(dateText(1, Shown.date, false)).toBe('1900-01-01 00:00:00');
    expect(dateText(61, Shown.date, false)).toBe('1900-03-01 00:00:00');
    expect(dateText(0, Shown.date, true)).toBe('1904-01-01 00:00:00');
    expect(dateText(-1, Shown.date, false)).toBeNull();
  });

  it('rounds every second of a day back to itself, from any double within half a second', () => {
    fc.assert(fc.property(fc.integer({ min: 36_526, max: 73_050 }), fc.integer({ min: 0, max: 86_399 }), fc.double({ min: -0.49, max: 0.49, noNaN: true }), (day, sec, err) => {
      const serial = day + (sec + err) / 86_400;
      expect(serialSeconds(serial, false)).toBe((day - 25_569) * 86_400 + sec);
    }));
  });
});

describe('numberText', () => {
  it('writes what General shows', () => {
    const cases: [string, string][] = [
      ['3', '3'], ['-3', '-3'], ['3.0', '3'], ['3.50', '3.5'], ['0.1', '0.1'], ['1E+1', '10'], ['1.5E+2', '150'],
      ['123456789012345678', '123456789012345678'], ['1.23456789012346E+17', '123456789012346000'],
      ['4.5E-3', '0.0045'], ['-0.5', '-0.5'], ['0', '0'], ['0.0', '0'],
    ];
    for (const [v, want] of cases) expect([v, numberText(v)]).toEqual([v, want]);
  });
});

describe('columnOf', () => {
  it('is the inverse of column letters', () => {
    expect(columnOf('A1')).toBe(0);
    expect(columnOf('Z9')).toBe(25);
    expect(columnOf('AA10')).toBe(26);
    expect(columnOf('XFD1048576')).toBe(16_383);
    expect(columnOf('12')).toBe(-1);
    fc.assert(fc.property(fc.integer({ min: 0, max: 16_383 }), fc.integer({ min: 1, max: 1_048_576 }), (c, r) => columnOf(`${colName(c)}${r}`) === c));
  });
});
