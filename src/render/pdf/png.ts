import { promisify } from 'node:util';
import { deflate, inflate } from 'node:zlib';

const inflateAsync = promisify(inflate);
const deflateAsync = promisify(deflate);

/**
 * Charts arrive as PNGs, usually RGBA (what canvas encodes). pdfkit embeds an
 * RGB PNG as it is (the compressed rows go into the PDF untouched), but an
 * RGBA one it decodes, splits into colour + alpha, and deflates twice, in an
 * asynchronous callback whose order of completion changes the PDF's object
 * numbers — slow, and the bytes differ between runs. So an 8-bit RGBA or
 * grey+alpha PNG is flattened here onto white paper (what the page shows
 * anyway) and re-encoded as RGB/grey, before layout starts. Anything else passes
 * through unchanged.
 */
export async function flattenPng(png: Uint8Array): Promise<Buffer> {
  const src = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (src.length < 33 || src.readUInt32BE(0) !== 0x89504e47) return src;
  const width = src.readUInt32BE(16);
  const height = src.readUInt32BE(20);
  const depth = src[24];
  const colorType = src[25];
  const interlace = src[28];
  if (depth !== 8 || interlace !== 0 || (colorType !== 6 && colorType !== 4)) return src;
  const idat: Buffer[] = [];
  for (let p = 8; p + 8 <= src.length; ) {
    const len = src.readUInt32BE(p);
    const type = src.toString('latin1', p + 4, p + 8);
    if (type === 'IDAT') idat.push(src.subarray(p + 8, p + 8 + len));
    if (type === 'IEND') break;
    p += 12 + len;
  }
  let raw: Buffer;
  try {
    // zlib runs on the thread pool: the figures of a report inflate/deflate in parallel
    raw = await inflateAsync(Buffer.concat(idat));
  } catch {
    return src;
  }
  const bpp = colorType === 6 ? 4 : 2;
  if (raw.length < height * (width * bpp + 1)) return src;
  const out = composite(raw, width, height, bpp);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType === 6 ? 2 : 0;
  return Buffer.concat([src.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', await deflateAsync(out, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * RGBA/grey+alpha rows → RGB/grey rows. PNG filters predict each byte from
 * the same channel of the neighbouring pixels, so the alpha channel can be
 * reconstructed on its own; when it is opaque everywhere (a chart drawn on a
 * white ground), the colour bytes can be kept still filtered, with each row's
 * filter byte, just without the alpha bytes — no unfiltering of the colour at
 * all. Otherwise rows are unfiltered and laid over white.
 */
function composite(rawBuf: Buffer, width: number, height: number, bpp: number): Buffer {
  // plain Uint8Array views: mixing Buffer and Uint8Array in these loops makes V8's element access polymorphic (slow)
  const raw = new Uint8Array(rawBuf.buffer, rawBuf.byteOffset, rawBuf.byteLength);
  const colors = bpp - 1;
  const stride = width * bpp;
  const outStride = width * colors;
  const outBuf = Buffer.allocUnsafe(height * (outStride + 1));
  const out = new Uint8Array(outBuf.buffer, outBuf.byteOffset, outBuf.byteLength);
  if (alphaOpaque(raw, width, height, bpp)) {
    for (let y = 0; y < height; y++) {
      let i = y * (stride + 1);
      let o = y * (outStride + 1);
      out[o++] = raw[i++] as number;
      const end = i + stride;
      if (bpp === 4) {
        for (; i < end; i += 4) {
          out[o] = raw[i] as number;
          out[o + 1] = raw[i + 1] as number;
          out[o + 2] = raw[i + 2] as number;
          o += 3;
        }
      } else {
        for (; i < end; i += 2) out[o++] = raw[i] as number;
      }
    }
    return outBuf;
  }
  let prev = new Uint8Array(stride);
  let cur = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const at = y * (stride + 1);
    unfilter(raw[at] as number, raw.subarray(at + 1, at + 1 + stride), prev, cur, bpp);
    let o = y * (outStride + 1);
    out[o++] = 0; // filter: none
    for (let i = 0; i < stride; i += bpp) {
      const a = cur[i + colors] as number;
      // c' = c·a + 255·(1 − a), rounded
      for (let c = 0; c < colors; c++) out[o++] = a === 255 ? (cur[i + c] as number) : ((cur[i + c] as number) * a + 255 * (255 - a) + 127) / 255;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return outBuf;
}

/** Reconstructs only the alpha channel (the last byte of each pixel) and says whether it is 255 throughout. */
function alphaOpaque(raw: Uint8Array, width: number, height: number, bpp: number): boolean {
  let prev = new Uint8Array(width);
  let cur = new Uint8Array(width);
  const stride = width * bpp;
  for (let y = 0; y < height; y++) {
    const at = y * (stride + 1);
    const filter = raw[at] as number;
    const base = at + bpp; // alpha byte of pixel 0 is at at + 1 + (bpp - 1)
    for (let x = 0; x < width; x++) {
      const f = raw[base + x * bpp] as number;
      const left = x > 0 ? (cur[x - 1] as number) : 0;
      const up = prev[x] as number;
      let v: number;
      if (filter === 0) v = f;
      else if (filter === 1) v = (f + left) & 255;
      else if (filter === 2) v = (f + up) & 255;
      else if (filter === 3) v = (f + ((left + up) >> 1)) & 255;
      else {
        const c = x > 0 ? (prev[x - 1] as number) : 0;
        const p = left + up - c;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - c);
        v = (f + (pa <= pb && pa <= pc ? left : pb <= pc ? up : c)) & 255;
      }
      if (v !== 255) return false;
      cur[x] = v;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return true;
}

function unfilter(filter: number, row: Uint8Array, prev: Uint8Array, cur: Uint8Array, bpp: number): void {
  const n = row.length;
  switch (filter) {
    case 0:
      cur.set(row);
      break;
    case 1:
      for (let i = 0; i < n; i++) cur[i] = ((row[i] as number) + (i >= bpp ? (cur[i - bpp] as number) : 0)) & 255;
      break;
    case 2:
      for (let i = 0; i < n; i++) cur[i] = ((row[i] as number) + (prev[i] as number)) & 255;
      break;
    case 3:
      for (let i = 0; i < n; i++) cur[i] = ((row[i] as number) + (((i >= bpp ? (cur[i - bpp] as number) : 0) + (prev[i] as number)) >> 1)) & 255;
      break;
    case 4:
      for (let i = 0; i < n; i++) {
        const a = i >= bpp ? (cur[i - bpp] as number) : 0;
        const b = prev[i] as number;
        const c = i >= bpp ? (prev[i - bpp] as number) : 0;
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        cur[i] = ((row[i] as number) + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 255;
      }
      break;
    default:
      cur.set(row);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 of a PNG chunk (zlib.crc32 needs Node ≥ 20.15) */
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 255] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
