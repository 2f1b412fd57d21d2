import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UsageError } from '../../src/cli/errors.js';
import {
  cnCalendarCovers, dayNumber, expandPeriods, formatDate, hourOf, isWorkday, parsePeriod, parseRange, resolvePeriods,
  daysFromCivil, civilFromDays,
} from '../../src/period/index.js';

const day = (s: string): number => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86_400_000;

describe('parsePeriod', () => {
  it('accepts every quarter, month and year spelling', () => {
    for (const s of ['q1-2025', 'Q1-2025', '2025q1', '2025-Q1', '2025Q1', ' 2025-q1 ']) {
      expect(parsePeriod(s), s).toEqual({ kind: 'quarter', year: 2025, n: 1 });
    }
    expect(parsePeriod('2025-03')).toEqual({ kind: 'month', year: 2025, n: 3 });
    expect(parsePeriod('2025-3')).toEqual({ kind: 'month', year: 2025, n: 3 });
    expect(parsePeriod('2025')).toEqual({ kind: 'year', year: 2025, n: 1 });
  });

  it('rejects bad specs with a UsageError', () => {
    for (const s of ['q5-2025', '2025Q0', '2025-13', '2025-00', 'march', '', '25Q1', '2025-03-01', '1800']) {
      expect(() => parsePeriod(s), s).toThrow(UsageError);
    }
    expect(() => parsePeriod('2025-13')).toThrow(/month 13 is not 1–12/);
  });
});

