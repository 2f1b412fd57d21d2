/**
 * Line breaking for Chinese text with embedded numbers and Latin words, as a
 * pure function (text + a width measure → lines), because pdfkit's own
 * wrapper only breaks at spaces and hyphens and so handles CJK badly.
 *
 * Rules (the usual 禁则 of Chinese typesetting):
 * - a line may break between any two CJK characters;
 * - a line never starts with a closing mark (，。、；：？！）》」’”% …) and never
 *   ends with an opening mark (（《「‘“ …): such marks are glued to their
 *   neighbour, and the pair moves to the next line together ("push out");
 * - a run of digits/Latin letters (`65448`, `98.52%`, `00:00`, `PDF`) and
 *   the paired marks `——`, `……` are never split; a range `00:00-08:00` may
 *   break after its hyphen (`00:00-` / `08:00`), as a long range otherwise
 *   leaves a gappy line;
 * - a line is wider than the width only when it holds one unbreakable piece
 *   that alone is wider.
 */

/** Marks that must not begin a line (full- and half-width). */
const CLOSING = new Set([...'，。、；：？！）》」』’”〕】〉〗｝］％‰℃·・…—～,.;:?!)]}%\'"']);
/** Marks that must not end a line. */
const OPENING = new Set([...'（《「『‘“〔【〈〖｛［([{']);

/** Characters of a Latin/number token. */
const WORD_CHAR = /[0-9A-Za-z\u00C0-\u024F\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
/** Joiners kept inside a token when a word character follows (`98.52`, `1,234`, `00:00-08:00`, `a/b`, `+3`). */
const WORD_JOINER = /[.,:\-~/+_@#&]/u;
/** Trailing signs that stay with the number before them. */
const WORD_SUFFIX = /[%‰℃]/u;

export function isClosingMark(ch: string): boolean {
  return CLOSING.has(ch);
}

export function isOpeningMark(ch: string): boolean {
  return OPENING.has(ch);
}

/**
 * Splits text into units: single characters, except that a Latin/number token
 * (with its inner joiners and trailing %), a run of spaces, and `——` / `……`
 * each form one unit. Concatenating the units gives the text back.
 */
export function splitUnits(text: string): string[] {
  const chars = [...text];
  const units: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] as string;
    // a sign before a number stays with it (`-5.48%`)
    const signed = (c === '-' || c === '+' || c === '−') && /[0-9]/.test(chars[i + 1] ?? '') && !WORD_CHAR.test(chars[i - 1] ?? '');
    if (WORD_CHAR.test(c) || signed) {
      let j = i + 1;
      for (;;) {
        const d = chars[j];
        if (d === undefined) break;
        if (WORD_CHAR.test(d)) j++;
        else if (WORD_JOINER.test(d) && chars[j + 1] !== undefined && WORD_CHAR.test(chars[j + 1] as string)) {
          j += 2;
          // a hyphen or tilde between two parts ends the unit: a line may break after it
          if (d === '-' || d === '~') {
            j--;
            break;
          }
        } else break;
      }
      while (chars[j] !== undefined && WORD_SUFFIX.test(chars[j] as string)) j++;
      units.push(chars.slice(i, j).join(''));
      i = j;
    } else if (c === ' ') {
      let j = i + 1;
      while (chars[j] === ' ') j++;
      units.push(chars.slice(i, j).join(''));
      i = j;
    } else if ((c === '—' || c === '…') && chars[i + 1] === c) {
      let j = i + 2;
      while (chars[j] === c) j++;
      units.push(chars.slice(i, j).join(''));
      i = j;
    } else {
      units.push(c);
      i++;
    }
  }
  return units;
}

/**
 * Groups units into atoms: the pieces between break opportunities. A line
 * holds whole atoms only. A break is allowed before a unit unless it starts
 * with a closing mark or a space, or the last visible character before it
 * (spaces skipped) is an opening mark.
 */
export function splitAtoms(text: string): string[][] {
  const atoms: string[][] = [];
  let current: string[] = [];
  let lastVisible = '';
  for (const u of splitUnits(text)) {
    const first = u[0] ?? '';
    if (current.length > 0 && !isOpeningMark(lastVisible) && !isClosingMark(first) && first !== ' ') {
      atoms.push(current);
      current = [];
    }
    current.push(u);
    if (first !== ' ') lastVisible = [...u].pop() ?? '';
  }
  if (current.length > 0) atoms.push(current);
  return atoms;
}

export interface BrokenLine {
  readonly text: string;
  /** offset of the line in the text (UTF-16 units) */
  readonly start: number;
  /** the units of the line, for justification (extra space goes between them) */
  readonly units: readonly string[];
  /** natural width (sum of the units' widths) */
  readonly width: number;
  /** the last line of the paragraph: set ragged, not justified */
  readonly last: boolean;
}

export interface BreakOptions {
  /** available width of every line */
  readonly width: number;
  /** taken off the first line's width (the two-character indent) */
  readonly firstIndent?: number;
}

/**
 * Greedy line breaking. `measure(unit, offset)` gives the width of a unit
 * found at `offset` in the text (the offset lets a caller measure styled
 * text); callers memoise it, as the same units recur.
 */
export function breakLines(text: string, measure: (unit: string, offset: number) => number, options: BreakOptions): BrokenLine[] {
  const lines: BrokenLine[] = [];
  let units: string[] = [];
  let width = 0;
  let start = 0;
  let offset = 0;
  let limit = options.width - (options.firstIndent ?? 0);
  const flush = (): void => {
    const t = units.join('');
    lines.push({ text: t, start, units, width, last: false });
    start += t.length;
    units = [];
    width = 0;
    limit = options.width;
  };
  for (const atom of splitAtoms(text)) {
    const ws: number[] = [];
    let w = 0;
    for (const u of atom) {
      const uw = measure(u, offset);
      ws.push(uw);
      w += uw;
      offset += u.length;
    }
    // trailing spaces may hang into the margin
    const hanging = (atom[atom.length - 1] ?? '').startsWith(' ') ? (ws[ws.length - 1] ?? 0) : 0;
    if (units.length > 0 && width + w - hanging > limit + 1e-6) flush();
    units.push(...atom);
    width += w;
  }
  if (units.length > 0 || lines.length === 0) flush();
  const end = lines[lines.length - 1] as BrokenLine;
  lines[lines.length - 1] = { ...end, last: true };
  return lines;
}
