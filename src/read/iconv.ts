/**
 * iconv-lite, loaded on first use. UTF-8 exports (the common case) never
 * need it, and loading it takes ~10 ms: on the way to the first row, in the
 * command line and in every reader thread.
 */
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

let lib: typeof Iconv | null = null;

export function iconv(): typeof Iconv {
  return (lib ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv);
}
