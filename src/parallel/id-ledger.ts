/**
 * IdLedger: the parallel reader's duplicate-id check across chunks.
 *
 * Each worker reports the 64-bit hashes of its chunk's kept ids in order,
 * repeats included: a worker keeps no set of its own (that was ~7 % of its
 * time), so every duplicate, within a chunk or across chunks, is found here.
 * Every occurrence after the first in the file is a duplicate.
 *
 * Inserting every hash into one file-wide table as the chunks come in costs
 * a cache miss per id (5M ids fill a 50 MB table; that was ~1.3 s of the
 * main thread's time at 5M rows, taken from the workers on a 2-core
 * machine). Instead the hashes are appended, in file order, to one of P
 * partitions by their top bits (sequential writes), and checked once the
 * file is read, one partition at a time: each partition's table is small
 * enough to stay in the CPU cache, so the whole check costs ~20 ns an id.
 *
 * Within a partition the hashes stand in file order, so the first one
 * inserted is the first occurrence in the file, as on one thread. A chunk is
 * found from a repeat's place in its partition by the partition lengths
 * recorded at each chunk's start.
 */
import type { IdHashSet } from '../read/id-set.js';
/** ids a partition is sized for: its table (8 bytes a slot, 80 % full) stays ~200 KB, within a core's L2 cache */
const IDS_PER_PARTITION = 20_000;
const MAX_BITS = 10;

/** The repeated ids of one chunk, as (hi, lo) pairs; see IdLedger.repeats. */
export interface Repeats {
  readonly earlier: number[];
  readonly again: number[];
}

export class IdLedger {
  private readonly bits: number;
  private readonly parts: Int32Array[];
  /** ints used in each partition */
  private readonly lengths: Int32Array;
  /** per chunk: the partition lengths before it */
  private readonly marks: Int32Array[] = [];

  /** `expected`: about how many ids the file holds (a guess is fine: it only sets the partition count) */
  constructor(expected: number) {
    this.bits = Math.min(MAX_BITS, Math.max(0, Math.ceil(Math.log2(Math.max(1, expected / IDS_PER_PARTITION)))));
    const n = 1 << this.bits;
    const initial = 2 * Math.ceil((Math.max(expected, 1024) / n) * 1.1);
    this.parts = Array.from({ length: n }, () => new Int32Array(initial));
    this.lengths = new Int32Array(n);
  }

  /** chunks appended so far */
  get chunks(): number {
    return this.marks.length;
  }

  /** Appends the next chunk's kept ids, as (hi, lo) pairs (hashId), in file order. */
  append(pairs: Int32Array): void {
    this.marks.push(this.lengths.slice());
    const { parts, lengths } = this;
    const shift = 32 - this.bits;
    const single = this.bits === 0; // `x >>> 32` is x, not 0
    for (let k = 0; k < pairs.length; k += 2) {
      const hi = pairs[k] as number;
      const p = single ? 0 : hi >>> shift;
      let part = parts[p] as Int32Array;
      const at = lengths[p] as number;
      if (at + 2 > part.length) {
        const bigger = new Int32Array(part.length * 2);
        bigger.set(part);
        parts[p] = part = bigger;
      }
      part[at] = hi;
      part[at + 1] = pairs[k + 1] as number;
      lengths[p] = at + 2;
    }
  }

  /**
   * The chunks that hold a duplicate, each with its repeated ids as (hi, lo)
   * pairs: `earlier`, ids a previous chunk has (every occurrence in this
   * chunk is a duplicate), and `again`, ids first met in this chunk and
   * repeated in it (the first occurrence stays). Empty when no id repeats
   * (the common case).
   */
  repeats(): Map<number, Repeats> {
    const out = new Map<number, Repeats>();
    let table = new Int32Array(0);
    // per slot: the chunk (+1) its id was last listed for, so that an id is listed once a chunk
    // (1M rows of one id would otherwise list it 1M times)
    let listed = new Int32Array(0);
    for (let p = 0; p < this.parts.length; p++) {
      const part = this.parts[p] as Int32Array;
      const len = this.lengths[p] as number;
      // open addressing on (first position + 1) of each hash; 0 = empty; at most half full
      const cap = Math.max(16, 1 << Math.ceil(Math.log2(len)));
      if (table.length < cap) {
        table = new Int32Array(cap);
        listed = new Int32Array(cap);
      } else {
        table.fill(0, 0, cap);
        listed.fill(0, 0, cap);
      }
      const mask = cap - 1;
      for (let j = 0; j < len; j += 2) {
        const hi = part[j] as number;
        const lo = part[j + 1] as number;
        let slot = (lo ^ (hi >>> 7)) & mask;
        let first = -1;
        for (;;) {
          const at = (table[slot] as number) - 1;
          if (at < 0) break;
          if (part[at] === hi && part[at + 1] === lo) {
            first = at;
            break;
          }
          slot = (slot + 1) & mask;
        }
        if (first < 0) {
          table[slot] = j + 1;
          continue;
        }
        const chunk = this.chunkAt(p, j);
        if (listed[slot] === chunk + 1) continue;
        listed[slot] = chunk + 1;
        let r = out.get(chunk);
        if (r === undefined) out.set(chunk, (r = { earlier: [], again: [] }));
        const list = this.chunkAt(p, first) < chunk ? r.earlier : r.again;
        list.push(hi, lo);
      }
    }
    return out;
  }

  /** Adds every id appended so far to `set` (the ids a file kept, for the next file of the same export). */
  addTo(set: IdHashSet): void {
    for (let p = 0; p < this.parts.length; p++) {
      const part = this.parts[p] as Int32Array;
      const len = this.lengths[p] as number;
      for (let j = 0; j < len; j += 2) set.addHash(part[j] as number, part[j + 1] as number);
    }
  }

  /** the chunk whose entries in partition p include position j: the last one that started at or before j */
  private chunkAt(p: number, j: number): number {
    let lo = 0;
    let hi = this.marks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (((this.marks[mid] as Int32Array)[p] as number) <= j) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
