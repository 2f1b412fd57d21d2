import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_EFFECTS, columnEffect } from '../../src/read/column-effects.js';
import { groupLine, IssueLog, ISSUES_KEPT, VALUES_PER_COLUMN, type Problem } from '../../src/read/issue-log.js';
import { SCHEMAS } from '../../src/read/schemas.js';
import { FILE_NAMES } from '../../src/records.js';

const bad = (v: string): Problem => ({ code: 'invalid', reason: `来电方式 "${v}" is not a channel`, column: '来电方式', value: `"${v}"`, what: 'is not a channel', hint: 'map it under exports.calls.values.channel' });

describe('IssueLog', () => {
  it('groups a problem met many times into one line with its count and first lines', () => {
    const log = new IssueLog();
    for (let line = 2; line < 133_758; line++) {
      log.add('calls.csv', line, bad('移动电话'));
      log.row();
    }
    expect(log.kinds).toBe(1);
    expect(groupLine(log.sorted()[0]!)).toBe('calls.csv: 来电方式 "移动电话" is not a channel: 133,756 rows (lines 2, 3, 4, …); map it under exports.calls.values.channel');
    expect(log.first).toHaveLength(ISSUES_KEPT);
    expect(log.count).toBe(133_756);
  });

  it('keeps memory bounded: values past the first 20 of one column and reason share one group', () => {
    const log = new IssueLog();
    for (let k = 0; k < 10_000; k++) log.add('calls.csv', k + 2, bad(`v${k}`));
    expect(log.kinds).toBe(VALUES_PER_COLUMN + 1);
    const other = log.sorted()[0]!;
    expect(other).toMatchObject({ reason: '来电方式 (other values) is not a channel', value: null, count: 10_000 - VALUES_PER_COLUMN, lines: [22, 23, 24] });
  });

  it('sorts the most frequent first; ties in the order first met', () => {
    const log = new IssueLog();
    log.add('calls.csv', 2, bad('a'));
    log.add('calls.csv', 3, bad('b'));
    log.add('calls.csv', 4, bad('b'));
    log.add('tickets.csv', 2, { code: 'blank', reason: '工单编号 is blank' });
    expect(log.sorted().map((g) => [g.file, g.count])).toEqual([['calls.csv', 2], ['calls.csv', 1], ['tickets.csv', 1]]);
  });

  it('merging the logs of consecutive chunks gives the log of the whole (counts, first lines, first problems)', () => {
    const problem = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.boolean());
    fc.assert(
      fc.property(fc.array(problem, { maxLength: 60 }), fc.array(fc.nat(60), { maxLength: 4 }), fc.integer({ min: 1, max: 30 }), (rows, cuts, keep) => {
        const whole = new IssueLog(keep);
        const add = (log: IssueLog, [v, blank]: [string, boolean], line: number): void => {
          log.add('calls.csv', line, blank ? { code: 'blank', reason: '来电时间 is blank' } : bad(v));
          log.row();
        };
        rows.forEach((r, i) => add(whole, r, i + 2));
        const bounds = [0, ...[...cuts].sort((a, b) => a - b).map((c) => Math.min(c, rows.length)), rows.length];
        const merged = new IssueLog(keep);
        for (let k = 0; k + 1 < bounds.length; k++) {
          const part = new IssueLog(keep);
          for (let i = bounds[k]!; i < bounds[k + 1]!; i++) add(part, rows[i]!, i + 2);
          merged.merge(structuredClone(part.pack()));
        }
        expect(merged.pack()).toEqual(whole.pack());
      }),
    );
  });
});

describe('COLUMN_EFFECTS', () => {
  it('lists every optional column of every export, and only those', () => {
    for (const f of FILE_NAMES) {
      const optional = SCHEMAS[f].columns.filter((c) => !c.needed).map((c) => c.key).sort();
      expect(Object.keys(COLUMN_EFFECTS[f]).sort(), f).toEqual(optional);
    }
  });

  it("names section 二 in the province's words", () => {
    expect(columnEffect('calls', 'caller_city')).toMatch(/^二、各市州话务分布情况/);
    expect(columnEffect('calls', 'caller_city', '区县')).toMatch(/^二、各区县话务分布情况/);
    expect(columnEffect('calls', 'agent_id')).toBeNull();
  });
});
