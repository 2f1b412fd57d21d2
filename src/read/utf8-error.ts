/**
 * The error of a file taken for UTF-8 that is not, with the byte where
 * decoding fails: shared by the streaming reader (decode.ts) and the chunks
 * of the parallel one (src/parallel/chunk.ts), which loads no more than this.
 */
import { InputError } from './errors.js';

/** The one-line message naming the file and the byte. */
export function notUtf8(file: string, at: number): InputError {
  return new InputError(`${file}: not valid UTF-8 (near byte ${at}); if it was saved by Excel, try --encoding gb18030`);
}

/**
 * Where UTF-8 decoding of `buf` fails: the length of its longest prefix that
 * decodes (a sequence cut at its end allowed). For the message only, so a
 * binary search over prefixes, not a decoder of our own.
 */
export function firstBadUtf8(buf: Uint8Array): number {
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
