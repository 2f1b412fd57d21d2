/**
 * The report as a document: a flat list of blocks built from the model and
 * the templates (src/document/build.ts). The DOCX and PDF renderers lay out
 * exactly these blocks, so both say the same sentences in the same order.
 * All text is final: renderers compute nothing and format no number.
 */

/** Inline text with optional emphasis (kept minimal: Chinese reports use little). */
export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
}

export interface TitleBlock {
  readonly kind: 'title';
  /** the title, possibly split over lines where the seed breaks it */
  readonly lines: readonly string[];
}

export interface HeadingBlock {
  readonly kind: 'heading';
  /** 1 = `一、…` (黑体), 2 = `（一）…` (楷体) */
  readonly level: 1 | 2;
  /** full text incl. the number, e.g. `一、运营情况概述` */
  readonly text: string;
  /** section id (src/sections/index.ts), for bookmarks */
  readonly sectionId: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly TextRun[];
  /** body paragraphs get a two-character first-line indent; notes under tables do not */
  readonly style?: 'body' | 'note';
}

export type CellAlign = 'left' | 'right' | 'center';

export interface TableBlock {
  readonly kind: 'table';
  /** `表1` */
  readonly number: string;
  /** caption text after the number, e.g. `各市州话务分布情况` */
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** a closing 小计/合计 row, printed bold; absent when the table has none */
  readonly totalRow?: readonly string[];
  /** per column */
  readonly align: readonly CellAlign[];
  /** relative column widths, summing to anything */
  readonly widths: readonly number[];
  /** a note printed under the table, e.g. `另有未分类咨询1119条，未计入上表。` */
  readonly note?: string;
}

export interface FigureBlock {
  readonly kind: 'figure';
  /** `图1` */
  readonly number: string;
  readonly caption: string;
  readonly alt: string;
  /** chart id, e.g. `01-daily-inbound`; the PNG is `charts/<id>.png`, given to the renderers apart (FigureImages) */
  readonly chartId: string;
  /** pixel size of the PNG, for the aspect ratio */
  readonly widthPx: number;
  readonly heightPx: number;
}

export interface ClosingBlock {
  readonly kind: 'closing';
  /** `省法律援助中心` */
  readonly issuer: string;
  /** `2025年4月3日印发` */
  readonly dateLine: string;
}

export type Block = TitleBlock | HeadingBlock | ParagraphBlock | TableBlock | FigureBlock | ClosingBlock;

export interface ReportDocument {
  /** document properties */
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  /** issue date, YYYY-MM-DD; also the fixed creation date of the files */
  readonly issued: string;
  readonly blocks: readonly Block[];
}

/**
 * The figures' PNGs by chart id, handed to the renderers beside the document
 * rather than in it: the document is built from the chart specs (sizes,
 * captions), which do not need the pixels.
 */
export type FigureImages = ReadonlyMap<string, Uint8Array>;

/** A figure's PNG from the images, or an error naming it (a document and images that do not belong together). */
export function figurePng(images: ReadonlyMap<string, Uint8Array>, chartId: string): Uint8Array {
  const png = images.get(chartId);
  if (png === undefined) throw new Error(`no image for figure ${chartId}`);
  return png;
}
