import { describe, expect, it } from 'vitest';
// the build the renderer loads (src/libraries), with the fontkit its fonts come from
import { PDFDocument } from '../../src/libraries/pdfkit.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { FontSet } from '../../src/render/pdf/fonts.js';

describe('FontSet.width', () => {
  it("gives a lone CJK character's width from its glyph's advance, exactly what pdfkit's shaping gives", () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const fonts = new FontSet(doc, DEFAULT_CONFIG.fonts.pdf);
    const shaped = (ch: string, role: 'body' | 'bold' | 'h1'): number => {
      let w = 0;
      for (const p of fonts.pieces(ch, role)) w += doc.font(p.font).fontSize(15).widthOfString(p.text);
      return w;
    };
    const text = '贵州省12348公共法律服务热线，2025年第一季度运行情况报告：来电量（个）、接通率%。「一」—《》…！？';
    let checked = 0;
    for (const ch of new Set(text)) {
      for (const role of ['body', 'bold', 'h1'] as const) {
        expect(fonts.width(ch, role, 15)).toBe(shaped(ch, role));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    // a unit of several characters (a number, a Latin word) is still shaped as a whole
    expect(fonts.width('12348', 'body', 15)).toBe(shaped('12348', 'body'));
  });
});

describe('prepareFonts', () => {
  it("opens every font of the PDF's chains ahead, and leaves a font that cannot be opened for the PDF to report", async () => {
    const { prepareFonts, fontChains } = await import('../../src/render/pdf/fonts.js');
    const { openFontFace } = await import('../../src/render/pdf/font-file.js');
    const { renderPdf } = await import('../../src/render/pdf/index.js');
    const fonts = { ...DEFAULT_CONFIG.fonts.pdf, body: '/nonexistent/font.ttf' };
    expect(() => prepareFonts(fonts)).not.toThrow();
    const specs = new Set(Object.values(fontChains(fonts)).flat());
    expect(specs.has('/nonexistent/font.ttf')).toBe(true);
    // the shipped ones are open (the same face objects the PDF then uses)
    for (const spec of specs) if (spec !== '/nonexistent/font.ttf') expect(openFontFace(spec).has(0x31)).toBe(true);
    await expect(renderPdf({ title: 't', author: '', subject: '', issued: '2025-04-03', blocks: [] }, fonts, new Map())).rejects.toThrow(/PDF font \/nonexistent\/font\.ttf cannot be read/);
  });
});
