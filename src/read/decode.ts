/**
 * Bytes of an export → text chunks, with the encoding detected on the way.
 *
 * Detection (no `--encoding`): a UTF-8 BOM means UTF-8, a UTF-16 BOM means
 * UTF-16, and so does text whose every other byte is mostly NUL (UTF-16
 * without a BOM: see bomlessUtf16). Otherwise, while every byte seen is ASCII nothing needs deciding
 * (ASCII reads the same in UTF-8 and GB18030); at the first non-ASCII chunk,
 * if it is UTF-8 (valid, or but for a few bytes: see looksUtf8) the file is
 * UTF-8, else GB18030 (what Excel on a Chinese Windows writes; GBK is a
 * subset). So the decision is made on real Chinese text even when the header
 * is in English. A file detected as UTF-8 that holds invalid UTF-8 stops with
 * an InputError suggesting `--encoding gb18030`.
 */
import { createReadStream } from 'node:fs';
import { isAscii } from 'node:buffer';
import { iconv } from '../libraries/iconv.js';
import { InputError } from './errors.js';
import { firstBadUtf8, notUtf8 } from './utf8-error.js';
import { UsageError } from '../cli/errors.js';

/** bytes per read; the parallel reader detects the encoding on windows of this size too */
export const CHUNK = 1 << 20;

interface Decoder {
  write(buf: Buffer): string;
  end(): string;
}

function utf8Decoder(file: string, offset: () => number): Decoder {
  const td = new TextDecoder('utf-8', { fatal: true });
  const run = (f: () => string, buf?: Buffer): string => {
    try {
      return f();
    } catch {
      throw notUtf8(file, offset() + (buf === undefined ? 0 : firstBadUtf8(buf)));
    }
  };
  return {
    write: (buf) => run(() => td.decode(buf, { stream: true }), buf),
    end: () => run(() => td.decode()),
  };
}

function iconvDecoder(encoding: string): Decoder {
  const d = iconv().getDecoder(encoding);
  return { write: (buf) => d.write(buf), end: () => d.end() ?? '' };
}

export function isUtf8Encoding(enc: string): boolean {
  const e = enc.toLowerCase().replace(/[-_]/g, '');
  return e === 'utf8' || e === 'utf8bom';
}

/** Checks an `--encoding` value early: a bad name is a usage error. */
export function checkEncoding(encoding: string): void {
  if (!isUtf8Encoding(encoding) && !iconv().encodingExists(encoding)) {
    throw new UsageError(`--encoding "${encoding}" is not an encoding this tool knows (try utf-8, gb18030, gbk)`);
  }
}

