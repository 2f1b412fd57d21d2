import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeRgbPng, rgbRows, rgbRowsBytes } from '../../src/charts/png.js';
import { pixels, sampleCanvas } from '../fixtures/canvas.js';

function chunks(png: Uint8Array): { type: string; data: Buffer }[] {
  const b = Buffer.from(png);
  const out: { type: string; data: Buffer }[] = [];
  for (let p = 8; p < b.length; ) {
    const len = b.readUInt32BE(p);
    out.push({ type: b.toString('latin1', p + 4, p + 8), data: b.subarray(p + 8, p + 8 + len) });
    p += 12 + len;
  }
  return out;
}

describe('rgbRows', () => {
  it('copies opaque pixels and lays premultiplied ones over white, each row behind a 0 filter byte', () => {
    // 2×2: opaque red, opaque (10,20,30); transparent; half-covered black (premultiplied 0,0,0,128)
    const rgba = Uint8Array.from([255, 0, 0, 255, 10, 20, 30, 255, 0, 0, 0, 0, 0, 0, 0, 128]);
    expect([...rgbRows(rgba, 2, 2)]).toEqual([0, 255, 0, 0, 10, 20, 30, 0, 255, 255, 255, 127, 127, 127]);
  });

  it('gives the same rows as the byte-at-a-time reference, white runs and odd alignment included', () => {
    // pixels drawn from a few colours, white most often, so that runs of white start and end anywhere in a row
    const pixel = fc.oneof(
      { weight: 4, arbitrary: fc.constant([255, 255, 255, 255]) },
      { weight: 1, arbitrary: fc.constant([254, 255, 255, 255]) },
      { weight: 2, arbitrary: fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)) },
    );
    const image = fc.record({ width: fc.integer({ min: 1, max: 9 }), height: fc.integer({ min: 1, max: 5 }), offset: fc.integer({ min: 0, max: 3 }) }).chain((d) =>
      fc.array(pixel, { minLength: d.width * d.height, maxLength: d.width * d.height }).map((px) => ({ ...d, bytes: px.flat() })),
    );
    fc.assert(
      fc.property(image, ({ width, height, offset, bytes }) => {
        // offset 0 is word-aligned (the fast path), others take the byte path
        const rgba = new Uint8Array(new ArrayBuffer(bytes.length + 4), offset, bytes.length);
        rgba.set(bytes);
        expect([...rgbRows(rgba, width, height)]).toEqual([...rgbRowsBytes(rgba, width, height)]);
      }),
      { numRuns: 400 },
    );
  });
});

describe('encodeRgbPng', () => {
  it('gives an RGB PNG with the canvas pixels, 200 dpi and the text chunks, the same bytes every time', async () => {
    const c = sampleCanvas({ ground: true, translucent: false });
    const ctx = c.getContext('2d');
    const meta = { dpi: 200, title: '图1 标题', description: '说明' };
    const png = await encodeRgbPng(c.data(), 64, 40, meta);
    expect(Buffer.from(png).equals(Buffer.from(await encodeRgbPng(c.data(), 64, 40, meta)))).toBe(true);
    const list = chunks(png);
    expect(list.map((k) => k.type)).toEqual(['IHDR', 'sRGB', 'pHYs', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(list[0]!.data[9]).toBe(2); // truecolour, no alpha
    expect(list[2]!.data.readUInt32BE(0)).toBe(7874); // 200 dpi in pixels per metre
    expect(list[3]!.data.toString('utf8')).toBe('Title\0\0\0\0\0图1 标题');
    // what a decoder reads back is what the canvas holds
    expect([...(await pixels(png, 64, 40))]).toEqual([...ctx.getImageData(0, 0, 64, 40).data]);
  });
});
