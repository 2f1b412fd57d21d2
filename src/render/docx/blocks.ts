/**
 * One document block → docx paragraphs/tables. Sizes from layout.ts, fonts
 * from the config; every text through sanitizeXmlText.
 */
import type * as Docx from 'docx';
import { docx } from '../../libraries/docx.js';
import type { DocxFonts } from '../../config/types.js';
import type { Block, CellAlign, ClosingBlock, FigureBlock, HeadingBlock, ParagraphBlock, TableBlock, TitleBlock } from '../../document/types.js';
import { runFonts } from './fonts.js';
import { FIGURE_WIDTH_PX, INDENT_2CH, LINE, TEXT_WIDTH, TYPE, pt, size } from './layout.js';
import { sanitizeXmlText as clean } from './sanitize.js';

const {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} = docx;

export type DocxChild = Docx.Paragraph | Docx.Table;

const exact = (line: number): { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] } => ({
  line,
  lineRule: LineRuleType.EXACT,
});

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
} as const;

function title(b: TitleBlock, fonts: DocxFonts): Docx.Paragraph[] {
  const out = b.lines.map(
    (line, i) =>
      new Paragraph({
        style: 'Title',
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { ...exact(LINE.title), before: 0, after: i === b.lines.length - 1 ? LINE.body : 0 },
        children: [new TextRun({ text: clean(line), font: runFonts(fonts.title, fonts), size: size(TYPE.title) })],
      }),
  );
  return out;
}

function heading(b: HeadingBlock, fonts: DocxFonts): Docx.Paragraph {
  const font = b.level === 1 ? fonts.heading1 : fonts.heading2;
  return new Paragraph({
    heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
    indent: { firstLine: INDENT_2CH },
    spacing: { ...exact(LINE.body), before: 0, after: 0 },
    children: [new TextRun({ text: clean(b.text), font: runFonts(font, fonts), size: size(TYPE.body), bold: false, color: '000000' })],
  });
}

function paragraph(b: ParagraphBlock, fonts: DocxFonts): Docx.Paragraph {
  const note = b.style === 'note';
  const pts = note ? TYPE.table : TYPE.body;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: note ? {} : { firstLine: INDENT_2CH },
    spacing: { ...exact(note ? LINE.table : LINE.body), before: 0, after: 0 },
    // bold only where it is (a `bold: false` would write an element into every run)
    children: b.runs.map((r) => new TextRun({ text: clean(r.text), ...(r.bold === true ? { bold: true } : {}), font: runFonts(fonts.body, fonts), size: size(pts) })),
  });
}

function caption(text: string, fonts: DocxFonts, opts: { keepNext: boolean; before: number; after: number }): Docx.Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: opts.keepNext,
    keepLines: true,
    spacing: { ...exact(LINE.caption), before: opts.before, after: opts.after },
    children: [new TextRun({ text: clean(text), font: runFonts(fonts.heading1, fonts), size: size(TYPE.small) })],
  });
}

/** The paragraph style of table cells (styles in index.ts): their font, size and line pitch. */
export const TABLE_TEXT_STYLE = 'TableText';

function cell(text: string, align: CellAlign, width: number, kind: 'header' | 'body' | 'total', keepNext: boolean): Docx.TableCell {
  const strong = kind !== 'body';
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(kind === 'header' ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } } : {}),
    children: [
      new Paragraph({
        style: TABLE_TEXT_STYLE,
        alignment: ALIGN[kind === 'header' ? 'center' : align],
        keepNext,
        children: [new TextRun({ text: clean(text), ...(strong ? { bold: true } : {}) })],
      }),
    ],
  });
}

const CELL_MARGINS = { top: pt(2), bottom: pt(2), left: pt(5), right: pt(5) };

/** tables up to this many rows (header and total included) are kept on one page */
const KEEP_TOGETHER_ROWS = 14;

