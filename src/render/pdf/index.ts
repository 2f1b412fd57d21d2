import { PDFDocument } from '../../libraries/pdfkit.js';
import type { PdfFonts } from '../../config/types.js';
import { figurePng, type Block, type FigureImages, type ReportDocument } from '../../document/types.js';
import { CLOSING_HEIGHT, drawClosing, drawHeading, drawLaid, drawTitle, layHeading, layParagraph } from './blocks.js';
import { drawFigure, figureHeight } from './figure.js';
import { FontSet } from './fonts.js';
import { BODY_PITCH, PAGE } from './geometry.js';
import { Flow } from './layout.js';
import { drawPageNumbers } from './page-number.js';
import { drawTable, tableLead } from './table.js';

export { FontError } from './font-error.js';

export interface RenderedPdf {
  readonly pdf: Buffer;
  /** e.g. characters that no font has a glyph for (one warning for all) */
  readonly warnings: string[];
}

/**
 * Lays out the report's blocks on A4 pages (GB/T 9704-like) and returns the
 * PDF bytes with any warnings. The same document gives the same bytes: the
 * dates come from `doc.issued`, the file ID is derived from them and the
 * metadata, and fonts are registered in the order of first use.
 *
 * `fonts.body`/`fonts.heading`: a TTF/OTF/TTC path (`file.ttc#PostScriptName`
 * picks a face of a collection, else its first face), or null for the CJK
 * fonts shipped with the dependencies. Throws FontError for an unusable font.
 *
 * `images`: the figures' PNGs by chart id (8-bit RGB, as the charts are
 * drawn: pdfkit puts their compressed rows into the PDF as they are).
 */
export async function renderPdf(doc: ReportDocument, fonts: PdfFonts, images: FigureImages): Promise<RenderedPdf> {
  const issued = issueDate(doc.issued);
  const pdf = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginLeft, right: PAGE.marginRight },
    bufferPages: true,
    autoFirstPage: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: doc.title,
      Author: doc.author,
      Subject: doc.subject,
      Creator: 'hotline-report',
      Producer: 'hotline-report (PDFKit)',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const set = new FontSet(pdf, fonts);
  const flow = new Flow(pdf, set);
  let chapter: PDFKit.PDFOutline | null = null;
  doc.blocks.forEach((block, i) => {
    switch (block.kind) {
      case 'title':
        drawTitle(flow, block);
        break;
      case 'heading': {
        const item = drawHeading(flow, block, lead(flow, doc.blocks[i + 1]), { parent: chapter });
        if (block.level === 1) chapter = item;
        break;
      }
      case 'paragraph':
        // the closing block never stands alone on the last page: the paragraph's last lines go with it
        drawLaid(flow, layParagraph(flow, block), doc.blocks[i + 1]?.kind === 'closing' ? CLOSING_HEIGHT : 0);
        break;
      case 'table':
        drawTable(flow, block);
        break;
      case 'figure':
        drawFigure(flow, block, Buffer.from(figurePng(images, block.chartId)));
        break;
      case 'closing':
        drawClosing(flow, block);
        break;
    }
  });
  drawPageNumbers(pdf, set);
  pdf.end();
  const bytes = await done;
  return { pdf: bytes, warnings: set.warnings() };
}

/** Height of the start of a block that a heading before it must stay with. */
function lead(flow: Flow, next: Block | undefined): number {
  if (!next) return 0;
  switch (next.kind) {
    case 'paragraph': {
      const laid = layParagraph(flow, next);
      return Math.min(2, laid.lines.length) * laid.pitch;
    }
    case 'heading':
      return layHeading(flow, next).lines.length * BODY_PITCH + BODY_PITCH;
    case 'table':
      return tableLead(flow, next);
    case 'figure':
      return figureHeight(flow, next);
    default:
      return BODY_PITCH;
  }
}

/**
 * `YYYY-MM-DD` → midnight of that day in China (UTC+8), the fixed creation
 * date of the file; independent of the machine's time zone.
 */
function issueDate(issued: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(issued);
  if (!m) return new Date(0);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - 8 * 3600_000);
}

