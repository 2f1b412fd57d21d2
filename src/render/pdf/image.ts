/**
 * A figure's PNG as a pdfkit image, without pdfkit's PNG reader: png-js
 * copies the compressed data into an array byte by byte (~50 ms for the
 * report's 14 figures). For an 8-bit RGB or grey PNG, not interlaced and
 * without palette or transparency (what the charts and flattenPng give), the
 * PDF image is the PNG's IDAT data as it is, with a PNG predictor — the same
 * objects, in the same order, that pdfkit's own PNGImage writes.
 */

/** What `doc.image()` takes in place of a buffer: pdfkit calls `embed` once, then uses `obj` and `label`. */
export interface PdfImage {
  readonly width: number;
  readonly height: number;
  readonly label: string;
  obj: PDFKit.PDFKitReference | null;
  embed(doc: PDFKit.PDFDocument): void;
}

interface PngParts {
  readonly width: number;
  readonly height: number;
  readonly colors: 1 | 3;
  readonly idat: Buffer;
}

/** The parts of a PNG that can go into a PDF untouched, or null when it needs pdfkit's decoding. */
function plainPng(png: Buffer): PngParts | null {
  if (png.length < 33 || png.readUInt32BE(0) !== 0x89504e47 || png.toString('latin1', 12, 16) !== 'IHDR') return null;
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const depth = png[24];
  const colorType = png[25];
  const interlace = png[28];
  if (depth !== 8 || interlace !== 0 || (colorType !== 2 && colorType !== 0) || width === 0 || height === 0) return null;
  const idat: Buffer[] = [];
  for (let p = 8; p + 12 <= png.length; ) {
    const len = png.readUInt32BE(p);
    const type = png.toString('latin1', p + 4, p + 8);
    if (p + 12 + len > png.length) return null;
    // a palette or a transparent colour needs pdfkit's handling
    if (type === 'PLTE' || type === 'tRNS') return null;
    if (type === 'IDAT') idat.push(png.subarray(p + 8, p + 8 + len));
    if (type === 'IEND') break;
    p += 12 + len;
  }
  if (idat.length === 0) return null;
  return { width, height, colors: colorType === 2 ? 3 : 1, idat: idat.length === 1 ? (idat[0] as Buffer) : Buffer.concat(idat) };
}

/**
 * A figure's image, laid out before its PNG is there (the charts may still
 * be being drawn while the PDF is laid out): `embed`, which pdfkit calls on
 * first use, makes its PDF objects, so they are numbered in order of use;
 * `fill` writes them once the PNG has come. The objects are pdfkit's own for
 * a PNG it reads, and `fill` right after `embed` writes the same bytes.
 */
export class FigureImage implements PdfImage {
  obj: PDFKit.PDFKitReference | null = null;
  private params: PDFKit.PDFKitReference | null = null;

  /** `width`, `height`: the PNG's size as the document gives it (the PNG's own is written) */
  constructor(
    readonly width: number,
    readonly height: number,
    readonly label: string,
  ) {}

  embed(doc: PDFKit.PDFDocument): void {
    if (this.obj) return;
    // as pdfkit's PNGImage.embed for an opaque, non-interlaced PNG, in the same key order
    const obj = doc.ref({ Type: 'XObject', Subtype: 'Image', BitsPerComponent: 8, Width: this.width, Height: this.height, Filter: 'FlateDecode' });
    const params = doc.ref({ Predictor: 15, Colors: 3, BitsPerComponent: 8, Columns: this.width });
    (obj.data as Record<string, unknown>)['DecodeParms'] = params;
    this.obj = obj;
    this.params = params;
  }

  /** Writes the image's objects with this PNG (an 8-bit RGB or grey one, not interlaced: flattenPng gives that of a chart). Nothing if it was never placed. */
  fill(png: Buffer): void {
    const { obj, params } = this;
    if (obj === null || params === null) return;
    const parts = plainPng(png);
    if (parts === null) throw new Error(`figure image ${this.label}: the PNG is not 8-bit RGB or grey without transparency, which the PDF takes as it is`);
    const dict = obj.data as Record<string, unknown>;
    dict['Width'] = parts.width;
    dict['Height'] = parts.height;
    const p = params.data as Record<string, unknown>;
    p['Colors'] = parts.colors;
    p['Columns'] = parts.width;
    params.end(undefined);
    dict['ColorSpace'] = parts.colors === 3 ? 'DeviceRGB' : 'DeviceGray';
    obj.end(parts.idat);
    this.params = null;
  }
}
