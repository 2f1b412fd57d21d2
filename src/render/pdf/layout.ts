import type { FontSet } from './fonts.js';
import { PAGE, TEXT_BOTTOM, TEXT_TOP, TEXT_WIDTH, baselineIn } from './geometry.js';
import type { BrokenLine } from './linebreak.js';
import { paintLine, type Align, type StyledText } from './styled-text.js';

/**
 * The flow: a cursor down the type area of the current page, and the
 * decisions of where a page ends. Pages are added only here, explicitly;
 * nothing is ever drawn below the type area except the page number.
 */
export class Flow {
  y = TEXT_TOP;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: FontSet,
  ) {}

  get left(): number {
    return PAGE.marginLeft;
  }

  get width(): number {
    return TEXT_WIDTH;
  }

  /** room left on this page */
  get room(): number {
    return TEXT_BOTTOM - this.y;
  }

  /** height of the type area */
  height(): number {
    return TEXT_BOTTOM - TEXT_TOP;
  }

  get atTop(): boolean {
    return this.y <= TEXT_TOP + 0.01;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = TEXT_TOP;
  }

  /** Starts a new page unless `height` fits below the cursor (or we are at the top already). */
  need(height: number): void {
    if (height > this.room + 0.01 && !this.atTop) this.newPage();
  }

  /**
   * Sets lines on a fixed pitch, breaking pages between lines. A paragraph
   * of three lines or more never leaves one line alone at the foot of a page
   * (orphan) nor carries one alone to the next (widow); a three-line one
   * that cannot be whole on this page moves whole.
   */
  lines(
    st: StyledText,
    lines: readonly BrokenLine[],
    o: { size: number; pitch: number; align: Align; indent?: number; x?: number; width?: number; keepAfter?: number },
  ): void {
    const x = o.x ?? this.left;
    const width = o.width ?? this.width;
    const n = lines.length;
    lines.forEach((line, i) => {
      const fits = Math.floor((this.room + 0.01) / o.pitch);
      const rest = n - i;
      if (fits < 1) this.newPage();
      // orphan: the first line alone at the foot
      else if (n >= 3 && i === 0 && fits === 1) this.newPage();
      // widow: the last line alone at the top of the next page
      else if (n >= 3 && i >= 2 && rest === 2 && fits === 1) this.newPage();
      // three lines with room for two: either split leaves one alone, so all go over
      else if (n === 3 && i === 0 && fits === 2) this.newPage();
      // what must follow on the same page (the closing block) takes the last two lines along
      else if (o.keepAfter && i === Math.max(0, n - 2) && !this.atTop && rest * o.pitch + o.keepAfter > this.room + 0.01) this.newPage();
      const indent = i === 0 ? (o.indent ?? 0) : 0;
      const baseline = baselineIn(this.y, o.pitch, o.size);
      paintLine(this.doc, this.fonts, st, line, o.size, x + indent, width - indent, baseline, o.align);
      this.y += o.pitch;
    });
  }
}
