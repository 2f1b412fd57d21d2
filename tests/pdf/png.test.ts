import { describe, expect, it } from 'vitest';
import { flattenPng } from '../../src/render/pdf/png.js';
import { pixels, sampleCanvas } from '../fixtures/canvas.js';

/** A small RGBA PNG: white ground, coloured shapes, and (optionally) a half-transparent corner. */
function makePng(translucent: boolean): Uint8Array {
  return sampleCanvas({ ground: !translucent, translucent: true }).toBuffer('image/png');
}

describe('flattenPng', () => {
  it('turns an opaque RGBA PNG into an RGB one with the same pixels', async () => {
    const src = makePng(false);
    expect(src[25]).toBe(6);
    const out = await flattenPng(src);
    expect(out[25]).toBe(2);
    const a = await pixels(src, 64, 40);
    const b = await pixels(out, 64, 40);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it('lays a translucent PNG over white', async () => {
    const src = makePng(true);
    const out = await flattenPng(src);
    expect(out[25]).toBe(2);
    const a = await pixels(src, 64, 40);
    const b = await pixels(out, 64, 40);
    for (let i = 0; i < a.length; i += 4) {
      const alpha = (a[i + 3] as number) / 255;
      for (let c = 0; c < 3; c++) {
        // canvas keeps premultiplied colour: allow a step or two of rounding
        expect(Math.abs((b[i + c] as number) - ((a[i + c] as number) * alpha + 255 * (1 - alpha)))).toBeLessThanOrEqual(2);
      }
      expect(b[i + 3]).toBe(255);
    }
  });

  it('passes other PNGs and non-PNG bytes through', async () => {
    const notPng = new Uint8Array([1, 2, 3]);
    expect([...(await flattenPng(notPng))]).toEqual([1, 2, 3]);
    const rgb = await flattenPng(makePng(false));
    expect((await flattenPng(rgb)).equals(rgb)).toBe(true);
  });
});
