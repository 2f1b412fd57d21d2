/**
 * A set of ids kept as 64-bit hashes in one typed array (open addressing,
 * linear probing, grows by half at 80 % load): 8 bytes per slot instead of a
 * Set<string>'s ~80 bytes per id plus the id strings themselves. Sized from
 * the file, 5M ids take 50 MB, 1M ids 10 MB.
 *
 * Collisions: two different ids with the same 64-bit hash would make the
 * second one look like a duplicate, and its row would wrongly be skipped (and
 * reported as a duplicate with its line). With n ids the chance that any two
 * collide is about n² / 2^65: 2.7e-6 for 10M ids in one file, 3e-8 for 1M.
 * That is below the odds of a disk bit flip, so hits are not confirmed
 * against the strings (which would mean keeping them all, the memory this
 * set exists to save).
 *
 * The two 32-bit halves are independent hashes of the id's UTF-16 code
 * units (FNV-1a and a murmur3-style multiply-rotate, each with a murmur3
 * finalizer), so ids that differ in one character differ in both halves.
 */

/** Both 32-bit halves of an id's hash; `hashId` writes them here (no allocation). */
export const idHash = { hi: 0, lo: 0 };

/** Hashes `s` into `idHash` (hi, lo); hi|lo is never 0 (0 marks an empty slot). */
export function hashId(s: string): void {
  let a = 0x811c9dc5 | 0;
  let b = 0x9747b28c | 0;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    let k = Math.imul(c, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    b ^= Math.imul(k, 0x1b873593);
    b = (b << 13) | (b >>> 19);
    b = (Math.imul(b, 5) + 0xe6546b64) | 0;
  }
  a = fmix(a ^ len);
  b = fmix(b ^ len);
  if (a === 0 && b === 0) b = 1;
  // signed 32-bit: small integers to V8, never boxed as doubles
  idHash.hi = a;
  idHash.lo = b;
}

/**
 * The slot of a hash: lo as a fraction of 2^32, times the capacity. A
 * multiplication, not `%` (lo >>> 0 above 2^31 is a double to V8, and a
 * double modulo costs more than the probe itself); monotonic in lo.
 */
function slotOf(lo: number, cap: number): number {
  return Math.floor((lo >>> 0) * (cap / 4294967296));
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Most slots in use before the table grows: linear probing stays short (~3 probes on average) while 8-byte slots stay full. */
const MAX_LOAD = 0.8;

export class IdHashSet {
  /** pairs (hi, lo); (0, 0) = empty. Int32: values stay small integers (a Uint32 above 2^31 would be a boxed double) */
  private slots: Int32Array;
  /** slots (any number, not a power of two: sized to the ids expected, not to twice that) */
  private cap: number;
  private count = 0;

  constructor(expected = 1024) {
    this.cap = Math.max(1024, Math.ceil(expected / MAX_LOAD) + 1);
    this.slots = new Int32Array(this.cap * 2);
  }

  get size(): number {
    return this.count;
  }

  /** Adds the id; false when it (or, see above, its hash) was already there. */
  add(id: string): boolean {
    hashId(id);
    return this.addHash(idHash.hi, idHash.lo);
  }

  /** Adds a hash from `hashId`; false when it was already there. */
  addHash(hi: number, lo: number): boolean {
    const i = this.probe(hi, lo);
    if (i >= 0) return false;
    const free = ~i;
    this.slots[2 * free] = hi;
    this.slots[2 * free + 1] = lo;
    if (++this.count > this.cap * MAX_LOAD) this.grow();
    return true;
  }

  /** The hashes in the set as (hi, lo) pairs (to send it to another thread). */
  pairs(): Int32Array {
    const out = new Int32Array(this.count * 2);
    let n = 0;
    const slots = this.slots;
    for (let j = 0; j < slots.length; j += 2) {
      if ((slots[j] as number) !== 0 || (slots[j + 1] as number) !== 0) {
        out[n++] = slots[j] as number;
        out[n++] = slots[j + 1] as number;
      }
    }
    return out;
  }

  /** A set of the (hi, lo) pairs of `pairs()`. */
  static fromPairs(pairs: Int32Array): IdHashSet {
    const set = new IdHashSet(pairs.length / 2);
    for (let k = 0; k < pairs.length; k += 2) set.addHash(pairs[k] as number, pairs[k + 1] as number);
    return set;
  }

  /** Whether the hash is in the set. */
  has(hi: number, lo: number): boolean {
    return this.probe(hi, lo) >= 0;
  }

  /** The slot holding the hash, or `~slot` (negative) of the empty slot where it would go. */
  private probe(hi: number, lo: number): number {
    const slots = this.slots;
    const cap = this.cap;
    let i = slotOf(lo, cap);
    for (;;) {
      const h = slots[2 * i] as number;
      const l = slots[2 * i + 1] as number;
      if (h === 0 && l === 0) return ~i;
      if (h === hi && l === lo) return i;
      if (++i === cap) i = 0;
    }
  }

  private grow(): void {
    const old = this.slots;
    const cap = Math.ceil(this.cap * 1.5);
    const slots = new Int32Array(cap * 2);
    for (let j = 0; j < old.length; j += 2) {
      const hi = old[j] as number;
      const lo = old[j + 1] as number;
      if (hi === 0 && lo === 0) continue;
      let i = slotOf(lo, cap);
      while ((slots[2 * i] as number) !== 0 || (slots[2 * i + 1] as number) !== 0) if (++i === cap) i = 0;
      slots[2 * i] = hi;
      slots[2 * i + 1] = lo;
    }
    this.slots = slots;
    this.cap = cap;
  }
}
