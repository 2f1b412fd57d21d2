/**
 * A fold: how records of one export become a mergeable state. The parallel
 * reader folds each chunk of rows into its own state on a worker thread and
 * merges the states in file order on the main thread, so `merge(a, b)` must
 * mean "a's rows, then b's rows" (it need not be commutative).
 *
 * A worker cannot receive functions, so a fold travels as a FoldSpec: the
 * URL of a module, the name of a factory exported by it, and a
 * structured-cloneable argument for the factory. States cross threads by
 * structured clone; a state with class instances (lost prototypes) packs
 * itself into plain data with `pack` and back with `unpack`.
 */
import type { FileName, RecordsByFile } from '../records.js';

export interface Fold<S, F extends FileName = FileName> {
  create(): S;
  add(state: S, record: RecordsByFile[F], line: number): void;
  /** a's rows then b's rows; may reuse (and return) a */
  merge(a: S, b: S): S;
  /**
   * `add` keeps no reference to the record object (its values it may keep):
   * the reader can hand one object, refilled, for every row
   */
  readonly transient?: boolean;
  /** state → structured-cloneable data (default: the state itself) */
  pack?(state: S): unknown;
  unpack?(data: unknown): S;
}

export interface FoldSpec<I = unknown> {
  /** module URL (file:…), e.g. `new URL('./my-fold.js', import.meta.url).href` */
  readonly module: string;
  /** name of the exported factory `(init: I) => Fold<S, F>` */
  readonly factory: string;
  /** structured-cloneable argument of the factory (e.g. periods and config) */
  readonly init: I;
}

/** Imports the module of `spec` and builds its fold. */
export async function loadFold<S, F extends FileName>(spec: FoldSpec): Promise<Fold<S, F>> {
  const mod = (await import(spec.module)) as Record<string, unknown>;
  const make = mod[spec.factory];
  if (typeof make !== 'function') throw new Error(`${spec.module} exports no fold factory ${spec.factory}`);
  return (make as (init: unknown) => Fold<S, F>)(spec.init);
}

export function packState<S>(fold: Fold<S, never>, s: S): unknown {
  return fold.pack === undefined ? s : fold.pack(s);
}

export function unpackState<S>(fold: Fold<S, never>, data: unknown): S {
  return fold.unpack === undefined ? (data as S) : fold.unpack(data);
}

/**
 * The chunks' states merged in file order, pairwise (1+2, 3+4, … then
 * again): merges that copy lists (such as the callback-eligible ids) copy
 * each item log2(chunks) times, not once per chunk after it.
 */
export function mergeAll<S, F extends FileName>(fold: Fold<S, F>, states: S[]): S {
  if (states.length === 0) return fold.create();
  let level = states;
  while (level.length > 1) {
    const next: S[] = [];
    for (let k = 0; k < level.length; k += 2) next.push(k + 1 < level.length ? fold.merge(level[k] as S, level[k + 1] as S) : (level[k] as S));
    level = next;
  }
  return level[0] as S;
}
