/**
 * The nearest known name to one a user wrote: a mistyped column in the
 * config (`start_tme` → `start_time`), the header of a file that most looks
 * like a missing column (`来电时间` → `呼入时间`). Names are a few characters,
 * candidates a few dozen: a quadratic edit distance costs nothing here, so
 * no library is pulled in for it.
 *
 * Two measures, the better one counts: the edit distance (typos in Latin
 * names), and the characters shared in any order (Chinese headers, where
 * the platform's wording differs but `时间`, `类别` stay).
 */
import { levenshtein } from '../libraries/levenshtein.js';
import { normalizeHeader } from './headers.js';

/** Below this similarity (0…1) nothing is proposed: a far guess misleads more than none. */
const THRESHOLD = 0.4;

/**
 * The candidate most like one of `names` (several spellings of one thing,
 * e.g. a column's key and its Chinese header), or null when none is close.
 * Ties go to the earlier candidate.
 */
export function closest(names: readonly string[], candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = THRESHOLD;
  for (const c of candidates) {
    const s = likeness(names, c);
    if (s > bestScore || (s === bestScore && best === null)) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

/**
 * Pairs each of `wanted` (several spellings each) with the candidate most
 * like it, each candidate given once, the likest pairs first: two missing
 * columns are not both sent to the same header. Indexes of `wanted` → the
 * candidate; left out when none is close.
 */
export function closestPairs(wanted: readonly (readonly string[])[], candidates: readonly string[]): Map<number, string> {
  const pairs: { w: number; c: number; s: number }[] = [];
  wanted.forEach((names, w) => candidates.forEach((cand, c) => {
    const s = likeness(names, cand);
    if (s >= THRESHOLD) pairs.push({ w, c, s });
  }));
  pairs.sort((a, b) => b.s - a.s || a.w - b.w || a.c - b.c);
  const out = new Map<number, string>();
  const taken = new Set<number>();
  for (const { w, c } of pairs) {
    if (out.has(w) || taken.has(c)) continue;
    out.set(w, candidates[c] as string);
    taken.add(c);
  }
  return out;
}

/** How much `candidate` looks like the best of `names` (0…1). */
function likeness(names: readonly string[], candidate: string): number {
  const cn = normalizeHeader(candidate);
  if (cn === '') return 0;
  let best = 0;
  for (const n of names) best = Math.max(best, similarity(normalizeHeader(n), cn));
  return best;
}

/** 0 (nothing alike) … 1 (the same), on normalized names. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a === '' || b === '') return 0;
  const ca = [...a];
  const cb = [...b];
  const edit = 1 - levenshtein().distance(a, b) / Math.max(a.length, b.length);
  return Math.max(edit, shared(ca, cb));
}

/** Dice coefficient of the two names' characters, as multisets. */
function shared(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of b) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      common++;
      counts.set(c, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
