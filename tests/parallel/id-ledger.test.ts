import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdLedger } from '../../src/parallel/id-ledger.js';
import { hashId, idHash } from '../../src/read/id-set.js';

const pairsOf = (ids: readonly string[]): Int32Array => {
  const out = new Int32Array(ids.length * 2);
  ids.forEach((id, k) => {
    hashId(id);
    out[2 * k] = idHash.hi;
    out[2 * k + 1] = idHash.lo;
  });
  return out;
};

/** the ids of a list of (hi, lo) pairs, as a sorted set, by looking each candidate up */
const idsOf = (pairs: readonly number[], candidates: readonly string[]): string[] => {
  const keys = new Set<string>();
  for (let k = 0; k < pairs.length; k += 2) keys.add(`${pairs[k]},${pairs[k + 1]}`);
  return [...new Set(candidates)].filter((id) => {
    hashId(id);
    return keys.has(`${idHash.hi},${idHash.lo}`);
  }).sort();
};

/** The model: per chunk, ids first met in an earlier chunk, and ids first met in it and met again in it. */
function naive(chunks: readonly (readonly string[])[]): Map<number, { earlier: string[]; again: string[] }> {
  const firstChunk = new Map<string, number>();
  const out = new Map<number, { earlier: Set<string>; again: Set<string> }>();
  chunks.forEach((ids, c) => {
    for (const id of ids) {
      const f = firstChunk.get(id);
      if (f === undefined) {
        firstChunk.set(id, c);
        continue;
      }
      if (!out.has(c)) out.set(c, { earlier: new Set(), again: new Set() });
      const r = out.get(c)!;
      (f < c ? r.earlier : r.again).add(id);
    }
  });
  return new Map([...out].map(([c, r]) => [c, { earlier: [...r.earlier].sort(), again: [...r.again].sort() }]));
}

function check(chunks: readonly (readonly string[])[], expected: number): void {
  const ledger = new IdLedger(expected);
  for (const ids of chunks) ledger.append(pairsOf(ids));
  expect(ledger.chunks).toBe(chunks.length);
  const all = chunks.flat();
  const got = new Map([...ledger.repeats()].map(([c, r]) => [c, { earlier: idsOf(r.earlier, all), again: idsOf(r.again, all) }]));
  expect(got).toEqual(naive(chunks));
}

describe('IdLedger', () => {
  it('finds nothing when every id is new', () => {
    const ledger = new IdLedger(100_000);
    for (let c = 0; c < 10; c++) ledger.append(pairsOf(Array.from({ length: 10_000 }, (_, i) => `C${c}-${i}`)));
    expect(ledger.repeats().size).toBe(0);
  });

  it('tells a repeat from an earlier chunk from one within the chunk (worked by hand)', () => {
    // chunk 0: a b a   chunk 1: c b   chunk 2: (none)   chunk 3: c d d a
    check([['a', 'b', 'a'], ['c', 'b'], [], ['c', 'd', 'd', 'a']], 10);
    const ledger = new IdLedger(10);
    for (const ids of [['a', 'b', 'a'], ['c', 'b'], [], ['c', 'd', 'd', 'a']]) ledger.append(pairsOf(ids));
    const r = ledger.repeats();
    expect([...r.keys()].sort()).toEqual([0, 1, 3]);
    expect(idsOf(r.get(0)!.again, ['a', 'b'])).toEqual(['a']);
    expect(idsOf(r.get(1)!.earlier, ['b', 'c'])).toEqual(['b']);
    expect(idsOf(r.get(3)!.earlier, ['a', 'c', 'd'])).toEqual(['a', 'c']);
    expect(idsOf(r.get(3)!.again, ['a', 'c', 'd'])).toEqual(['d']);
  });

  it('agrees with the model on random chunks, with one partition or many', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 400 }).map((n) => `C${n}`), { maxLength: 120 }), { maxLength: 12 }),
        fc.constantFrom(1, 50_000, 10_000_000),
        (chunks, expected) => check(chunks, expected),
      ),
      { numRuns: 60 },
    );
  });

  it('grows its partitions past a low guess', () => {
    const chunks = Array.from({ length: 4 }, (_, c) => Array.from({ length: 30_000 }, (_, i) => `X${(c * 30_000 + i) % 100_000}`));
    check(chunks, 10);
  });

  it('lists an id once a chunk however often it repeats (1M rows of one id stay a short list)', () => {
    const ledger = new IdLedger(30_000);
    for (let c = 0; c < 3; c++) ledger.append(pairsOf(Array.from({ length: 10_000 }, (_, k) => (k % 2 === 0 ? 'X' : `Y${c}`))));
    const r = ledger.repeats();
    expect([...r.keys()].sort()).toEqual([0, 1, 2]);
    expect(r.get(0)).toEqual({ earlier: [], again: [...pairsOf(['X', 'Y0'])] });
    expect(r.get(1)).toEqual({ earlier: [...pairsOf(['X'])], again: [...pairsOf(['Y1'])] });
    expect(r.get(2)).toEqual({ earlier: [...pairsOf(['X'])], again: [...pairsOf(['Y2'])] });
  });
});
