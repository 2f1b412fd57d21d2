import { flatten, type Leaf } from './flatten.js';

export interface FigureChange {
  readonly path: string;
  /** undefined: the figure is new in B */
  readonly before: Leaf | undefined;
  /** undefined: the figure is gone in B */
  readonly after: Leaf | undefined;
}

/**
 * Which figures differ between two metrics.json objects, in path order.
 * `meta.issued` and data-quality bookkeeping are compared like any figure:
 * a reviewer of a data drop wants to see those too.
 */
export function diffMetrics(a: unknown, b: unknown): FigureChange[] {
  const fa = flatten(a);
  const fb = flatten(b);
  const paths = [...new Set([...fa.keys(), ...fb.keys()])].sort();
  const out: FigureChange[] = [];
  for (const path of paths) {
    const before = fa.get(path);
    const after = fb.get(path);
    if (fa.has(path) && fb.has(path) && Object.is(before, after)) continue;
    out.push({ path, before: fa.has(path) ? before : undefined, after: fb.has(path) ? after : undefined });
  }
  return out;
}

function show(v: Leaf | undefined): string {
  return v === undefined ? '(absent)' : JSON.stringify(v);
}

export function formatChanges(changes: readonly FigureChange[]): string {
  if (changes.length === 0) return 'no figure changed\n';
  const lines = changes.map((c) => `${c.path}: ${show(c.before)} → ${show(c.after)}`);
  return `${lines.join('\n')}\n${changes.length} figure${changes.length === 1 ? '' : 's'} changed\n`;
}
