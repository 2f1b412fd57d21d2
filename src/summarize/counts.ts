/** Small pure helpers for merging summaries: element-wise sums, map sums, unions. */

/** a[i] + b[i]; the arrays must have the same length (same periods, same config). */
export function addArrays(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`cannot merge summaries of different shapes (${a.length} vs ${b.length})`);
  const out = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! + b[i]!;
  return out;
}

/** Sum of two count maps (keys of a first, then new keys of b). */
export function addCountMaps(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

export function unionSets(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set(a);
  for (const k of b) out.add(k);
  return out;
}

/** Increments a count in a map (no allocation once the key exists). */
export function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Whether second `sec` lies in the half-open range [start, end). */
export function inRange(sec: number, range: { readonly startSec: number; readonly endSec: number }): boolean {
  return sec >= range.startSec && sec < range.endSec;
}
