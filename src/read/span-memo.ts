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
  private readonly keys: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly vals: unknown[] = new Array<unknown>(SLOTS).fill(undefined);
  private size = 0;
  /** the slot of the last hit: columns with one common value (a province, an outcome) hit it again without hashing */
  private last = -1;

  /** the value of the cell `s.slice(a, b)`, or undefined */
  get(s: string, a: number, b: number): unknown {
    const n = b - a;
    if (this.last >= 0) {
      const k = this.keys[this.last] as string;
      if (k.length === n) {
        let j = 0;
        while (j < n && k.charCodeAt(j) === s.charCodeAt(a + j)) j++;
        if (j === n) return this.vals[this.last];
      }
    }
    let slot = hashRange(s, a, b) & MASK;
    for (;;) {
      const k = this.keys[slot];
      if (k === undefined) return undefined;
      if (k.length === n) {
        let j = 0;
        while (j < n && k.charCodeAt(j) === s.charCodeAt(a + j)) j++;
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
    if (this.size >= LIMIT) return;
    let slot = hashRange(key, 0, key.length) & MASK;
    for (;;) {
      const k = this.keys[slot];
      if (k === undefined) break;
      if (k === key) return;
      slot = (slot + 1) & MASK;
    }
    // a copy: the key must not hold the chunk it was cut from alive
    this.keys[slot] = key.length < 13 ? key : (' ' + key).slice(1);
    this.vals[slot] = v;
    this.size++;
  }
}
