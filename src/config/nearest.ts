/**
 * "Did you mean": the known names nearest to one that matched none, by edit
 * distance (fastest-levenshtein), nearest first, ties in the order given.
 */
import { levenshtein } from '../libraries/levenshtein.js';

export function nearestNames(name: string, known: readonly string[], count = 3): string[] {
  const { distance } = levenshtein();
  return known
    .map((k, i) => ({ k, i, d: distance(name, k) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, count)
    .map((x) => x.k);
}
