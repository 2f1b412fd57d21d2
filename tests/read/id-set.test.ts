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

describe('IdHashSet.has', () => {
  it('finds what was added and nothing else', () => {
    const set = new IdHashSet(2);
    for (let i = 0; i < 5000; i++) set.add(`A${i}`);
    for (const [id, inside] of [['A0', true], ['A4999', true], ['A5000', false], ['B1', false]] as const) {
      hashId(id);
      expect(set.has(idHash.hi, idHash.lo)).toBe(inside);
    }
  });
});
