/**
 * The report document → DOCX bytes (docx v9): A4 with GB/T 9704-like margins,
 * 仿宋 body at 三号 on a fixed line pitch, Word heading styles (so the
 * navigation pane and a table of contents work), real tables, inline figures
 * with alt text, `— N —` page numbers. Deterministic: the same document and
 * issue date give the same bytes.
 */
import type * as Docx from 'docx';
import { docx } from '../../libraries/docx.js';
import type { DocxFonts } from '../../config/types.js';
import { figurePng, type FigureBlock, type FigureImages, type ReportDocument } from '../../document/types.js';
import { blockToDocx, figureStandIn, TABLE_TEXT_STYLE, type DocxChild } from './blocks.js';
import { runFonts } from './fonts.js';
import { INDENT_2CH, LINE, PAGE, TYPE, size } from './layout.js';
import { sanitizeXmlText as clean } from './sanitize.js';
import { mediaKey, packDocx, type MediaSwaps } from './zip.js';

export { sanitizeXmlText } from './sanitize.js';

const { AlignmentType, Document, Footer, PageNumber, Paragraph, TextRun } = docx;

function footer(fonts: DocxFonts): Docx.Footer {
  const font = runFonts(fonts.body, fonts);
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: size(TYPE.small) })],
      }),
    ],
  });
}

function styles(fonts: DocxFonts): NonNullable<ConstructorParameters<typeof Document>[0]['styles']> {
  const heading = (font: string) => ({
    run: { font: runFonts(font, fonts), size: size(TYPE.body), bold: false, italics: false, color: '000000' },
    paragraph: {
      spacing: { line: LINE.body, lineRule: 'exact' as const, before: 0, after: 0 },
      indent: { firstLine: INDENT_2CH },
      keepNext: true,
    },
  });
  return {
    default: {
      document: {
        run: { font: runFonts(fonts.body, fonts), size: size(TYPE.body) },
        paragraph: { spacing: { line: LINE.body, lineRule: 'exact', before: 0, after: 0 } },
      },
      title: {
        run: { font: runFonts(fonts.title, fonts), size: size(TYPE.title), bold: false, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { line: LINE.title, lineRule: 'exact', before: 0, after: 0 } },
      },
      heading1: { ...heading(fonts.heading1), paragraph: { ...heading(fonts.heading1).paragraph, outlineLevel: 0 } },
      heading2: { ...heading(fonts.heading2), paragraph: { ...heading(fonts.heading2).paragraph, outlineLevel: 1 } },
    },
    paragraphStyles: [
      {
        // the text of every table cell: set once here rather than on each of its ~300 paragraphs and runs
        id: TABLE_TEXT_STYLE,
        name: '表格文字',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: runFonts(fonts.body, fonts), size: size(TYPE.table) },
        paragraph: { spacing: { line: LINE.table, lineRule: 'exact', before: 0, after: 0 } },
      },
    ],
  };
}

/** The document → DOCX bytes; `images`: the figures' PNGs by chart id. */
export async function renderDocx(doc: ReportDocument, fonts: DocxFonts, images: FigureImages): Promise<Buffer> {
  const children: DocxChild[] = doc.blocks.flatMap((b) => blockToDocx(b, fonts));
  const document = new Document({
    title: clean(doc.title),
    subject: clean(doc.subject),
    creator: clean(doc.author),
    lastModifiedBy: clean(doc.author),
    revision: 1,
    styles: styles(fonts),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
          },
        },
        footers: { default: footer(fonts) },
        children,
      },
    ],
  });
  const figures = doc.blocks.filter((b): b is FigureBlock => b.kind === 'figure');
  const swaps: MediaSwaps = new Map(figures.map((b) => [mediaKey(figureStandIn(b)), figurePng(images, b.chartId)]));
  const packed = await packDocx(document, doc.issued, swaps);
  return Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
}