/** column widths in twips from the relative widths, filling the text block */
export function columnWidths(relative: readonly number[], columns: number): number[] {
  const rel = Array.from({ length: columns }, (_, i) => (relative[i] && relative[i]! > 0 ? relative[i]! : 1));
  const sum = rel.reduce((a, b) => a + b, 0);
  const widths = rel.map((r) => Math.floor((TEXT_WIDTH * r) / sum));
  // give the rounding remainder to the first column so the table spans the text block exactly
  widths[0]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function table(b: TableBlock, fonts: DocxFonts): DocxChild[] {
  const n = b.header.length;
  const widths = columnWidths(b.widths, n);
  const align = (i: number): CellAlign => b.align[i] ?? 'left';
  const count = 1 + b.rows.length + (b.totalRow ? 1 : 0);
  // a short table stays on one page (keep-with-next on every row but the last);
  // a long one may break between rows, its header row repeated
  const keepTogether = count <= KEEP_TOGETHER_ROWS;
  let index = 0;
  const row = (cells: readonly string[], kind: 'header' | 'body' | 'total'): Docx.TableRow => {
    index += 1;
    const keepNext = keepTogether ? index < count : kind === 'header';
    return new TableRow({
      // only the header row says so (an explicit "off" on the others was ~90 elements for nothing)
      ...(kind === 'header' ? { tableHeader: true } : {}),
      cantSplit: true,
      children: Array.from({ length: n }, (_, i) => cell(cells[i] ?? '', align(i), widths[i]!, kind, keepNext)),
    });
  };
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const out: DocxChild[] = [caption(`${b.number} ${b.caption}`, fonts, { keepNext: true, before: pt(6), after: pt(3) })];
  out.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      // the cells' margins, once for the table (the same as on every cell, in fewer elements)
      margins: CELL_MARGINS,
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: [row(b.header, 'header'), ...b.rows.map((r) => row(r, 'body')), ...(b.totalRow ? [row(b.totalRow, 'total')] : [])],
    }),
  );
  if (b.note) out.push(paragraph({ kind: 'paragraph', runs: [{ text: b.note }], style: 'note' }, fonts));
  // a little air between the table (or its note) and the next paragraph
  out.push(new Paragraph({ spacing: { ...exact(pt(8)), before: 0, after: 0 }, children: [] }));
  return out;
}

/** a drawing's id, unique in the document: the figure's number (`图3` → 3) */
function drawingId(b: FigureBlock): number {
  const n = Number(/\d+/.exec(b.number)?.[0]);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/**
 * A figure's picture is made with a small stand-in unique to it, not its PNG:
 * the document is built (and compiled to XML) while the charts are still
 * being drawn, and the PNG takes the stand-in's place in the package when it
 * is zipped (packDocx). docx also names a media file after the SHA-1 of its
 * bytes, computed in JavaScript: ~100 ms for the 14 PNGs, nothing for these.
 */
export function figureStandIn(b: FigureBlock): Uint8Array {
  return new TextEncoder().encode(`figure ${drawingId(b)} ${b.chartId}`);
}

function imageRun(b: FigureBlock, width: number, height: number, label: string): Docx.ImageRun {
  return new ImageRun({
    type: 'png',
    data: figureStandIn(b),
    transformation: { width, height },
    // docx numbers drawings from a process-wide counter, so a second render in
    // the same process would differ: give each drawing its figure number instead
    altText: { id: String(drawingId(b)), name: clean(b.chartId), title: clean(label), description: clean(b.alt) },
  });
}

function figure(b: FigureBlock, fonts: DocxFonts): Docx.Paragraph[] {
  const w = FIGURE_WIDTH_PX;
  const h = b.widthPx > 0 ? Math.round((w * b.heightPx) / b.widthPx) : Math.round(w * 0.6);
  const label = `${b.number} ${b.caption}`;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // an exact line pitch would crop the picture to one line: auto spacing here
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: pt(6), after: 0 },
      children: [imageRun(b, w, h, label)],
    }),
    caption(label, fonts, { keepNext: false, before: pt(3), after: pt(8) }),
  ];
}

/** 版记: the issuer at the left, the issue date at the right, between two rules */
function closing(b: ClosingBlock, fonts: DocxFonts): Docx.Paragraph[] {
  const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 };
  return [
    new Paragraph({ spacing: { ...exact(LINE.body), before: 0, after: 0 }, children: [] }),
    new Paragraph({
      keepLines: true,
      border: { top: rule, bottom: rule },
      indent: { left: pt(TYPE.small), right: pt(TYPE.small) },
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - pt(TYPE.small) * 2 }],
      spacing: { ...exact(LINE.body), before: pt(6), after: 0 },
      children: [
        new TextRun({ text: clean(b.issuer), font: runFonts(fonts.body, fonts), size: size(TYPE.small) }),
        new TextRun({ children: [new Tab(), clean(b.dateLine)], font: runFonts(fonts.body, fonts), size: size(TYPE.small) }),
      ],
    }),
  ];
}

export function blockToDocx(b: Block, fonts: DocxFonts): DocxChild[] {
  switch (b.kind) {
    case 'title':
      return title(b, fonts);
    case 'heading':
      return [heading(b, fonts)];
    case 'paragraph':
      return [paragraph(b, fonts)];
    case 'table':
      return table(b, fonts);
    case 'figure':
      return figure(b, fonts);
    case 'closing':
      return closing(b, fonts);
  }
}
