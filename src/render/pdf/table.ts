import type { CellAlign, TableBlock } from '../../document/types.js';
import type { Role } from './fonts.js';
import { CAPTION_PITCH, CAPTION_SIZE, CELL_PAD_X, CELL_PAD_Y, NOTE_PITCH, NOTE_SIZE, TABLE_PITCH, TABLE_SIZE, baselineIn } from './geometry.js';
import type { Flow } from './layout.js';
import type { BrokenLine } from './linebreak.js';
import { layoutLines, paintLine, plain, type StyledText } from './styled-text.js';

interface Cell {
  readonly st: StyledText;
  readonly lines: readonly BrokenLine[];
  readonly align: CellAlign;
}

interface Row {
  readonly cells: readonly Cell[];
  readonly height: number;
  readonly header: boolean;
}

const GRID = 0.75;
const SHADE = '#d9d9d9';
/** room between a table (or its note) and what follows */
const AFTER = 8;
/**
 * body rows that must follow the header on the page where a table starts:
 * two rows alone under a caption at the foot of a page read as a stub (seen
 * in the demo's 表1), three carry the table's pattern
 */
const LEAD_ROWS = 3;

function layRow(flow: Flow, texts: readonly string[], widths: readonly number[], align: readonly CellAlign[], role: Role, header: boolean): Row {
  const cells = widths.map((w, i): Cell => {
    const st = plain(texts[i] ?? '', role);
    return { st, lines: layoutLines(flow.fonts, st, TABLE_SIZE, w - 2 * CELL_PAD_X), align: header ? 'center' : (align[i] ?? 'left') };
  });
  const most = Math.max(1, ...cells.map((c) => c.lines.length));
  return { cells, height: most * TABLE_PITCH + 2 * CELL_PAD_Y, header };
}

function captionLines(flow: Flow, block: TableBlock): { st: StyledText; lines: BrokenLine[] } {
  const st = plain(`${block.number}　${block.caption}`, 'h1');
  return { st, lines: layoutLines(flow.fonts, st, CAPTION_SIZE, flow.width) };
}

/** Height of the start of a table that must stay with a heading before it: caption, header, first row. */
export function tableLead(flow: Flow, block: TableBlock): number {
  const widths = columnWidths(flow, block);
  const head = layRow(flow, block.header, widths, block.align, 'bold', true);
  const first = block.rows[0] ?? block.totalRow;
  const firstH = first ? layRow(flow, first, widths, block.align, 'body', false).height : 0;
  return captionLines(flow, block).lines.length * CAPTION_PITCH + head.height + firstH;
}

function columnWidths(flow: Flow, block: TableBlock): number[] {
  const n = Math.max(block.header.length, block.widths.length, 1);
  const ws = Array.from({ length: n }, (_, i) => Math.max(0, block.widths[i] ?? 1));
  const sum = ws.reduce((a, b) => a + b, 0) || n;
  return ws.map((w) => (sum === n && w === 0 ? 1 : w) * (flow.width / sum));
}

/**
 * A table: caption above, kept with the header and the first three rows; rows
 * are measured first and never cut; a table that runs over a page repeats
 * its header row there; the total row is bold; the note follows.
 */
export function drawTable(flow: Flow, block: TableBlock): void {
  const widths = columnWidths(flow, block);
  const header = layRow(flow, block.header, widths, block.align, 'bold', true);
  const rows = block.rows.map((r) => layRow(flow, r, widths, block.align, 'body', false));
  if (block.totalRow) rows.push(layRow(flow, block.totalRow, widths, block.align, 'bold', false));
  const cap = captionLines(flow, block);
  const lead = rows.slice(0, LEAD_ROWS).reduce((h, r) => h + r.height, 0);
  flow.need(cap.lines.length * CAPTION_PITCH + header.height + lead);
  flow.lines(cap.st, cap.lines, { size: CAPTION_SIZE, pitch: CAPTION_PITCH, align: 'center' });
  drawRow(flow, header, widths);
  rows.forEach((row, i) => {
    // keep the last row with the one before it, so no page holds a lone total
    const needed = i === rows.length - 2 ? row.height + (rows[i + 1] as Row).height : row.height;
    if (needed > flow.room + 0.01 && row.height + header.height <= flow.height()) {
      flow.newPage();
      drawRow(flow, header, widths);
    }
    drawRow(flow, row, widths);
  });
  if (block.note) {
    flow.y += 4;
    const st = plain(block.note, 'body');
    flow.lines(st, layoutLines(flow.fonts, st, NOTE_SIZE, flow.width), { size: NOTE_SIZE, pitch: NOTE_PITCH, align: 'justify' });
  }
  if (!flow.atTop) flow.y += AFTER;
}

function drawRow(flow: Flow, row: Row, widths: readonly number[]): void {
  const doc = flow.doc;
  const top = flow.y;
  const total = widths.reduce((a, b) => a + b, 0);
  if (row.header) doc.rect(flow.left, top, total, row.height).fill(SHADE);
  doc.fillColor('black');
  let x = flow.left;
  row.cells.forEach((cell, i) => {
    const w = widths[i] as number;
    // lines sit centred in the cell's height: a one-line cell next to a two-line one is vertically centred
    const inner = cell.lines.length * TABLE_PITCH;
    let y = top + (row.height - inner) / 2;
    for (const line of cell.lines) {
      paintLine(doc, flow.fonts, cell.st, line, TABLE_SIZE, x + CELL_PAD_X, w - 2 * CELL_PAD_X, baselineIn(y, TABLE_PITCH, TABLE_SIZE), cell.align);
      y += TABLE_PITCH;
    }
    x += w;
  });
  // grid: each rule drawn once (a rule stroked twice prints darker): the
  // header row, first on every page, draws the top edge; every row its
  // bottom edge and the verticals
  doc.lineWidth(GRID).strokeColor('black');
  const bottom = top + row.height;
  if (row.header) doc.moveTo(flow.left, top).lineTo(flow.left + total, top);
  doc.moveTo(flow.left, bottom).lineTo(flow.left + total, bottom);
  x = flow.left;
  for (let i = 0; i <= widths.length; i++) {
    doc.moveTo(x, top).lineTo(x, bottom);
    x += widths[i] ?? 0;
  }
  doc.stroke();
  flow.y = top + row.height;
}
