import type * as FastestLevenshtein from 'fastest-levenshtein';
import { requireLibrary } from './load.js';

/** fastest-levenshtein, its CommonJS build (./load.ts says why); loaded at the first "did you mean", not with the module */
export function levenshtein(): typeof FastestLevenshtein {
  return requireLibrary('fastest-levenshtein') as typeof FastestLevenshtein;
}
