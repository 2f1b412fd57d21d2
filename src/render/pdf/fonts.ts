import type { PdfFonts } from '../../config/types.js';
import { shippedFontPath } from '../../fonts/cache.js';
import { openFontFace, type FontFace } from './font-file.js';

/** What a piece of text is set as; each role has its own chain of fonts. */
export type Role = 'body' | 'bold' | 'title' | 'h1' | 'h2';

/** A stretch of text set in one font. */
export interface FontPiece {
  /** pdfkit's registered name of the font */
  readonly font: string;
  readonly text: string;
}

/** Each role's chain of font specs: the configured font, then the shipped fallbacks (see FontSet). */
export function fontChains(fonts: PdfFonts): Record<Role, readonly string[]> {
  const serif400 = shippedFontPath('serif', 400);
  const serif700 = shippedFontPath('serif', 700);
  const sans700 = shippedFontPath('sans', 700);
  const latin = shippedFontPath('serif', 400, 'latin');
  const chain = (...specs: (string | null)[]): string[] => [...new Set(specs.filter((s): s is string => s !== null))];
  return {
    body: chain(fonts.body, serif400, latin),
    bold: chain(serif700, serif400, latin),
    title: chain(fonts.heading, serif700, serif400, latin),
    h1: chain(fonts.heading, sans700, serif400, latin),
    h2: chain(fonts.heading, serif700, serif400, latin),
  };
}

/**
 * The fonts of one PDF: for each role a chain — the configured (or shipped)
 * font first, then fallbacks — and, per character, the first font of the
 * chain that has a glyph for it. Characters no font has are set in the
 * first font (they print as its blank glyph) and reported once as a warning.
 *
 * Chains (shipped = Noto SC from @fontsource, unwrapped to TTF):
 * - body:  configured body → shipped serif 400 → shipped Latin subset
 * - bold:  shipped serif 700 → shipped serif 400 → Latin
 * - title: configured heading → shipped serif 700 (小标宋-like) → serif 400 → Latin
 * - h1 (一、): configured heading → shipped sans 700 (黑体-like) → serif 400 → Latin
 * - h2 (（一）): configured heading → shipped serif 700 (a distinct face from h1) → serif 400 → Latin
 */
export class FontSet {
  private readonly chains: Record<Role, readonly string[]>;
  private readonly names = new Map<string, string>();
  private readonly faces = new Map<string, FontFace>();
  private readonly missing = new Set<number>();
  private readonly widths = new Map<string, number>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    fonts: PdfFonts,
  ) {
    this.chains = fontChains(fonts);
    // open the configured fonts now, so a bad path fails before any layout
    for (const spec of [fonts.body, fonts.heading]) if (spec !== null) this.face(spec);
  }

  private face(spec: string): FontFace {
    let f = this.faces.get(spec);
    if (!f) {
      f = openFontFace(spec);
      this.faces.set(spec, f);
    }
    return f;
  }

  /** pdfkit name of a font, registering it on first use (ids follow first use, so output is deterministic) */
  private nameOf(spec: string): string {
    let n = this.names.get(spec);
    if (!n) {
      n = `font${this.names.size}`;
      const face = this.face(spec);
      // the file's bytes: pdfkit parses its own copy for this PDF (font-file.ts says why)
      this.doc.registerFont(n, face.bytes, face.family as string);
      this.names.set(spec, n);
    }
    return n;
  }

  /** Splits text into pieces, each in the first font of the role's chain that has its characters. */
  pieces(text: string, role: Role): FontPiece[] {
    const chain = this.chains[role];
    const out: FontPiece[] = [];
    let curSpec = '';
    let cur = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      let spec = chain.find((s) => this.face(s).has(cp));
      if (spec === undefined) {
        spec = chain[0] as string;
        if (cp > 0x20) this.missing.add(cp);
      }
      if (spec !== curSpec && cur !== '') {
        out.push({ font: this.nameOf(curSpec), text: cur });
        cur = '';
      }
      curSpec = spec;
      cur += ch;
    }
    if (cur !== '') out.push({ font: this.nameOf(curSpec), text: cur });
    return out;
  }

  /** Width of text in a role at a size, fallback fonts included (memoised: the same units recur). */
  width(text: string, role: Role, size: number): number {
    const key = `${role}\u0000${size}\u0000${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = 0;
      for (const p of this.pieces(text, role)) w += this.doc.font(p.font).fontSize(size).widthOfString(p.text);
      this.widths.set(key, w);
    }
    return w;
  }

  /** Ascent of the role's main font, per point of size. */
  ascent(role: Role): number {
    return this.face(this.chains[role][0] as string).ascent;
  }

  /** One warning for all characters that no font could show, or none. */
  warnings(): string[] {
    if (this.missing.size === 0) return [];
    const list = [...this.missing]
      .sort((a, b) => a - b)
      .map((cp) => `${String.fromCodePoint(cp)} (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`);
    return [
      `PDF: no font has a glyph for ${list.join(', ')}; these characters print as blanks. Set fonts.pdf.body in the config to a local TTF/OTF/TTC that has them.`,
    ];
  }
}
