/**
 * fontkit's text layout, skipped where it would change nothing.
 *
 * pdfkit shapes every string it measures or draws with fontkit's OpenType
 * engine (GSUB substitutions, GPOS kerning and mark placement). A report's
 * lines are long runs of ideographs with no space in them, so pdfkit's
 * per-word cache never hits, and shaping them was the largest part of laying
 * out the PDF. For most of these strings shaping is the identity: each
 * character's glyph, at its advance width.
 *
 * When that holds is read off the font, not assumed: a lookup of a feature
 * that fontkit applies by default can only start at a glyph in its (first)
 * coverage — a single or ligature substitution at the glyph it replaces, a
 * pair adjustment at the first glyph of the pair, a mark attachment at the
 * mark, a context rule at the first glyph of its input. A glyph in no such
 * coverage, not a mark (fontkit zeroes marks' advances), is inert; a string
 * of inert characters, in scripts that fontkit shapes the default way, is
 * laid out here as fontkit would, glyph objects included. Anything else, or
 * a font whose tables are not understood here, goes to fontkit.
 */

/** The features fontkit's default shaper applies to horizontal left-to-right text (fontkit's DefaultShaper and OTLayoutEngine). */
const DEFAULT_FEATURES = new Set(['rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern']);

interface Coverage {
  readonly version: number;
  readonly glyphs?: readonly number[];
  readonly rangeRecords?: readonly { readonly start: number; readonly end: number }[];
}

interface ClassDef {
  readonly version: number;
  readonly startGlyph?: number;
  readonly classValueArray?: readonly number[];
  readonly classRangeRecord?: readonly { readonly start: number; readonly end: number; readonly class: number }[];
}

interface SubTable {
  readonly version?: number;
  readonly coverage?: Coverage;
  readonly coverages?: readonly Coverage[];
  readonly inputCoverage?: readonly Coverage[];
  readonly markCoverage?: Coverage;
  readonly mark1Coverage?: Coverage;
  readonly extension?: SubTable;
  readonly lookupType?: number;
}

interface LayoutTable {
  readonly featureList: readonly { readonly tag: string; readonly feature: { readonly lookupListIndexes: readonly number[] } }[];
  readonly scriptList: readonly { readonly script: { readonly defaultLangSys?: LangSys | null; readonly langSysRecords?: readonly { readonly langSys: LangSys }[] } }[];
  readonly lookupList: { toArray(): readonly { readonly lookupType: number; readonly subTables: readonly SubTable[] }[] };
}

interface LangSys {
  readonly reqFeatureIndex: number;
}

export interface Glyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

/** The little of a fontkit font this needs. */
export interface ShapingFont {
  readonly GSUB?: LayoutTable | null;
  readonly GPOS?: LayoutTable | null;
  readonly GDEF?: { readonly glyphClassDef?: ClassDef | null } | null;
  readonly kern?: unknown;
  readonly 'morx'?: unknown;
  /** fontkit's cmap reader (internal, so optional here) */
  readonly _cmapProcessor?: { lookup(codePoint: number): number };
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): Glyph;
  layout(text: string, ...rest: unknown[]): unknown;
}

/**
 * Code points fontkit hides (its isDefaultIgnorable, BMP part): it sets the
 * space glyph at no advance in their place. It tells them by the glyph
 * object's first code point, and glyph objects are cached per glyph id with
 * the code points of the first lookup that made them, so a glyph that such a
 * code point maps to may be hidden whatever character asks for it later.
 */
const IGNORABLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x17b4, 0x17b5], [0x180b, 0x180e], [0x200b, 0x200f],
  [0x202a, 0x202e], [0x2060, 0x206f], [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xfff0, 0xfff8],
];

/**
 * The glyph ids that are not inert, or null where that is not known here:
 * where a lookup of a default feature can start, GDEF's marks, .notdef (the
 * glyph of every missing character, hidden or not as above), and glyphs that
 * an ignorable code point maps to.
 */
export function activeGlyphs(font: ShapingFont): Set<number> | null {
  // an AAT font, or a TrueType kern table, is laid out by other code paths in fontkit
  if (font.morx || font.kern) return null;
  // without GDEF, fontkit tells marks by the code points cached on the glyph object: not followed here
  const classes = font.GDEF?.glyphClassDef;
  if (!classes) return null;
  const out = new Set<number>([0]);
  // every lookup's starting glyphs, default features or not: see below
  const anySubstitution = new Set<number>();
  for (const table of [font.GSUB, font.GPOS]) {
    if (!table) continue;
    const lookups = table.lookupList.toArray();
    const used = new Set<number>();
    table.featureList.forEach((f, index) => {
      if (DEFAULT_FEATURES.has(f.tag) || requiredFeature(table, index)) for (const l of f.feature.lookupListIndexes) used.add(l);
    });
    for (let l = 0; l < lookups.length; l++) {
      const lookup = lookups[l];
      if (!lookup) return null;
      for (const st of lookup.subTables) {
        const cov = firstCoverage(st.extension ?? st);
        if (cov === null) return null;
        if (used.has(l) && !addCoverage(out, cov)) return null;
        if (table === font.GSUB && !addCoverage(anySubstitution, cov)) return null;
      }
    }
  }
  if (!addMarks(out, classes)) return null;
  for (const [a, b] of IGNORABLE) {
    for (let cp = a; cp <= b; cp++) {
      // unmapped: .notdef, already in
      if (!font.hasGlyphForCodePoint(cp)) continue;
      // the glyph id from the cmap, not glyphForCodePoint: that would cache a glyph object with this code point
      const id = font._cmapProcessor?.lookup(cp);
      if (typeof id !== 'number') return null;
      // a substitution could pass an ignorable's code points on to another glyph object: not followed here
      if (anySubstitution.has(id)) return null;
      out.add(id);
    }
  }
  return out;
}