describe('parseRange / expandPeriods', () => {
  it('lists the periods of a range', () => {
    expect(parseRange('q1-2024..q4-2025')).toEqual(['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    expect(parseRange('2024-11..2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(parseRange('2023..2025')).toEqual(['2023', '2024', '2025']);
    expect(parseRange('2025q1..q1-2025')).toEqual(['2025Q1']);
    expect(expandPeriods('q1-2025')).toEqual(['2025Q1']);
    expect(expandPeriods('2025-03..2025-04')).toEqual(['2025-03', '2025-04']);
  });

  it('rejects mixed kinds, reversed ends and half ranges', () => {
    expect(() => parseRange('q1-2024..2025-03')).toThrow(/both ends must be of one kind/);
    expect(() => parseRange('q4-2025..q1-2025')).toThrow(/2025Q4 comes after 2025Q1/);
    expect(() => parseRange('q1-2025..')).toThrow(UsageError);
  });
});

describe('resolvePeriods', () => {
  it('2025Q1 with the China calendar', () => {
    const { current, previous, yearAgo } = resolvePeriods('q1-2025', 'cn');
    expect(current).toMatchObject({
      kind: 'quarter', id: '2025Q1', label: '2025年第一季度', shortLabel: '2025年一季度', start: '2025-01-01', end: '2025-03-31',
      startSec: Date.UTC(2025, 0, 1) / 1000, endSec: Date.UTC(2025, 3, 1) / 1000,
    });
    expect(current.days).toHaveLength(90);
    expect(current.days.filter((d) => d.workday)).toHaveLength(59);
    expect(current.days.filter((d) => !d.workday)).toHaveLength(31);
    expect(current.days[0]).toEqual({ date: '2025-01-01', dayNumber: day('2025-01-01'), weekday: 2, workday: false });
    expect(current.days.find((d) => d.date === '2025-01-26')).toMatchObject({ weekday: 6, workday: true });
    expect(current.days.find((d) => d.date === '2025-01-29')).toMatchObject({ weekday: 2, workday: false });
    expect(previous).toMatchObject({ id: '2024Q4', label: '2024年第四季度', start: '2024-10-01', end: '2024-12-31' });
    expect(yearAgo).toMatchObject({ id: '2024Q1', start: '2024-01-01', end: '2024-03-31' });
    expect(yearAgo.days).toHaveLength(91);
  });

  it('months and years, and the weekdays calendar', () => {
    const m = resolvePeriods('2025-03', 'weekdays');
    expect(m.current).toMatchObject({ id: '2025-03', label: '2025年3月', shortLabel: '2025年3月', start: '2025-03-01', end: '2025-03-31' });
    expect(m.current.days.filter((d) => d.workday)).toHaveLength(21);
    expect(m.previous).toMatchObject({ id: '2025-02', end: '2025-02-28' });
    expect(m.yearAgo).toMatchObject({ id: '2024-03' });
    const jan = resolvePeriods('2025-01', 'weekdays');
    expect(jan.previous.id).toBe('2024-12');
    const y = resolvePeriods('2025', 'cn');
    expect(y.current).toMatchObject({ id: '2025', label: '2025年', start: '2025-01-01', end: '2025-12-31' });
    expect(y.current.days).toHaveLength(365);
    expect(y.previous.id).toBe('2024');
    expect(y.yearAgo.id).toBe('2024');
  });
});

describe('workdays of whole years and quarters', () => {
  const count = (spec: string, calendar: 'cn' | 'weekdays'): [number, number, number] => {
    const p = resolvePeriods(spec, calendar).current;
    const w = p.days.filter((d) => d.workday).length;
    return [p.days.length, w, p.days.length - w];
  };
  it('2025: 261 weekdays − 18 holidays on weekdays + 5 调休 weekend workdays = 248', () => {
    // holidays Mon–Fri: 1/1; 1/28–1/31, 2/3, 2/4; 4/4; 5/1, 5/2, 5/5; 6/2; 10/1–10/3, 10/6–10/8 = 1+6+1+3+1+6
    // 调休: 1/26, 2/8, 4/27, 9/28, 10/11
    expect(count('2025', 'cn')).toEqual([365, 248, 117]);
    expect(count('2025', 'weekdays')).toEqual([365, 261, 104]);
  });
  it('2024, a leap year: 366 days, 262 weekdays − 19 + 8 = 251', () => {
    // holidays Mon–Fri: 1/1; 2/12–2/16; 4/4, 4/5; 5/1–5/3; 6/10; 9/16, 9/17; 10/1–10/4, 10/7 = 1+5+2+3+1+2+5
    // 调休: 2/4, 2/18, 4/7, 4/28, 5/11, 9/14, 9/29, 10/12
    expect(count('2024', 'cn')).toEqual([366, 251, 115]);
    expect(count('2024', 'weekdays')).toEqual([366, 262, 104]);
    const feb = resolvePeriods('2024-02', 'cn').current;
    expect(feb.days.at(-1)).toMatchObject({ date: '2024-02-29', workday: true });
  });
  it('2025Q1 under weekdays: 23 + 20 + 21 = 64 weekdays', () => {
    expect(count('2025Q1', 'weekdays')).toEqual([90, 64, 26]);
  });
});

describe('China calendar data', () => {
  it('covers 2020–2026 and spot checks hold', () => {
    for (let y = 2020; y <= 2026; y++) expect(cnCalendarCovers(y), String(y)).toBe(true);
    const cases: [string, boolean][] = [
      ['2020-01-19', true], // Sunday before 春节 2020, a make-up workday
      ['2020-01-27', false],
      ['2023-10-07', true], // Saturday make-up workday
      ['2024-10-01', false],
      ['2025-01-26', true],
      ['2025-01-29', false],
      ['2025-02-08', true],
      ['2025-05-05', false],
      ['2026-02-17', false], // 春节 2026
      ['2026-10-01', false],
      ['2026-03-02', true], // an ordinary Monday
      ['2026-03-07', false], // an ordinary Saturday
    ];
    for (const [date, workday] of cases) expect(isWorkday(day(date), 'cn'), date).toBe(workday);
  });
});

describe('local-time helpers', () => {
  it('dayNumber, hourOf, formatDate', () => {
    const sec = Date.UTC(2025, 2, 31, 23, 59, 59) / 1000;
    expect(formatDate(dayNumber(sec))).toBe('2025-03-31');
    expect(hourOf(sec)).toBe(23);
    expect(hourOf(Date.UTC(2025, 0, 1, 0, 0, 0) / 1000)).toBe(0);
    expect(formatDate(0)).toBe('1970-01-01');
  });

  it('property: civil ↔ day number agree with Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 200_000 }), (d) => {
        const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
        expect(formatDate(d)).toBe(iso);
        const { year, month, day: dd } = civilFromDays(d);
        expect(daysFromCivil(year, month, dd)).toBe(d);
      }),
    );
  });
});
