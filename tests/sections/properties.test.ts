/**
 * Invariants of the model on random data: the parts add up to their wholes,
 * and every share of a table is its own count × 100 / base, half-up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NamedShare } from '../../src/model/types.js';
import { modelOf, t } from '../model/helpers.js';
import { callRec, consultationRec } from '../summarize/arbitraries.js';

const MARCH = t('2025-03-01');
const APRIL = t('2025-04-01');
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** count × 100 / base, half-up 2 decimals, by BigInt, as a string */
function expectedShare(count: number, base: number): string | null {
  if (base === 0) return null;
  const q = (2n * BigInt(count) * 10000n + BigInt(base)) / (2n * BigInt(base));
  const s = q.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
function checkShares(rows: readonly NamedShare[], base: number): void {
  for (const r of rows) expect(r.share === null ? null : r.share.toFixed(2)).toBe(expectedShare(r.count, base));
}
function checkOrder(rows: readonly { name: string; count: number }[]): void {
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    expect(a.count > b.count || (a.count === b.count && a.name < b.name)).toBe(true);
  }
}

const data = fc.record({
  calls: fc.array(callRec, { maxLength: 150 }),
  consultations: fc.array(consultationRec, { maxLength: 150 }),
});

describe('the parts add up', () => {
  it('calls: outcomes, days and hours to inbound; regions, provinces and channels to answered', () => {
    fc.assert(
      fc.property(data, ({ calls }) => {
        const m = modelOf('2025-03', { calls });
        const c = m.calls;
        expect(c.answered + c.unansweredTotal).toBe(c.inbound);
        expect(sum(Object.values(c.unanswered))).toBe(c.unansweredTotal);
        expect(sum(c.byDate.map((d) => d.inbound))).toBe(c.inbound);
        expect(sum(c.byDate.map((d) => d.answered))).toBe(c.answered);
        expect(c.byDate).toHaveLength(31);
        expect(sum(c.byHour)).toBe(c.inbound);
        expect(c.workdayInbound + c.restdayInbound).toBe(c.inbound);
        expect(sum(m.regions.rows.map((r) => r.current))).toBe(c.answered);
        expect(m.regions.inProvince + m.regions.outOfProvince + m.regions.unknownProvince).toBe(c.answered);
        const inRows = sum(m.regions.rows.filter((r) => r.name !== '其他省市' && r.name !== '未知').map((r) => r.current));
        expect(inRows).toBeLessThanOrEqual(m.regions.inProvince);
        expect(sum(m.channels.rows.map((r) => r.count))).toBe(c.answered);
        expect(sum(m.satisfaction.rows.map((r) => r.count))).toBe(m.satisfaction.rated);
        // oracle: count straight from the records
        const inMarch = calls.filter((r) => r.startTime >= MARCH && r.startTime < APRIL);
        expect(c.inbound).toBe(inMarch.length);
        expect(c.answered).toBe(inMarch.filter((r) => r.outcome === '接通').length);
        checkShares(m.regions.rows.map((r) => ({ name: r.name, count: r.current, share: r.share })), c.answered);
        checkShares(m.channels.rows, c.answered);
        checkShares(m.satisfaction.rows, m.satisfaction.rated);
        checkOrder(m.channels.rows);
        checkOrder(m.satisfaction.rows);
      }),
      { numRuns: 200 },
    );
  });

  it('consultations: categories to total, subcategories + unclassified to their category, caller types to total', () => {
    fc.assert(
      fc.property(data, ({ consultations }) => {
        const m = modelOf('2025-03', { consultations });
        const total = m.consultations.total;
        expect(sum(m.consultations.categories.map((c) => c.count))).toBe(total);
        checkShares(m.consultations.categories, total);
        checkOrder(m.consultations.categories);
        for (const c of m.consultations.categories) {
          expect(sum(c.subcategories.map((s) => s.count)) + c.unclassified).toBe(c.count);
          expect(c.classified).toBe(c.count - c.unclassified);
          checkShares(c.subcategories, c.classified);
          checkOrder(c.subcategories);
        }
        expect(sum(m.callerTypes.rows.map((r) => r.count))).toBe(total);
        checkShares(m.callerTypes.rows, total);
        checkOrder(m.callerTypes.rows);
        for (const g of m.callerTypes.groups) {
          expect(g.civil).toBeLessThanOrEqual(g.total);
          expect(sum(g.civilSubcategories.map((s) => s.count))).toBe(g.civilClassified);
          checkShares(g.civilSubcategories, g.civilClassified);
        }
        expect(sum(m.consultations.categories.filter((c) => c.name === '民事').map((c) => c.count)))
          .toBeGreaterThanOrEqual(sum(m.callerTypes.groups.map((g) => g.civil)));
      }),
      { numRuns: 200 },
    );
  });
});
