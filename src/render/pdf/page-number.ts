import type { FontSet } from './fonts.js';
import { FOOTER_GAP, FOOTER_SIZE, PAGE, TEXT_BOTTOM } from './geometry.js';
import { layoutLines, paintLine, plain } from './styled-text.js';

/**
 * `— N —` centred under the type area of every page, written once all pages
 * exist (pages are buffered). Text is placed at explicit positions without
 * line breaking, so pdfkit never adds a page here.
 */
export function drawPageNumbers(doc: PDFKit.PDFDocument, fonts: FontSet): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const st = plain(`— ${i + 1 - range.start} —`, 'body');
    const [line] = layoutLines(fonts, st, FOOTER_SIZE, Number.POSITIVE_INFINITY);
    if (!line) continue;
    const baseline = TEXT_BOTTOM + FOOTER_GAP + 0.88 * FOOTER_SIZE;
    paintLine(doc, fonts, st, line, FOOTER_SIZE, PAGE.marginLeft, PAGE.width - PAGE.marginLeft - PAGE.marginRight, baseline, 'center');
  }
}
