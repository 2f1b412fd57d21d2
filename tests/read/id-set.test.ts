import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashId, idHash, IdHashSet } from '../../src/read/id-set.js';

describe('IdHashSet', () => {
  it('tells new ids from repeated ones across growth', () => {
    const set = new IdHashSet(4);
    let fresh = 0;
    for (let i = 0; i < 50_000; i++) if (set.add(`C${String(i).padStart(9, '0')}`)) fresh++;
    expect(fresh).toBe(50_000);
    expect(set.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 997) expect(set.add(`C${String(i).padStart(9, '0')}`)).toBe(false);
    expect(set.add('')).toBe(true);
    expect(set.add('')).toBe(false);
    expect(set.size).toBe(50_001);
  });

  it('agrees with a Set<string> on arbitrary ids', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (ids) => {
        const exact = new Set<string>();
        const set = new IdHashSet();
        for (const id of ids) {
          const before = exact.size;
          exact.add(id);
          expect(set.add(id)).toBe(exact.size > before);
        }
      }),
    );
  });

  it('has no 64-bit collision among a million similar ids, and both halves differ for a one-character change', () => {
    const set = new IdHashSet();
    let fresh = 0;
    for (let i = 0; i < 1_000_000; i++) if (set.add(`C${i}`)) fresh++;
    expect(fresh).toBe(1_000_000);
    hashId('C000000001');
    const a = { ...idHash };
    hashId('C000000002');
    expect(idHash.hi).not.toBe(a.hi);
    expect(idHash.lo).not.toBe(a.lo);
  });
});

describe('IdHashSet.addAll', () => {
  const pairsOf = (ids: readonly string[]): Int32Array => {
    const out = new Int32Array(ids.length * 2);
    ids.forEach((id, k) => {
      hashId(id);
      out[2 * k] = idHash.hi;
      out[2 * k + 1] = idHash.lo;
    });
    return out;
  };

  it('reports the same ids as addHash one by one, in order, across batches and growth', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { maxLength: 400 }), { maxLength: 8 }), (batches) => {
        const one = new IdHashSet(2);
        const all = new IdHashSet(2);
        for (const batch of batches) {
          const ids = batch.map((n) => `C${n}`);
          const expected: number[] = [];
          ids.forEach((id, k) => {
            if (!one.add(id)) expected.push(k);
          });
          expect(all.addAll(pairsOf(ids))).toEqual(expected);
          expect(all.size).toBe(one.size);
        }
      }),
    );
  });

  it('finds ids of earlier batches in a large table', () => {
    const set = new IdHashSet(10);
    const first = Array.from({ length: 100_000 }, (_, i) => `A${i}`);
    expect(set.addAll(pairsOf(first))).toEqual([]);
    const second = Array.from({ length: 50_000 }, (_, i) => (i % 1000 === 7 ? `A${i * 2}` : `B${i}`));
    const found = set.addAll(pairsOf(second));
    expect(found).toEqual(second.flatMap((id, k) => (id.startsWith('A') ? [k] : [])));
    expect(set.size).toBe(150_000 - found.length);
  });
});
