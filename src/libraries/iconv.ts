/**
 * iconv-lite, loaded on first use (CommonJS: ./load.ts says why). UTF-8
 * exports (the common case) never need it, and loading it takes ~10 ms: on
 * the way to the first row, in the command line and in every reader thread.
 */
import type Iconv from 'iconv-lite';
import { requireLibrary } from './load.js';

let lib: typeof Iconv | null = null;

export function iconv(): typeof Iconv {
  return (lib ??= requireLibrary('iconv-lite') as typeof Iconv);
}
