/**
 * fontkit's TrueType subsetter, without decoding the outlines it copies.
 *
 * To put a glyph in a subset, fontkit's TTFSubset._addGlyph decodes it
 * whole (every point of every contour, an object each) only to learn whether
 * it is a composite glyph, whose component ids it must renumber; a simple
 * glyph's bytes are then copied as they are. The report's CJK glyphs are all
 * simple: decoding ~1,000 of them was ~20 ms of the PDF, the last thing the
 * report waits for. This _addGlyph reads the glyph's contour count from its
 * first two bytes and decodes only composite glyphs (and, as fontkit does,
 * glyphs of a variable font); otherwise it is fontkit's, and writes the same
 * bytes (a test compares the two on the shipped fonts).
 *
 * The method is replaced on the subset class of the fontkit build that
 * pdfkit uses (src/libraries/fontkit.ts), found through a font's
 * createSubset(): fontkit does not export it. A build whose subset class
 * does not look like the one this was written for is left alone.
 */

/** The parts of fontkit's TTFSubset this touches (fontkit ships no types). */
interface TtfSubset {
  font: SubsetFont;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(gid: number): number;
  glyphEncoder: { encodeSimple(path: unknown, instructions: unknown): Uint8Array };
  _addGlyph(gid: number): number;
}

interface SubsetFont {
  loca: { offsets: number[] };
  _variationProcessor: unknown;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  getGlyph(gid: number): {
    advanceWidth: number;
    path: unknown;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[]; instructions?: unknown } | null;
    _getMetrics(): { leftBearing: number };
  };
}

const patched = new WeakSet<object>();

/**
 * Replaces _addGlyph on the subset class of `font` (a fontkit font), once per
 * class; true when this class now has it. Fonts that are not TrueType (CFF
 * subsets have no _addGlyph of this kind) are left alone.
 */
export function fastSubsets(font: { createSubset(): unknown }): boolean {
  const proto = Object.getPrototypeOf(font.createSubset()) as Partial<TtfSubset> | null;
  if (proto === null) return false;
  if (patched.has(proto)) return true;
  if (typeof proto._addGlyph !== 'function' || !proto._addGlyph.toString().includes('glyph._decode()')) return false;
  proto._addGlyph = addGlyph;
  patched.add(proto);
  return true;
}

/** fontkit's TTFSubset._addGlyph, decoding a glyph only when it must. */
function addGlyph(this: TtfSubset, gid: number): number {
  const glyph = this.font.getGlyph(gid);
  // get the offset to the glyph from the loca table
  const curOffset = this.font.loca.offsets[gid] as number;
  const nextOffset = this.font.loca.offsets[gid + 1] as number;
  const stream = this.font._getTableStream('glyf');
  stream.pos += curOffset;
  let buffer = stream.readBuffer(nextOffset - curOffset);
  // numberOfContours, the glyph header's first field (int16): < 0 for a composite glyph; no bytes for an empty one
  const contours = buffer.length >= 2 ? ((buffer[0] as number) << 24) >> 16 | (buffer[1] as number) : 0;
  if (buffer.length > 0 && (contours < 0 || Boolean(this.font._variationProcessor))) {
    const glyf = glyph._decode();
    if (glyf && glyf.numberOfContours < 0) {
      // a compound glyph: include its components
      buffer = new Uint8Array(buffer);
      const view = new DataView(buffer.buffer);
      for (const component of glyf.components ?? []) {
        gid = this.includeGlyph(component.glyphID);
        view.setUint16(component.pos, gid);
      }
    } else if (glyf && this.font._variationProcessor) {
      // a TrueType variation glyph: its path encoded again
      buffer = this.glyphEncoder.encodeSimple(glyph.path, glyf.instructions);
    }
  }
  this.glyf.push(buffer);
  this.loca.offsets.push(this.offset);
  this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
  this.offset += buffer.length;
  return this.glyf.length - 1;
}
