import type { TextRun } from '../../document/types.js';
import type { FontSet, Role } from './fonts.js';
import { breakLines, type BrokenLine } from './linebreak.js';

/**
 * Text with a role per stretch: a paragraph's runs (bold or not) joined, so
 * that line breaking sees one string while measuring and painting still know
 * which face each character is in.
 */
export interface StyledText {
  readonly text: string;
  /** stretches in order, covering the text: [start offset, role] */
  readonly spans: readonly (readonly [number, Role])[];
}

export function plain(text: string, role: Role): StyledText {
  return { text: clean(text), spans: [[0, role]] };
}

export function fromRuns(runs: readonly TextRun[], role: Role, boldRole: Role): StyledText {
  let text = '';
  const spans: [number, Role][] = [];
  for (const r of runs) {
    const t = clean(r.text);
    if (t === '') continue;
    const rl = r.bold ? boldRole : role;
    const prev = spans[spans.length - 1];
    if (!prev || prev[1] !== rl) spans.push([text.length, rl]);
    text += t;
  }
  if (spans.length === 0) spans.push([0, role]);
  return { text, spans };
}

/** Control characters (tabs, stray line breaks from a template) print as spaces. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ');
}

/** The pieces of `unit` (at `offset`) per role. */
export function roleSegments(st: StyledText, unit: string, offset: number): { text: string; role: Role }[] {
  const out: { text: string; role: Role }[] = [];
  const end = offset + unit.length;
  for (let i = 0; i < st.spans.length; i++) {
    const [s, role] = st.spans[i] as readonly [number, Role];
    const e = (st.spans[i + 1]?.[0] as number | undefined) ?? st.text.length;
    const a = Math.max(s, offset);
    const b = Math.min(e, end);
    if (a < b) out.push({ text: unit.slice(a - offset, b - offset), role });
  }
  return out;
}

export function measureUnit(fonts: FontSet, st: StyledText, unit: string, offset: number, size: number): number {
  const spans = st.spans;
  if (spans.length === 1) return fonts.width(unit, (spans[0] as readonly [number, Role])[1], size);
  let w = 0;
  for (const seg of roleSegments(st, unit, offset)) w += fonts.width(seg.text, seg.role, size);
  return w;
}

export function layoutLines(fonts: FontSet, st: StyledText, size: number, width: number, firstIndent = 0): BrokenLine[] {
  return breakLines(st.text, (u, off) => measureUnit(fonts, st, u, off, size), { width, firstIndent });
}

export type Align = 'justify' | 'left' | 'right' | 'center';

/**
 * Paints one line with its baseline at `baseline`, in the box [x, x + width].
 * Justified lines (not the paragraph's last) spread the spare room evenly
 * over the gaps between units; runs of single characters in one font go out
 * as one text operation with character spacing (Tc), so a page is a few
 * hundred operations, not thousands.
 */
export function paintLine(
  doc: PDFKit.PDFDocument,
  fonts: FontSet,
  st: StyledText,
  line: BrokenLine,
  size: number,
  x: number,
  width: number,
  baseline: number,
  align: Align,
): void {
  // trailing spaces take no room in alignment
  const units = [...line.units];
  while (units.length > 1 && (units[units.length - 1] as string).startsWith(' ')) units.pop();
  let natural = 0;
  let at = line.start;
  const unitWidths = units.map((u) => {
    const w = measureUnit(fonts, st, u, at, size);
    at += u.length;
    natural += w;
    return w;
  });
  let extra = 0;
  let left = x;
  const spare = width - natural;
  if (align === 'justify' && !line.last && units.length > 1 && spare > 0 && spare / (units.length - 1) < size) {
    extra = spare / (units.length - 1);
  } else if (align === 'right') left = x + spare;
  else if (align === 'center') left = x + spare / 2;

  interface Op {
    font: string;
    text: string;
    x: number;
    tc: number;
    open: boolean;
  }
  const ops: Op[] = [];
  let cx = left;
  let off = line.start;
  units.forEach((u, i) => {
    const single = [...u].length === 1;
    let px = cx;
    for (const seg of roleSegments(st, u, off)) {
      for (const p of fonts.pieces(seg.text, seg.role)) {
        const last = ops[ops.length - 1];
        // a lone character joins the run before it when in the same font; a word stands alone
        if (single && last && last.open && last.font === p.font) last.text += p.text;
        else ops.push({ font: p.font, text: p.text, x: px, tc: single ? extra : 0, open: single });
        px += fonts.width(p.text, seg.role, size);
      }
    }
    off += u.length;
    cx += (unitWidths[i] as number) + extra;
  });
  for (const op of ops) {
    doc.font(op.font).fontSize(size).text(op.text, op.x, baseline, { lineBreak: false, baseline: 'alphabetic', characterSpacing: op.tc });
  }
}
