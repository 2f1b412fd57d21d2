/**
 * A worksheet's XML → its rows, one at a time: each row's cells as text
 * (cell-text.ts) at their column's place, and the row's number in the sheet.
 * Nothing but the row being read is kept.
 *
 * Cells: `t="s"` shared strings, `t="inlineStr"` (`<is>`: its `<t>` runs,
 * phonetic `<rPh>` runs left out), `t="str"` formula text, `t="b"`
 * booleans (`TRUE`/`FALSE`, as Excel shows them), `t="e"` errors as their
 * text (`#N/A`), `t="d"` ISO dates as written, numbers (dates by their
 * style). A formula's own text (`<f>`) is never read: its cached value is.
 * Rows and cells without an `r` follow the one before.
 */
import { dateText, numberText, Shown } from './cell-text.js';
import type { XmlHandler } from './xml.js';
import { ownString } from '../own-string.js';

/** `fields[0..count)` are the row's cells ('' where there is none); `row` its number in the sheet. */
export type RowSink = (fields: string[], count: number, row: number) => void;

const T_NUMBER = 0;
const T_SHARED = 1;
const T_INLINE = 2;
const T_STR = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

function cellType(t: string): number {
  switch (t) {
    case 's': return T_SHARED;
    case 'inlineStr': return T_INLINE;
    case 'str': return T_STR;
    case 'b': return T_BOOL;
    case 'e': return T_ERROR;
    case 'd': return T_DATE;
    default: return T_NUMBER;
  }
}

/** The 0-based column of a cell reference (`AB12` → 27); -1 when it has no letters. */
export function columnOf(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return i === 0 ? -1 : n - 1;
}

/** What the start tag being read is, for its attributes. */
const TAG_OTHER = 0;
const TAG_ROW = 1;
const TAG_CELL = 2;

export class SheetRows implements XmlHandler {
  private fields: string[] = [];
  /** columns of the current row up to its last cell with text */
  private count = 0;
  private rowNum = 0;
  private blank = true;
  private tag = TAG_OTHER;
  private col = -1;
  private type = T_NUMBER;
  private style = 0;
  private value = '';
  /** text is being collected: inside `<v>`, or a `<t>` of `<is>` outside `<rPh>` */
  private collecting = false;
  private inInline = false;
  private phonetic = 0;

  constructor(
    private readonly sink: RowSink,
    private readonly shared: readonly string[],
    /** per cell style: how it shows a number (WorkbookInfo.styles) */
    private readonly styles: Uint8Array,
    private readonly date1904: boolean,
  ) {}

  /** Every row handed on has at least `n` fields (the header's width): '' past its last cell. */
  widen(n: number): void {
    while (this.fields.length < n) this.fields.push('');
  }

  open(name: string): void {
    switch (name) {
      case 'c':
        this.tag = TAG_CELL;
        this.col++;
        this.type = T_NUMBER;
        this.style = 0;
        this.value = '';
        return;
      case 'v':
        this.collecting = true;
        this.value = '';
        this.tag = TAG_OTHER;
        return;
      case 'is':
        this.inInline = true;
        this.tag = TAG_OTHER;
        return;
      case 't':
        if (this.inInline && this.phonetic === 0) this.collecting = true;
        this.tag = TAG_OTHER;
        return;
      case 'rPh':
        this.phonetic++;
        this.tag = TAG_OTHER;
        return;
      case 'row':
        this.tag = TAG_ROW;
        this.rowNum++;
        this.col = -1;
        this.count = 0;
        this.blank = true;
        return;
      default:
        this.tag = TAG_OTHER;
    }
  }

  attr(name: string, value: string): void {
    if (this.tag === TAG_CELL) {
      if (name === 'r') {
        const c = columnOf(value);
        if (c >= 0) this.col = c;
      } else if (name === 't') this.type = cellType(value);
      else if (name === 's') this.style = Number(value) | 0;
    } else if (this.tag === TAG_ROW && name === 'r') {
      const n = Number(value);
      if (n >= 1) this.rowNum = n;
    }
  }

  openEnd(): void {
    this.tag = TAG_OTHER;
  }

  close(name: string): void {
    switch (name) {
      case 'c':
        this.cell();
        return;
      case 'v':
      case 't':
        this.collecting = false;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'row':
        this.row();
        return;
      default:
    }
  }

  text(s: string): void {
    if (this.collecting) this.value += s;
  }

  private cell(): void {
    const v = this.value;
    this.collecting = false;
    this.inInline = false;
    if (v === '') return;
    let text: string;
    switch (this.type) {
      case T_NUMBER: {
        const shown = this.style < this.styles.length ? (this.styles[this.style] as Shown) : Shown.number;
        text = shown === Shown.number ? numberText(v) : (dateText(Number(v), shown, this.date1904) ?? numberText(v));
        break;
      }
      case T_SHARED: {
        const s = this.shared[Number(v)];
        if (s === undefined) throw new RangeError(`cell ${this.col + 1} of row ${this.rowNum} names shared string ${v}, which the workbook does not have`);
        text = s;
        break;
      }
      case T_BOOL:
        text = v === '1' || v === 'true' ? 'TRUE' : 'FALSE';
        break;
      default:
        // copied when long: a slice of the XML's text would keep its chunk alive in a value a fold keeps
        text = ownString(v);
    }
    if (text === '') return;
    const col = this.col;
    while (this.fields.length <= col) this.fields.push('');
    this.fields[col] = text;
    if (col >= this.count) this.count = col + 1;
    if (this.blank && text.trim() !== '') this.blank = false;
  }

  private row(): void {
    const { fields, count } = this;
    if (!this.blank) this.sink(fields, Math.max(count, 0), this.rowNum);
    for (let i = 0; i < count; i++) fields[i] = '';
    this.count = 0;
    this.col = -1;
    this.blank = true;
  }
}
