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
 *
 * The hot loop of a workbook (a 1M-row sheet is ~650 MB of XML): it talks
 * to htmlparser2's Tokenizer directly (xml.ts says why that tokenizer).
 * Names are told by their characters where they lie, not cut out; only
 * the text of values is. The Tokenizer does not decode entities (it then
 * skips plain text in one scan): a value holding `&` is decoded with
 * `entities`' decodeXML (inline strings written as `&#22235;`). Measured on
 * 100k inline-string rows, same run: the generic event adapter 3.5 s →
 * this 2.2 s.
 */
import type { Tokenizer as TokenizerClass } from 'htmlparser2';
import { htmlparser2 } from '../../libraries/htmlparser2.js';
import { TokenizedText } from './xml.js';
import { entities } from '../../libraries/entities.js';
import { dateText, numberText, Shown } from './cell-text.js';
import { ownString } from '../own-string.js';
import { sharedString, type SharedStrings } from './shared-strings.js';
import type { Utf8Text } from './utf8.js';

/** `fields[0..count)` are the row's cells ('' where there is none); `row` its number in the sheet. */
export type RowSink = (fields: string[], count: number, row: number) => void;

export interface SheetFormat {
  /** the shared strings */
  readonly shared: SharedStrings;
  /** per cell style: how it shows a number (WorkbookInfo.styles) */
  readonly styles: Uint8Array;
  readonly date1904: boolean;
}

const T_NUMBER = 0;
const T_SHARED = 1;
const T_INLINE = 2;
const T_STR = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

/**
 * A cell's type by its `t` attribute, told by its length and first two
 * characters where it lies: `s`, `str`, `inlineStr`, `b`, `e`, `d`; `n`
 * and anything else a number.
 */
