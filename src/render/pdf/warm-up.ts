/**
 * A PDF laid out for nothing, to warm the thread that will lay out the real
 * one. Most of a first PDF's time is cold code (fontkit's shaping, the line
 * breaker, pdfkit's writer, compiled on first use) and the shipped fonts'
 * first parsing; a render thread that would otherwise wait for the data to
 * be read pays that time ahead. The output is thrown away and nothing of it
 * reaches a later PDF but the opened font files (the same in any case).
 */
import { DEFAULT_CONFIG } from '../../config/default.js';
import type { PdfFonts } from '../../config/types.js';
import type { Block, ReportDocument } from '../../document/types.js';

const TEXT = '2025年第一季度，全省12348热线共接听来电123,456个（同比增长7.8%），日均1,357个；其中民事类咨询占62.5%，满意度为98.76%。';

const BLOCKS: readonly Block[] = [
  { kind: 'title', lines: ['贵州省12348公共法律服务热线', '2025年第一季度运行情况报告'] },
  { kind: 'heading', level: 1, text: '一、总体情况', sectionId: 'overview' },
  { kind: 'heading', level: 2, text: '（一）来电量', sectionId: 'overview' },
  { kind: 'paragraph', runs: [{ text: TEXT }, { text: '重点：', bold: true }, { text: TEXT }], style: 'body' },
  {
    kind: 'table',
    number: '表1',
    caption: '各市（州）来电量',
    header: ['地区', '来电量（个）', '占比'],
    rows: [
      ['贵阳市', '12,345', '23.45%'],
      ['遵义市', '6,789', '12.34%'],
    ],
    totalRow: ['合计', '19,134', '100.00%'],
    align: ['left', 'right', 'right'],
    widths: [2, 1, 1],
    note: '注：数据来源于热线系统。',
  },
  { kind: 'paragraph', runs: [{ text: TEXT }], style: 'note' },
  { kind: 'closing', issuer: '贵州省司法厅', dateLine: '2025年4月3日印发' },
];

/**
 * Opens the fonts of a PDF with these fonts (prepareFonts), then lays out a
 * small report in them and drops it; never throws. Both the PDF thread of a
 * single report and the render workers of a range call it while the data
 * are read.
 */
export async function warmUpPdf(fonts: PdfFonts = DEFAULT_CONFIG.fonts.pdf): Promise<void> {
  try {
    const [{ renderPdf }, { prepareFonts }] = await Promise.all([import('./index.js'), import('./fonts.js')]);
    prepareFonts(fonts);
    const doc: ReportDocument = { title: '预热', author: '', subject: '', issued: '2025-04-03', blocks: BLOCKS };
    await renderPdf(doc, fonts, new Map());
  } catch {
    // a warm-up that fails (a configured font that cannot be opened, say) only leaves the real PDF cold
  }
}
