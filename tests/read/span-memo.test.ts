import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SpanMemo } from '../../src/read/span-memo.js';

describe('SpanMemo', () => {
  it('finds a cell by its place in a larger text, as a Map finds the cut-out text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '\u00e8', '\u00b4', ',', ' '), maxLength: 12 }), { minLength: 1, maxLength: 300 }),
        (cells) => {
          const memo = new SpanMemo();
          const map = new Map<string, number>();
          const text = cells.join('|');
          let a = 0;
          cells.forEach((cell, k) => {
            const b = a + cell.length;
            expect(memo.get(text, a, b)).toBe(map.get(cell));
            if (!map.has(cell)) {
              map.set(cell, k);
              memo.set(cell, k);
            }
            expect(memo.get(text, a, b)).toBe(map.get(cell));
            a = b + 1;
          });
        },
      ),
    );
  });

  it('tells apart cells that share their sampled chars (first two, middle, last two) and length', () => {
    const memo = new SpanMemo();
    const keys = ['ab0x0yz', 'ab1x1yz', 'ab2x2yz', 'ab3x3yz'];
    keys.forEach((k, i) => memo.set(k, i));
    const text = `--${keys.join(',')}--`;
    keys.forEach((k, i) => {
      const at = text.indexOf(k);
      expect(memo.get(text, at, at + k.length)).toBe(i);
    });
    expect(memo.get('ab9x9yz', 0, 7)).toBeUndefined();
  });

  it('stops remembering when full and still answers for what it holds', () => {
    const memo = new SpanMemo();
    for (let i = 0; i < 5000; i++) memo.set(`k${i}`, i);
    expect(memo.get('k4095', 0, 5)).toBe(4095);
    expect(memo.get('k4096', 0, 5)).toBeUndefined();
  });
});
