/**
 * Row boundaries in raw bytes, so the file can be cut into chunks of whole
 * rows without decoding it first.
 *
 * RFC 4180: a `"` toggles the in-quotes state; a line feed outside quotes
 * ends a row. Scanning from a row boundary (the start of the file, or the
 * end of the previous chunk) this is exact. It is safe on raw bytes in UTF-8
 * (every byte of a multi-byte sequence is ≥ 0x80) and in GB18030/GBK (trail
 * bytes are 0x30–0x39 or 0x40–0xFE without 0x7F, never 0x22 or 0x0A); not in
 * UTF-16, which the parallel reader leaves to the single-thread one.
 *
 * Lenient inputs where a quote sits inside an unquoted field (`5" screen`)
 * make this toggle disagree with the scanner; the worker notices (its scanner
 * is left mid-row at the chunk's end) and the reader starts over on one
 * thread.
 *
 * Searches use Buffer.indexOf (native memchr) rather than a byte loop.
 */

const QUOTE = 0x22;
const LF = 0x0a;

/** Number of `"` bytes in buf[from, to). */
function countQuotes(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = buf.indexOf(QUOTE, from); i !== -1 && i < to; i = buf.indexOf(QUOTE, i + 1)) n++;
  return n;
}

/**
 * The end (index after its line feed) of the last complete row in
 * buf[0, len), buf[0] being the start of a row; -1 when no row ends there.
 * Walks back from the end over line feeds and quotes alike, each met once
 * (a search for the next quote from each line feed would run to the end of
 * the buffer on every line when quotes are few: quadratic).
 */
export function lastRowEnd(buf: Buffer, len: number): number {
  const view = len === buf.length ? buf : buf.subarray(0, len);
  let parity = countQuotes(view, 0, len) & 1; // in quotes at len?
  // (lastIndexOf takes a negative offset as counted from the end: 0 is the last place looked at)
  let q = len === 0 ? -1 : view.lastIndexOf(QUOTE, len - 1);
  for (let nl = len === 0 ? -1 : view.lastIndexOf(LF, len - 1); nl !== -1; nl = nl === 0 ? -1 : view.lastIndexOf(LF, nl - 1)) {
    // the quotes after this line feed toggle the state back to it
    while (q > nl) {
      parity ^= 1;
      q = q === 0 ? -1 : view.lastIndexOf(QUOTE, q - 1);
    }
    if (parity === 0) return nl + 1;
  }
  return -1;
}

/** The end (index after its line feed) of the first row starting at `from`; -1 when it does not end before `len`. */
export function firstRowEnd(buf: Buffer, from: number, len: number): number {
  let inQuotes = false;
  let p = from;
  // the next quote at or after p (len: none), searched again only once passed
  let q = -1;
  for (;;) {
    const nl = buf.indexOf(LF, p);
    if (nl === -1 || nl >= len) return -1;
    if (q < p) {
      q = buf.indexOf(QUOTE, p);
      if (q === -1 || q > len) q = len;
    }
    if (q < nl) {
      inQuotes = !inQuotes;
      p = q + 1;
      continue;
    }
    if (!inQuotes) return nl + 1;
    p = nl + 1;
  }
}

/** Number of line feeds in buf[from, to): the physical lines a chunk spans. */
export function countLines(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = buf.indexOf(LF, from); i !== -1 && i < to; i = buf.indexOf(LF, i + 1)) n++;
  return n;
}