function cellType(length: number, c0: number, c1: number): number {
  switch (length) {
    case 1:
      return c0 === 115 ? T_SHARED : c0 === 98 ? T_BOOL : c0 === 101 ? T_ERROR : c0 === 100 ? T_DATE : T_NUMBER; // s b e d
    case 3:
      return c0 === 115 && c1 === 116 ? T_STR : T_NUMBER; // str
    case 9:
      return c0 === 105 && c1 === 110 ? T_INLINE : T_NUMBER; // inlineStr
    default:
      return T_NUMBER;
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

/** A shared string's index: plain digits, as Excel writes it; null for anything else (Number() then reads it). */
function indexOf(v: string): number | null {
  if (v.length > 9) return null;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
  }
  return n;
}

/** slots of the shared strings' cache (a power of two) */
const SHARED_CACHE = 4096;

/** bytes decoded at a time: at most as many UTF-16 units, 96 KB (writeBytes) */
const DECODE_SLICE = 48 * 1024;

// elements, by their local name
const E_OTHER = 0;
const E_ROW = 1;
const E_C = 2;
const E_V = 3;
const E_IS = 4;
const E_T = 5;
const E_RPH = 6;
const E_SHEETDATA = 7;
const E_F = 8;
const E_MERGECELL = 9;

// attributes read: of <row> and <c>
const A_NONE = 0;
const A_ROW_R = 1;
const A_CELL_R = 2;
const A_CELL_T = 3;
const A_CELL_S = 4;
/** merged ranges named in a message at most */
const MERGED_KEPT = 5;
/** `ref` of a <mergeCell> (after the rows) */
const A_MERGE_REF = 5;

export class SheetRows extends TokenizedText {
  protected readonly tokenizer: TokenizerClass;
  private readonly decodeXML: (s: string) => string;

  private fields: string[] = [];
  /** columns of the current row up to its last cell with text */
  private count = 0;
  private rowNum = 0;
  private blank = true;
  /** the element whose start tag is being read */
  private element = E_OTHER;
  private attr = A_NONE;
  private attrNum = 0;
  /** the first two characters of a `t` value (cellType) */
  private attrC0 = 0;
  private attrC1 = 0;
  private col = -1;
  private type = T_NUMBER;
  private style = 0;
  private value = '';
  /**
   * A shared-string cell's index, read from its `<v>` where it lies rather
   * than cut out as text (most cells of such a sheet: ~10M short strings
   * fewer on 1M rows); -1 when the value is not plain digits (then `value`).
   */
  private index = -1;
  private indexDigits = 0;
  /** text is being collected: inside `<v>`, or a `<t>` of `<is>` outside `<rPh>` */
  private collecting = false;
  private inInline = false;
  private phonetic = 0;
  /** rows are read only inside <sheetData> */
  private inData: boolean;
  /** a row without `r` was met: its number follows the row before (so a slice of the sheet cannot be read alone) */
  unnumbered = false;
  /**
   * The columns (0-based) of the row just read whose cell holds a formula
   * and no saved value (`<f>` without `<v>`, or with an empty one: a program wrote the workbook
   * without calculating it), read as blank: the sink tells whether the
   * report reads them (RowReader.unsavedFormulas).
   */
  readonly unsaved: number[] = [];
  /**
   * Ranges of merged cells over several rows (`C3:C9`, listed after the
   * rows): Excel keeps a merged range's value in its first cell, so the
   * others read as blank. The first few, and how many.
   */
  readonly merged: { count: number; readonly refs: string[] } = { count: 0, refs: [] };
  private mergeRef = '';
  private formula = false;
  private rowHasR = false;
  private readonly cachedIndex = new Int32Array(SHARED_CACHE).fill(-1);
  private readonly cachedString: string[] = new Array<string>(SHARED_CACHE).fill('');

  constructor(
    private readonly sink: RowSink,
    private readonly format: SheetFormat,
    opts: { readonly inSheetData?: boolean } = {},
  ) {
    super();
    this.inData = opts.inSheetData === true;
    this.decodeXML = entities().decodeXML;
    const noop = (): void => {};
    this.tokenizer = new (htmlparser2().Tokenizer)(
      { xmlMode: true, decodeEntities: false },
      {
        ...this.tagEvents((a, b) => this.nameOf(a, b), (e) => this.open(e), (e) => this.close(e)),
        onattribname: (a, b) => this.attrName(a, b),
        onattribdata: (a, b) => this.attrData(a, b),
        onattribentity: noop,
        onattribend: () => this.attrEnd(),
        ontext: (a, b) => {
          if (this.collecting && !(this.index >= 0 && this.digits(a, b))) this.value += this.slice(a, b);
        },
        ontextentity: noop,
        oncdata: (a, b, offset) => {
          // CDATA text is taken as it is: no entities in it
          if (this.collecting) this.value += this.slice(a, b - offset).replace(/&/g, '&amp;');
        },
        oncomment: noop,
        ondeclaration: noop,
        onprocessinginstruction: noop,
        onend: noop,
      },
    );
  }

  /** Every row handed on has at least `n` fields (the header's width): '' past its last cell. */
  widen(n: number): void {
    while (this.fields.length < n) this.fields.push('');
  }

  /**
   * Decodes UTF-8 bytes and reads them, in slices whose text stays under
   * V8's large-object size (128 KB): larger strings are made in the old
   * generation and are garbage only a full collection finds, which let a
   * worker's heap grow past 150 MB on 1M rows; these die young.
   */
  writeBytes(bytes: Uint8Array, decoder: Utf8Text): void {
    for (let at = 0; at < bytes.length; at += DECODE_SLICE) {
      this.write(decoder.write(bytes.subarray(at, Math.min(bytes.length, at + DECODE_SLICE))));
    }
  }

  /** A merged range `A3:B9`: kept when it spans several rows (one row's merge is a title's, or a header's). */
  private mergedRange(ref: string): void {
    const m = /^[A-Za-z]+(\d+):[A-Za-z]+(\d+)$/.exec(ref.trim());
    if (m === null || m[1] === m[2]) return;
    this.merged.count++;
    if (this.merged.refs.length < MERGED_KEPT) this.merged.refs.push(ref.trim());
  }

  /** The element a name [a, b) is, by its local name (`x:row` is a row). */
  private nameOf(a: number, b: number): number {
    a = this.localStart(a, b);
    const c0 = this.at(a);
    switch (b - a) {
      case 1:
        return c0 === 99 ? E_C : c0 === 118 ? E_V : c0 === 116 ? E_T : c0 === 102 ? E_F : E_OTHER; // c v t f
      case 2:
        return c0 === 105 && this.at(a + 1) === 115 ? E_IS : E_OTHER; // is
      case 3:
        if (c0 === 114 && this.at(a + 1) === 111 && this.at(a + 2) === 119) return E_ROW; // row
        if (c0 === 114 && this.at(a + 1) === 80 && this.at(a + 2) === 104) return E_RPH; // rPh
        return E_OTHER;
      case 9:
        switch (this.slice(a, b)) {
          case 'sheetData':
            return E_SHEETDATA;
          case 'mergeCell':
            return E_MERGECELL;
          default:
            return E_OTHER;
        }
      default:
        return E_OTHER;
    }
  }

  private open(e: number): void {
    this.element = e;
    if (e === E_SHEETDATA) this.inData = true;
    if (!this.inData) return;
    switch (e) {
      case E_C:
        this.col++;
        this.type = T_NUMBER;
        this.style = 0;
        this.value = '';
        this.index = -1;
        this.formula = false;
        return;
      case E_F:
        this.formula = true;
        return;
      case E_V:
        this.collecting = true;
        this.value = '';
        this.index = this.type === T_SHARED ? 0 : -1;
        this.indexDigits = 0;
        return;
      case E_IS:
        this.inInline = true;
        return;
      case E_T:
        if (this.inInline && this.phonetic === 0) this.collecting = true;
        return;
      case E_RPH:
        this.phonetic++;
        return;
      case E_ROW:
        this.rowNum++;
        this.rowHasR = false;
        if (this.unsaved.length > 0) this.unsaved.length = 0;
        this.col = -1;
        this.count = 0;
        this.blank = true;
        return;
      default:
    }
  }

  private attrName(a: number, b: number): void {
    this.attr = A_NONE;
    if (this.element === E_MERGECELL) {
      if (this.slice(a, b) === 'ref') this.attr = A_MERGE_REF;
      this.mergeRef = '';
      return;
    }
    if (b - a !== 1 || !this.inData) return;
    const c = this.at(a);
    if (this.element === E_C) {
      this.attr = c === 114 ? A_CELL_R : c === 116 ? A_CELL_T : c === 115 ? A_CELL_S : A_NONE; // r t s
      this.attrNum = 0;
    } else if (this.element === E_ROW && c === 114) {
      this.attr = A_ROW_R;
      this.attrNum = 0;
    }
  }

  /** a value, read where it lies (it may come in two pieces, at a chunk's end) */
  private attrData(a: number, b: number): void {
    switch (this.attr) {
      case A_CELL_R: {
        // the column's letters; the row's digits after them are not needed
        let n = this.attrNum;
        for (let i = a; i < b; i++) {
          const c = this.at(i) | 32;
          if (c < 97 || c > 122) break;
          n = n * 26 + (c - 96);
        }
        this.attrNum = n;
        return;
      }
      case A_ROW_R:
      case A_CELL_S: {
        let n = this.attrNum;
        for (let i = a; i < b; i++) {
          const d = this.at(i) - 48;
          if (d >= 0 && d <= 9) n = n * 10 + d;
        }
        this.attrNum = n;
        return;
      }
      case A_MERGE_REF:
        this.mergeRef += this.slice(a, b);
        return;
      case A_CELL_T:
        // its length and first two characters (it may come in two pieces)
        for (let i = a; i < b && this.attrNum < 2; i++) {
          if (this.attrNum === 0) this.attrC0 = this.at(i);
          else this.attrC1 = this.at(i);
          this.attrNum++;
        }
        this.attrNum += Math.max(0, b - a - 2);
        return;
      default:
    }
  }

  private attrEnd(): void {
    switch (this.attr) {
      case A_CELL_R:
        if (this.attrNum > 0) this.col = this.attrNum - 1;
        break;
      case A_ROW_R:
        if (this.attrNum > 0) {
          this.rowNum = this.attrNum;
          this.rowHasR = true;
        }
        break;
      case A_CELL_S:
        this.style = this.attrNum;
        break;
      case A_CELL_T:
        this.type = cellType(this.attrNum, this.attrC0, this.attrC1);
        break;
      case A_MERGE_REF:
        this.mergedRange(this.mergeRef);
        break;
      default:
    }
    this.attr = A_NONE;
  }

  private close(e: number): void {
    switch (e) {
      case E_C:
        if (this.inData) this.cell();
        return;
      case E_V:
      case E_T:
        this.collecting = false;
        return;
      case E_IS:
        this.inInline = false;
        return;
      case E_RPH:
        this.phonetic--;
        return;
      case E_ROW:
        if (this.inData) this.row();
        return;
      case E_SHEETDATA:
        this.inData = false;
        return;
      default:
    }
  }

  /**
   * Digits of a shared string's index in [a, b), added to `index`; false,
   * with `value` holding the index of earlier pieces as text, when they are
   * not plain digits (then the whole text is read as a number, in cell()).
   */
  private digits(a: number, b: number): boolean {
    let n = this.index;
    let k = this.indexDigits;
    for (let i = a; i < b; i++) {
      const d = this.at(i) - 48;
      if (d < 0 || d > 9 || k === 9) {
        // the digits of earlier pieces as text; the caller adds this piece's
        this.value = this.indexDigits > 0 ? String(this.index) : '';
        this.index = -1;
        return false;
      }
      n = n * 10 + d;
      k++;
    }
    this.index = n;
    this.indexDigits = k;
    return true;
  }

  private cell(): void {
    let v = this.value;
    this.collecting = false;
    this.inInline = false;
    // no value, or an empty one (as openpyxl writes `<v></v>`), but for a text formula's, which may be ''
    if (this.formula && v === '' && this.type !== T_STR) this.unsaved.push(this.col);
    if (this.index >= 0 && this.indexDigits > 0) {
      // most cells of a shared-strings sheet
      this.put(this.sharedCell(this.index, null));
      return;
    }
    if (v === '') return;
    let text: string;
    if (this.type === T_SHARED) {
      this.put(this.sharedCell(indexOf(v) ?? Number(this.decodeXML(v)), v));
      return;
    }
    if (v.includes('&')) v = this.decodeXML(v); // the Tokenizer leaves entities in text (see above)
    switch (this.type) {
      case T_NUMBER: {
        const { styles } = this.format;
        const shown = this.style < styles.length ? (styles[this.style] as Shown) : Shown.number;
        text = shown === Shown.number ? numberText(v) : (dateText(Number(v), shown, this.format.date1904) ?? numberText(v));
        break;
      }
      case T_BOOL:
        text = v === '1' || v === 'true' ? 'TRUE' : 'FALSE';
        break;
      default:
        // copied when long: a slice of the XML's text would keep its chunk alive in a value a fold keeps
        text = ownString(v);
    }
    this.put(text);
  }

  /** The shared string a cell names (`written`: its value as written, when not plain digits). */
  private sharedCell(i: number, written: string | null): string {
    const s = this.sharedAt(i);
    if (s === undefined) throw new RangeError(`cell ${this.col + 1} of row ${this.rowNum} names shared string ${written ?? i}, which the workbook does not have`);
    return s;
  }

  /** The cell's text at its column. */
  private put(text: string): void {
    if (text === '') return;
    const col = this.col;
    while (this.fields.length <= col) this.fields.push('');
    this.fields[col] = text;
    if (col >= this.count) this.count = col + 1;
    if (this.blank && text.trim() !== '') this.blank = false;
  }

  /**
   * A shared string, remembered by its index in a small direct-mapped table:
   * the few values most cells hold (cities, channels, outcomes) are cut from
   * the strings' text once, not once a cell; unique ones (ids) pass through.
   */
  private sharedAt(i: number): string | undefined {
    const slot = i & (SHARED_CACHE - 1);
    if (this.cachedIndex[slot] === i) return this.cachedString[slot];
    const s = sharedString(this.format.shared, i);
    if (s !== undefined) {
      this.cachedIndex[slot] = i;
      this.cachedString[slot] = s;
    }
    return s;
  }

  private row(): void {
    if (!this.rowHasR) this.unnumbered = true;
    const { fields, count } = this;
    if (!this.blank) this.sink(fields, count, this.rowNum);
    for (let i = 0; i < count; i++) fields[i] = '';
    this.count = 0;
    this.col = -1;
    this.blank = true;
  }
}
