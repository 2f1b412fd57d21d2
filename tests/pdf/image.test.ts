import { createCanvas } from '@napi-rs/canvas';
// the build the renderer loads (src/libraries), with the fontkit its fonts come from
import { PDFDocument } from '../../src/libraries/pdfkit.js';
import { describe, expect, it } from 'vitest';
import { encodeRgbPng } from '../../src/charts/png.js';
import { pdfImage } from '../../src/render/pdf/image.js';

async function rgbPng(): Promise<Buffer> {
  const c = createCanvas(40, 20);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 40, 20);
  ctx.fillStyle = '#c00';
  ctx.fillRect(5, 5, 10, 10);
  return Buffer.from(await encodeRgbPng(c.data(), 40, 20, { dpi: 200, title: '', description: '' }));
}

function pdfWith(src: Parameters<PDFKit.PDFDocument['image']>[0]): Promise<Buffer> {
  const doc = new PDFDocument({ compress: false, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.image(src, 10, 10, { width: 40, height: 20 });
  doc.end();
  return done;
}

describe('pdfImage', () => {
  it('embeds an RGB PNG as pdfkit does, but for the label', async () => {
    const png = await rgbPng();
    const ours = pdfImage(png, 'I1');
    expect(Buffer.isBuffer(ours)).toBe(false);
    const a = await pdfWith(ours as unknown as Buffer);
    const b = await pdfWith(png);
    expect(a.equals(b)).toBe(true);
  });

  it('leaves any other PNG (with alpha, or not a PNG) to pdfkit', () => {
    const c = createCanvas(4, 4);
    const rgba = c.toBuffer('image/png');
    expect(pdfImage(rgba, 'I1')).toBe(rgba);
    const junk = Buffer.from([1, 2, 3]);
    expect(pdfImage(junk, 'I1')).toBe(junk);
  });
});
