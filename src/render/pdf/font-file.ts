import { existsSync, readFileSync } from 'node:fs';
import { fontkit as fontkitLib } from '../../libraries/fontkit.js';
import { FontError } from './font-error.js';

/**
 * The little of fontkit we use (it ships no types): which characters a font
 * has, asked per character, and its vertical metrics. Fonts are opened once
 * per process and kept (the shipped CJK TTFs are 2.5–3.5 MB). pdfkit gets
 * the file's bytes and parses a font of its own for each PDF: fontkit's glyph
 * objects remember the first code point they were asked for, and pdfkit
 * writes those into the PDF's ToUnicode map, so a font shared between PDFs
 * would make a PDF's bytes depend on the PDFs before it (∕ and ／, · • and ・
 * share glyphs in the shipped fonts).
 */
interface FontkitFont {
  readonly postscriptName: string | null;
  hasGlyphForCodePoint(codePoint: number): boolean;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
}

interface FontkitCollection {
  readonly fonts: readonly FontkitFont[];
}

// fontkit's CommonJS build, the one pdfkit's CommonJS build requires: another
// build would be a second copy of fontkit and its dependencies in the process
// (~0.1 s of loading)
const fontkit = { create: fontkitLib.create as (buffer: Uint8Array) => FontkitFont | FontkitCollection };

/** One face of a font file, ready to hand to pdfkit and to ask about glyphs. */
export interface FontFace {
  /** where it came from, for messages */
  readonly label: string;
  /** the font file, which pdfkit embeds */
  readonly bytes: Buffer;
  /** postscript name of the face inside a collection (TTC), for pdfkit */
  readonly family: string | undefined;
  /** ascent and descent per point of font size */
  readonly ascent: number;
  readonly descent: number;
  has(codePoint: number): boolean;
}


const loaded = new Map<string, FontFace>();

/**
 * Opens a TTF/OTF, or one face of a TTC: `path#PostScriptName` picks a face,
 * a bare TTC path takes its first face. WOFF2 is not accepted (pdfkit cannot
 * embed it); WOFF works but subsets ~100× slower, so callers prefer TTF.
 */
export function openFontFace(spec: string): FontFace {
  const known = loaded.get(spec);
  if (known) return known;
  // `path#Name` picks a face of a collection; a path that itself holds `#` still works
  const hash = spec.lastIndexOf('#');
  const split = hash > 0 && !existsSync(spec);
  const path = split ? spec.slice(0, hash) : spec;
  const wanted = split ? spec.slice(hash + 1) : undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new FontError(`PDF font ${path} cannot be read`);
  }
  const magic = bytes.toString('latin1', 0, 4);
  if (magic === 'wOF2') throw new FontError(`PDF font ${path} is WOFF2, which cannot be embedded; use a TTF or OTF`);
  const isCollection = magic === 'ttcf';
  let opened: FontkitFont | FontkitCollection;
  try {
    opened = fontkit.create(bytes);
  } catch {
    throw new FontError(`PDF font ${path} is not a TTF, OTF or TTC font`);
  }
  let font: FontkitFont | undefined;
  if (isCollection && 'fonts' in opened) {
    const faces = opened.fonts;
    font = wanted === undefined ? faces[0] : faces.find((f) => f.postscriptName === wanted);
    if (!font) {
      const names = faces.map((f) => f.postscriptName).join(', ');
      throw new FontError(`PDF font ${path} has no face named ${wanted ?? '(any)'} (it has: ${names})`);
    }
  } else if (!('fonts' in opened)) {
    font = opened;
  }
  if (!font || typeof font.hasGlyphForCodePoint !== 'function') throw new FontError(`PDF font ${path} is not a TTF, OTF or TTC font`);
  const family = isCollection ? (font.postscriptName ?? undefined) : undefined;
  const glyphs = new Map<number, boolean>();
  const f = font;
  const face: FontFace = {
    label: wanted ? `${path}#${wanted}` : path,
    bytes,
    family,
    ascent: f.ascent / f.unitsPerEm,
    descent: f.descent / f.unitsPerEm,
    has(cp: number): boolean {
      let yes = glyphs.get(cp);
      if (yes === undefined) {
        yes = f.hasGlyphForCodePoint(cp);
        glyphs.set(cp, yes);
      }
      return yes;
    },
  };
  loaded.set(spec, face);
  return face;
}
