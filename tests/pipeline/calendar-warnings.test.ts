import { describe, expect, it } from 'vitest';
import { resolvePeriods } from '../../src/period/index.js';
import { calendarWarnings } from '../../src/pipeline/run.js';

describe('calendarWarnings', () => {
  it('warns once per report whose period falls in a year without statutory holiday data (the data hold 2004–2026)', () => {
    const sets = ['q4-2026', '2027-03', '2027'].map((p) => resolvePeriods(p, 'cn'));
    const w = calendarWarnings(sets, 'cn');
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/^2027-03: .*no data for 2027; workdays there are counted Monday–Friday/);
    expect(w[1]).toMatch(/^2027: /);
  });

  it('says nothing for covered years, or with the plain Monday–Friday calendar', () => {
    expect(calendarWarnings([resolvePeriods('q1-2025', 'cn')], 'cn')).toEqual([]);
    expect(calendarWarnings([resolvePeriods('2027', 'weekdays')], 'weekdays')).toEqual([]);
  });
});