/** Text chunks of the file. Throws InputError for an unusable file. */
export async function* decodeFile(path: string, file: string, encoding?: string): AsyncGenerator<string> {
  if (encoding !== undefined) checkEncoding(encoding);
  let decoder: Decoder | null = null;
  let bytes = 0;
  let first = true;
  let sawText = false;
  const offset = (): number => bytes;
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const buf = chunk;
      if (first) {
        first = false;
        sniffBinary(buf, file, encoding);
        if (encoding !== undefined) {
          decoder = isUtf8Encoding(encoding) ? utf8Decoder(file, offset) : iconvDecoder(encoding);
        } else if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
          decoder = utf8Decoder(file, offset);
        } else if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
          decoder = iconvDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be');
        } else {
          const wide = bomlessUtf16(buf);
          if (wide !== null) decoder = iconvDecoder(wide);
        }
      }
      let text: string;
      if (decoder !== null) {
        text = decoder.write(buf);
      } else if (isAscii(buf)) {
        text = buf.toString('latin1'); // ASCII: same text in every candidate encoding
      } else {
        decoder = looksUtf8(buf) ? utf8Decoder(file, offset) : iconvDecoder('gb18030');
        text = decoder.write(buf);
      }
      bytes += buf.length;
      if (text.length > 0) {
        if (!sawText && text.trim() !== '') sawText = true;
        yield text;
      }
    }
  } catch (err) {
    if (err instanceof InputError || err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot be read (${code ?? (err as Error).message})`);
  } finally {
    stream.destroy();
  }
  if (decoder !== null) {
    const rest = decoder.end();
    if (rest.length > 0) {
      if (rest.trim() !== '') sawText = true;
      yield rest;
    }
  }
  if (!sawText) throw new InputError(`${file}: empty file (no header row)`);
}

/**
 * The bytes are UTF-8: valid (allowing a multi-byte sequence cut at the
 * chunk's end), or with a few invalid bytes among many good characters (a
 * cell cut mid-character by the exporting system), which the UTF-8 decoder
 * then stops at with its one-line message, where reading the file as GB18030
 * would have turned every Chinese value into nonsense and skipped every row.
 * GB18030 text read as UTF-8 is invalid at nearly every character (4–6
 * invalid sequences per valid one in exports), so it is never taken for UTF-8.
 */
export function looksUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf, { stream: true });
    return true;
  } catch {
    const text = new TextDecoder('utf-8').decode(buf);
    let good = 0;
    let bad = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0xfffd) bad++;
      else if (c > 0x7f) good++;
    }
    return good >= 10 * bad;
  }
}

/** An encoding of 2 or 4 bytes a character (`--encoding utf-16le`), whose ASCII text is half or more NUL bytes. */
export function isWideEncoding(enc: string): boolean {
  return /^(utf(16|32)(le|be)?|ucs(2|4))$/.test(enc.toLowerCase().replace(/[-_]/g, ''));
}

/**
 * UTF-16 text without a byte-order mark (what some tools write for
 * "Unicode text"): in its first 8 KB, a quarter or more of the 2-byte units
 * are ASCII text (a NUL byte beside a printable character, a tab or a line
 * end: digits, commas, line ends), hardly any are a NUL beside a control
 * character, and the other byte order shows few such NULs (a few CJK
 * characters, U+4E00 and the like, have one). Binary content has control
 * bytes beside its NULs. null when it is not UTF-16.
 */
export function bomlessUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 8192) >> 1;
  if (n < 2) return null;
  const side = (hi: number): { text: number; control: number; nul: number } => {
    let text = 0;
    let control = 0;
    let nul = 0;
    for (let i = 0; i < n; i++) {
      const h = buf[2 * i + hi] as number;
      const l = buf[2 * i + 1 - hi] as number;
      if (l === 0) nul++;
      if (h !== 0) continue;
      if ((l >= 0x20 && l < 0x7f) || l === 0x09 || l === 0x0a || l === 0x0d) text++;
      else control++;
    }
    return { text, control, nul };
  };
  const le = side(1);
  const be = side(0);
  // le.nul counts NUL low bytes, which in UTF-16BE are the high bytes of ASCII, and the reverse
  if (le.text * 4 >= n && le.control * 16 <= le.text && le.nul * 8 <= le.text) return 'utf-16le';
  if (be.text * 4 >= n && be.control * 16 <= be.text && be.nul * 8 <= be.text) return 'utf-16be';
  return null;
}

/**
 * Throws InputError for a workbook or binary file (looks at the first
 * bytes). NUL bytes are expected in UTF-16 (a BOM, `--encoding utf-16le`, or
 * the shape of bomlessUtf16), so they mean binary only otherwise, and then
 * only where a CSV cannot hold them: in its first line (a header, or a title
 * above it), or as many as binary content has (1 byte in 64). A stray NUL in
 * a cell is the cell's problem, told with its line (as `\0`) like any bad
 * value, wherever it stands in the file.
 */
export function sniffBinary(buf: Buffer, file: string, encoding?: string): void {
  if (buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) {
    throw new InputError(`${file}: is a zip/Excel workbook, not CSV (save it as CSV UTF-8)`);
  }
  if (buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0) {
    throw new InputError(`${file}: is an old Excel .xls workbook, not CSV (save it as CSV UTF-8)`);
  }
  const utf16 = (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff);
  const wide = utf16 || (encoding !== undefined ? isWideEncoding(encoding) : bomlessUtf16(buf) !== null);
  if (wide) return;
  const sample = buf.subarray(0, 8192);
  const lf = sample.indexOf(0x0a);
  let nuls = 0;
  for (let i = sample.indexOf(0); i !== -1; i = sample.indexOf(0, i + 1)) nuls++;
  if (sample.subarray(0, lf === -1 ? sample.length : lf).includes(0) || nuls * 64 >= sample.length) {
    throw new InputError(`${file}: not a CSV file (binary content)`);
  }
}