function requiredFeature(table: LayoutTable, index: number): boolean {
  for (const s of table.scriptList) {
    const systems = [s.script.defaultLangSys, ...(s.script.langSysRecords ?? []).map((r) => r.langSys)];
    if (systems.some((ls) => ls && ls.reqFeatureIndex === index)) return true;
  }
  return false;
}

/** The coverage of the glyph a subtable starts at, whatever its type (each has one of these names in fontkit's tables). */
function firstCoverage(st: SubTable): Coverage | null {
  if (st.coverage) return st.coverage; // single, multiple, alternate, ligature, pair, cursive, context 1-2, chaining 1-2, reverse chaining
  if (st.markCoverage) return st.markCoverage; // mark to base, mark to ligature
  if (st.mark1Coverage) return st.mark1Coverage; // mark to mark
  if (st.coverages && st.coverages[0]) return st.coverages[0]; // context 3
  if (st.inputCoverage && st.inputCoverage[0]) return st.inputCoverage[0]; // chaining context 3
  return null;
}

function addCoverage(out: Set<number>, cov: Coverage): boolean {
  if (cov.version === 1 && cov.glyphs) {
    for (const g of cov.glyphs) out.add(g);
    return true;
  }
  if (cov.version === 2 && cov.rangeRecords) {
    for (const r of cov.rangeRecords) for (let g = r.start; g <= r.end; g++) out.add(g);
    return true;
  }
  return false;
}

const MARK = 3;

function addMarks(out: Set<number>, cd: ClassDef): boolean {
  if (cd.version === 1 && cd.classValueArray && cd.startGlyph !== undefined) {
    cd.classValueArray.forEach((c, i) => {
      if (c === MARK) out.add((cd.startGlyph as number) + i);
    });
    return true;
  }
  if (cd.version === 2 && cd.classRangeRecord) {
    for (const r of cd.classRangeRecord) if (r.class === MARK) for (let g = r.start; g <= r.end; g++) out.add(g);
    return true;
  }
  return false;
}

/**
 * Characters this may lay out: printable ASCII and Latin-1, general
 * punctuation, CJK punctuation, kana and ideographs, full-width forms —
 * scripts fontkit shapes with its default shaper, left to right. Not: the
 * fraction slash (it switches on fraction features around digits), default
 * ignorables (fontkit hides them) and marks (without GDEF fontkit tells
 * marks by their Unicode category).
 */
function plainChar(c: number): boolean {
  if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0) || c === 0xad) return false;
  if (c < 0x100) return true;
  if (c >= 0x2000 && c <= 0x206f) return !(c >= 0x200b && c <= 0x200f) && !(c >= 0x202a && c <= 0x202e) && c < 0x2060 && c !== 0x2044;
  return (c >= 0x3000 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef && c !== 0xffa0);
}

/** A run as fontkit's GlyphRun offers it to pdfkit: glyphs, positions, and an advance summed from the positions when read (pdfkit scales them first). */
export class PlainRun {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[],
  ) {}

  get advanceWidth(): number {
    let w = 0;
    for (const p of this.positions) w += p.xAdvance;
    return w;
  }
}

/**
 * The font as pdfkit should embed it: the same fontkit font (everything read
 * through to it), whose `layout` lays out strings of inert characters itself.
 */
export function withPlainLayout<F extends ShapingFont>(font: F): F {
  const active = activeGlyphs(font);
  if (active === null) return font;
  const shape = font.layout.bind(font);
  // per UTF-16 unit: 0 not yet known, 1 inert, 2 not
  const known = new Uint8Array(0x10000);
  const inert = (c: number): boolean => {
    let k = known[c] as number;
    if (k === 0) {
      k = plainChar(c) && !active.has(font.glyphForCodePoint(c).id) ? 1 : 2;
      known[c] = k;
    }
    return k === 1;
  };
  const layout = (text: string, ...rest: unknown[]): unknown => {
    // user features (pdfkit passes them as the second argument) go to fontkit
    if (rest.length > 0 && rest.some((r) => r !== undefined)) return shape(text, ...rest);
    for (let i = 0; i < text.length; i++) if (!inert(text.charCodeAt(i))) return shape(text);
    const glyphs: Glyph[] = [];
    const positions: PlainRun['positions'] = [];
    for (let i = 0; i < text.length; i++) {
      const g = font.glyphForCodePoint(text.charCodeAt(i));
      glyphs.push(g);
      positions.push({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
    return new PlainRun(glyphs, positions);
  };
  return Object.create(font, { layout: { value: layout } }) as F;
}
