import type { ClosingBlock, HeadingBlock, ParagraphBlock, TitleBlock } from '../../document/types.js';
import { BODY_PITCH, BODY_SIZE, NOTE_PITCH, NOTE_SIZE, PAGE, TITLE_PITCH, TITLE_SIZE, baselineIn } from './geometry.js';
import type { Flow } from './layout.js';
import type { BrokenLine } from './linebreak.js';
import { fromRuns, layoutLines, paintLine, plain, type StyledText } from './styled-text.js';

/** Title lines, centred, then one empty body line. */
export function drawTitle(flow: Flow, block: TitleBlock): void {
  for (const text of block.lines) {
    const st = plain(text, 'title');
    const lines = layoutLines(flow.fonts, st, TITLE_SIZE, flow.width);
    flow.lines(st, lines, { size: TITLE_SIZE, pitch: TITLE_PITCH, align: 'center' });
  }
  flow.y += BODY_PITCH;
}

export interface Laid {
  readonly st: StyledText;
  readonly lines: readonly BrokenLine[];
  readonly size: number;
  readonly pitch: number;
  readonly indent: number;
}

export function layParagraph(flow: Flow, block: ParagraphBlock): Laid {
  const note = block.style === 'note';
  const size = note ? NOTE_SIZE : BODY_SIZE;
  const pitch = note ? NOTE_PITCH : BODY_PITCH;
  const indent = note ? 0 : 2 * size;
  const st = fromRuns(block.runs, 'body', 'bold');
  return { st, lines: layoutLines(flow.fonts, st, size, flow.width, indent), size, pitch, indent };
}

export function layHeading(flow: Flow, block: HeadingBlock): Laid {
  const st = plain(block.text, block.level === 1 ? 'h1' : 'h2');
  const indent = 2 * BODY_SIZE;
  return { st, lines: layoutLines(flow.fonts, st, BODY_SIZE, flow.width, indent), size: BODY_SIZE, pitch: BODY_PITCH, indent };
}

/** `keepAfter`: height of what must follow on the same page as the last lines */
export function drawLaid(flow: Flow, laid: Laid, keepAfter = 0): void {
  flow.lines(laid.st, laid.lines, { size: laid.size, pitch: laid.pitch, align: 'justify', indent: laid.indent, keepAfter });
}

/** Height of the closing block: an empty line and the 版记 line (with room to spare). */
export const CLOSING_HEIGHT = 3 * BODY_PITCH;

/**
 * A heading: kept on one page with the start of what follows (`follow` is
 * that start's height), and entered in the PDF outline (bookmarks).
 */
export function drawHeading(
  flow: Flow,
  block: HeadingBlock,
  follow: number,
  outline: { parent: PDFKit.PDFOutline | null },
): PDFKit.PDFOutline {
  const laid = layHeading(flow, block);
  flow.need(laid.lines.length * laid.pitch + follow);
  // the bookmark opens the page at the heading (pdfkit counts `top` from the top, `left` from the right)
  const parent = block.level === 2 && outline.parent ? outline.parent : flow.doc.outline;
  const dest = { expanded: true, top: flow.y, left: PAGE.width };
  const item = parent.addItem(block.text, dest);
  drawLaid(flow, laid);
  return item;
}

/** the 版记 line's type: 四号, as the DOCX sets it */
const CLOSING_SIZE = NOTE_SIZE;
/** thickness of the rules over and under the 版记 line (GB/T 9704: 0.35 mm) */
const CLOSING_RULE = 1;

/**
 * 版记, as the seed and the DOCX set it: after an empty line, one line
 * between two rules, the issuer at the left and `…印发` at the right, each
 * one character in from the edge (GB/T 9704).
 */
export function drawClosing(flow: Flow, block: ClosingBlock): void {
  const size = CLOSING_SIZE;
  const pitch = BODY_PITCH;
  flow.need(CLOSING_HEIGHT);
  if (!flow.atTop) flow.y += pitch;
  const left = flow.left;
  const right = flow.left + flow.width;
  const rule = (y: number): void => {
    flow.doc.lineWidth(CLOSING_RULE).strokeColor('black').moveTo(left, y).lineTo(right, y).stroke();
  };
  rule(flow.y);
  const one = (st: StyledText, x: number, w: number): void => {
    const [line] = layoutLines(flow.fonts, st, size, Number.POSITIVE_INFINITY);
    if (line) paintLine(flow.doc, flow.fonts, st, line, size, x, w, baselineIn(flow.y, pitch, size), 'left');
  };
  const date = plain(block.dateLine, 'body');
  const issuer = plain(block.issuer, 'body');
  const dw = flow.fonts.width(date.text, 'body', size);
  const iw = flow.fonts.width(issuer.text, 'body', size);
  one(issuer, left + size, iw);
  one(date, Math.max(left + size + iw + size, right - size - dw), dw);
  flow.y += pitch;
  rule(flow.y);
}
