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

describe('a configured font that cannot be opened', () => {
  it('fails the PDF with one line naming it', async () => {
    const { renderPdf } = await import('../../src/render/pdf/index.js');
    const fonts = { ...DEFAULT_CONFIG.fonts.pdf, body: '/nonexistent/font.ttf' };
    await expect(renderPdf({ title: 't', author: '', subject: '', issued: '2025-04-03', blocks: [] }, fonts, new Map())).rejects.toThrow(/^PDF font \/nonexistent\/font\.ttf cannot be read$/);
  });
});
