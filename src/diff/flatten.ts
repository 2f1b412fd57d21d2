/**
 * metrics.json as a flat map from a readable path to a leaf value. List items
 * that carry a name (`rows`, `categories`, `subcategories`, …) are keyed by
 * that name rather than their index, so a region moving up a place in a
 * sorted list is not reported as every row changing.
 */
export type Leaf = string | number | boolean | null;

const NAME_KEYS = ['name', 'reason', 'date', 'title'] as const;

function itemKey(item: unknown, index: number): string {
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    for (const k of NAME_KEYS) {
      const v = (item as Record<string, unknown>)[k];
      if (typeof v === 'string') return `[${v}]`;
    }
  }
  return `[${index}]`;
}

export function flatten(value: unknown, prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, '[]' as Leaf);
    value.forEach((item, i) => flatten(item, `${prefix}${itemKey(item, i)}`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix === '' ? k : `${prefix}.${k}`, out);
  } else {
    out.set(prefix, value as Leaf);
  }
  return out;
}
