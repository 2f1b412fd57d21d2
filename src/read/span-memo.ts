/**
 * A column's good cells remembered by their text, looked up by a place in a
 * larger string (start, end) without cutting it out: the in-place row path
 * (RowReader.rowSpans) turns the repeated cells of an export (provinces,
 * cities, enumerations) into their values with no substring and no Map
 * hashing of a fresh string. Open addressing; the keys are the cells' text.
 */
const SLOTS = 8192;
const MASK = SLOTS - 1;
/** at most half full, as the Map memo it stands beside (MEMO_SIZE) */
const LIMIT = 4096;

/**
 * A hash of the cell from its length and five of its chars (the first two,
 * the middle one, the last two); cells up to 5 chars are hashed whole. The
 * lookup compares the whole text anyway, so a weaker hash only costs a
 * probe now and then, while hashing every char cost as much as the compare
 * (the cells are short: enumerations, cities, agent ids; UTF-8 Chinese
 * seen a byte a char, so a city's bytes differ in the middle and at the end).
 */
function hashRange(s: string, a: number, b: number): number {
  const n = b - a;
  let h = n;
  if (n <= 5) {
    for (let k = a; k < b; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  } else {
    h = Math.imul(h ^ s.charCodeAt(a), 0x01000193);
    h = Math.imul(h ^ s.charCodeAt(a + 1), 0x01000193);
    h = Math.imul(h ^ s.charCodeAt(a + (n >> 1)), 0x01000193);
    h = Math.imul(h ^ s.charCodeAt(b - 2), 0x01000193);
    h = Math.imul(h ^ s.charCodeAt(b - 1), 0x01000193);
  }
  return h ^ (h >>> 15);
}

export class SpanMemo {
  /**
   * The keys' chars, one after the other, and each slot's place and length
   * in them (-1: empty). Compared from a typed array, not from the key
   * strings: a string's charCodeAt checks its representation at every char,
   * and the compare is most of a lookup.
   */
  private chars = new Uint16Array(SLOTS * 4);
  private used = 0;
  private readonly offsets = new Int32Array(SLOTS);
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly vals: unknown[] = new Array<unknown>(SLOTS).fill(undefined);
  private size = 0;
  /** the slot of the last hit: columns with one common value (a province, an outcome) hit it again without hashing */
  private last = -1;

  /** the value of the cell `s.slice(a, b)`, or undefined */
  get(s: string, a: number, b: number): unknown {
    const n = b - a;
    const { chars, offsets, lengths } = this;
    const last = this.last;
    if (last >= 0 && lengths[last] === n) {
      const o = offsets[last] as number;
      let j = 0;
      while (j < n && chars[o + j] === s.charCodeAt(a + j)) j++;
      if (j === n) return this.vals[last];
    }
    let slot = hashRange(s, a, b) & MASK;
    for (;;) {
      const len = lengths[slot] as number;
      if (len < 0) return undefined;
      if (len === n) {
        const o = offsets[slot] as number;
        let j = 0;
        while (j < n && chars[o + j] === s.charCodeAt(a + j)) j++;
        if (j === n) {
          this.last = slot;
          return this.vals[slot];
        }
      }
      slot = (slot + 1) & MASK;
    }
  }

  /** remembers a good cell (its value must not be undefined); ignored once full */
  set(key: string, v: unknown): void {
    if (this.size >= LIMIT || this.get(key, 0, key.length) !== undefined) return;
    let slot = hashRange(key, 0, key.length) & MASK;
    while ((this.lengths[slot] as number) >= 0) slot = (slot + 1) & MASK;
    if (this.used + key.length > this.chars.length) {
      const bigger = new Uint16Array(Math.max(this.chars.length * 2, this.used + key.length));
      bigger.set(this.chars);
      this.chars = bigger;
    }
    for (let j = 0; j < key.length; j++) this.chars[this.used + j] = key.charCodeAt(j);
    this.offsets[slot] = this.used;
    this.lengths[slot] = key.length;
    this.used += key.length;
    this.vals[slot] = v;
    this.size++;
  }
}
