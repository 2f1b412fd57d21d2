import { createCanvas } from '@napi-rs/canvas';
// the build the renderer loads (src/libraries), with the fontkit its fonts come from
import { PDFDocument } from '../../src/libraries/pdfkit.js';
import { describe, expect, it } from 'vitest';
import { encodeRgbPng } from '../../src/charts/png.js';
import { FigureImage } from '../../src/render/pdf/image.js';

async function rgbPng(): Promise<Buffer> {
  const c = createCanvas(40, 20);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 40, 20);
  ctx.fillStyle = '#c00';
  ctx.fillRect(5, 5, 10, 10);
  return Buffer.from(await encodeRgbPng(c.data(), 40, 20, { dpi: 200, title: '', description: '' }));
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
}

function newDoc(): PDFKit.PDFDocument {
  return new PDFDocument({ compress: false, info: { CreationDate: new Date(0) } });
}

/** pdfkit reading the PNG itself */
function pdfkitPdf(png: Buffer): Promise<Buffer> {
  const doc = newDoc();
  const done = collect(doc);
  doc.image(png, 10, 10, { width: 40, height: 20 });
  doc.end();
  return done;
}

/** our figure image, placed now and filled `later` (after more pages) or at once */
function oursPdf(png: Buffer, later: boolean): Promise<Buffer> {
  const doc = newDoc();
  const done = collect(doc);
  const img = new FigureImage(40, 20, 'I1');
  doc.image(img as unknown as Buffer, 10, 10, { width: 40, height: 20 });
  if (later) doc.addPage().text('after the figure');
  img.fill(png);
  doc.end();
  return done;
}

describe('FigureImage', () => {
  it('writes what pdfkit writes for an RGB PNG, when filled at once', async () => {
    const png = await rgbPng();
    expect((await oursPdf(png, false)).equals(await pdfkitPdf(png))).toBe(true);
  });

  it('writes its image objects when filled after the layout went on', async () => {
    const png = await rgbPng();
    const pdf = (await oursPdf(png, true)).toString('latin1');
    // the image dictionary, its predictor parameters, and the page that shows it
    expect(pdf).toMatch(/\/Subtype \/Image[\s\S]*\/Width 40[\s\S]*\/Height 20/);
    expect(pdf).toMatch(/\/Predictor 15\s*\/Colors 3/);
    expect(pdf).toMatch(/\/XObject <<\s*\/I1 \d+ 0 R/);
    expect(pdf).toContain('/ColorSpace /DeviceRGB');
  });

  it('refuses a PNG the PDF cannot take as it is (with alpha, or not a PNG)', () => {
    const c = createCanvas(4, 4);
    const doc = newDoc();
    for (const png of [c.toBuffer('image/png'), Buffer.from([1, 2, 3])]) {
      const img = new FigureImage(4, 4, 'I1');
      img.embed(doc);
      expect(() => img.fill(png)).toThrow(/not 8-bit RGB or grey/);
    }
  });
});
