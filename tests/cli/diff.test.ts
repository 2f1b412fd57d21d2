import { describe, expect, it } from 'vitest';
import { diffMetrics, formatChanges } from '../../src/diff/metrics-diff.js';

describe('diff of two metrics.json', () => {
  it('names the figures that changed, rows keyed by name not position', () => {
    const a = { calls: { inbound: 10, answered: 9 }, regions: { rows: [{ name: '贵阳市', current: 5 }, { name: '遵义市', current: 4 }] } };
    const b = { calls: { inbound: 11, answered: 9 }, regions: { rows: [{ name: '遵义市', current: 6 }, { name: '贵阳市', current: 5 }] } };
    expect(diffMetrics(a, b)).toEqual([
      { path: 'calls.inbound', before: 10, after: 11 },
      { path: 'regions.rows[遵义市].current', before: 4, after: 6 },
    ]);
  });

  it('reports figures that appear or disappear, and null comparisons', () => {
    const changes = diffMetrics({ x: { change: null } }, { x: { change: 1.5 }, y: 2 });
    expect(formatChanges(changes)).toBe('x.change: null → 1.5\ny: (absent) → 2\n2 figures changed\n');
  });

  it('says so when nothing changed', () => {
    expect(formatChanges(diffMetrics({ a: [1, 2] }, { a: [1, 2] }))).toBe('no figure changed\n');
  });
});
