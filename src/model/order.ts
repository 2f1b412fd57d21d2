/**
 * Deterministic orders for the model's lists (metrics.md: `rows` by count
 * descending, ties by name). Names compare by Unicode code point, not by
 * locale, so the order is the same on every machine and Node version.
 */

/** Code point order of two strings (UTF-16 `<` differs only for astral characters). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++; // both are the same surrogate pair: skip its low half
  }
  return a.length - b.length;
}

/** By count descending, ties by name in code point order. */
export function byCountThenName<T extends { readonly name: string; readonly count: number }>(a: T, b: T): number {
  return b.count - a.count || compareCodePoints(a.name, b.name);
}

/** A copy sorted by count descending, ties by name. */
export function sortRows<T extends { readonly name: string; readonly count: number }>(rows: readonly T[]): T[] {
  return [...rows].sort(byCountThenName);
}
