/**
 * A streaming RFC 4180 tokenizer over decoded text chunks.
 *
 * Text is pushed in chunks of any size; a row is handed over only once its
 * terminating line break (outside quotes) has been seen, so quotes, `""`
 * escapes, CRLF pairs and line breaks inside quoted fields may all be split
 * across chunk boundaries.
 *
 * Why hand-written: this is the hot path of a million-row file. Fields are
 * found with `indexOf` (native memchr-like search) instead of a per-character
 * state machine or a regex; the field array is reused between rows.
 *
 * Linear whatever the input: a row that does not end in the text pushed so
 * far (the "tail") is not scanned again when more text comes. Its pieces are
 * kept as they came, a small state machine (`tailScan`) follows them to the
 * row's end, looking at each new char once, and only then is the row joined
 * and scanned, once. Fields are capped (`fieldCap`, 1 M chars) and so are
 * rows (`rowCap`, 4 M chars): past a cap the row is dropped as it goes (its
 * end is still looked for, in bounded memory) and reported as a long row
 * (`longRow`); a quoted field past the cap, or a quote still open at the
 * end of the input, stops the scan with an `UnclosedQuote` (where it opened,
 * and how many lines it would swallow), found in the time it takes to read
 * the input. Pushed text is cut into pieces no longer than `fieldCap`, so
 * that a row whole inside one piece is under every cap.
 *
 * Rules: comma separator, `"` quoting, `""` inside quotes is one quote, a
 * quoted field may hold commas and line breaks. Rows end with LF or CRLF (the
 * CR is dropped). Lenient where RFC 4180 is silent: text after a closing quote
 * is appended to the field; a quote inside an unquoted field is a quote. Lines
 * that are completely empty are skipped (but still counted).
 */

/**
 * Called once per row. `fields` is reused: copy what you keep. `count` is the
 * number of fields (the array may be longer). `line` is the 1-based physical
 * line the row starts on.
 */
export type RowHandler = (fields: readonly string[], count: number, line: number) => void;

/** A row past a cap, dropped: the line it starts on and why (`a field is longer than 1 MB`). */
export type LongRowHandler = (line: number, reason: string) => void;

/**
 * The cells of one row as places in `text` instead of substrings (see
 * `CsvScanner.spans`): cell k is `text.slice(starts[k], ends[k])`, or, when
 * `starts[k]` is -1 (a quoted cell, its `""` unescaped), `quoted[k]`. All
 * arrays are reused: copy what you keep. Cutting no substring for cells
 * nobody reads (or that are parsed in place) is what this saves.
 */
export interface RowSpans {
  text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly quoted: string[];
}

/**
 * Takes the rows of a spans scanner. An object with a method rather than a
 * callback: the scanner's call site then always meets the same function (a
 * class's method), where a closure made per chunk or per file is a new call
 * target each time, and each one threw away the scanner's optimised code.
 */
export interface SpanSink {
  rowSpans(row: RowSpans, count: number, line: number): void;
  /** a row past a cap (see LongRowHandler); without it such a row stops the scan with an error */
  longRow?(line: number, reason: string): void;
}

export interface ScannerLimits {
  /** chars a field may hold (default FIELD_CAP) */
  readonly fieldCap?: number;
  /** chars a row may hold (default ROW_CAP) */
  readonly rowCap?: number;
}

/** The longest field, in chars of the scanned text (bytes, where a worker scans undecoded bytes). */
export const FIELD_CAP = 1 << 20;
/** The longest row. */
export const ROW_CAP = 4 << 20;

/**
 * A quote that swallows the rest of the input, or more than a field may
 * hold: the file cannot be read as meant. `line`: where the quote opened;
 * `lines`: the lines after that one it runs over; `closedAt`: the line where
 * it closes, null when it never does.
 */
export class UnclosedQuote extends Error {
  override readonly name = 'UnclosedQuote';
  constructor(
    readonly line: number,
    readonly lines: number,
    readonly closedAt: number | null,
    readonly fieldCap: number,
  ) {
    super(`line ${line}: ${describeUnclosed(line, lines, closedAt, fieldCap)}`);
  }
}

/** The words of an UnclosedQuote, after `file:line: `. */
export function describeUnclosed(_line: number, lines: number, closedAt: number | null, fieldCap: number): string {
  const n = lines.toLocaleString('en-US');
  // on the last line it swallows nothing: the file ends inside that row's quotes (cut while it was written?)
  if (closedAt === null && lines === 0) return 'a quote opened on this line, the last of the file, is never closed: the file ends inside it (was it cut short?)';
  if (closedAt === null) return `a quote opened on this line is never closed: it would swallow the ${n} line${lines === 1 ? '' : 's'} after it, to the end of the file`;
  return `a quoted field opened on this line runs past ${sizeWords(fieldCap)}, over ${n} line${lines === 1 ? '' : 's'} (it closes on line ${closedAt}); is a closing quote missing?`;
}

/** `1 MB`, `4 MB`, `16 chars` */
export function sizeWords(chars: number): string {
  return chars % (1 << 20) === 0 ? `${chars >> 20} MB` : chars % 1024 === 0 ? `${chars >> 10} KB` : `${chars} chars`;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** tail states: where the char after the tail's end falls */
const T_FIELD_START = 0;
/** in an unquoted field, or in the text after a quoted field's closing quote */
const T_UNQUOTED = 1;
const T_QUOTED = 2;
/** in quotes, the tail ending on a `"`: closing, or the first of `""` */
const T_QUOTE_END = 3;

/** what becomes of the tail row: kept, dropped as too long, or an unclosed quote */
const KEEP = 0;
const LONG = 1;
const QUOTE_PAST_CAP = 2;

export class CsvScanner {
  /** physical line number of the next row's first character */
  private line = 1;
  private readonly fields: string[] = [];
  private readonly onRow: RowHandler;
  private readonly onSpans: SpanSink | null;
  private readonly onLong: LongRowHandler | null;
  private readonly fieldCap: number;
  private readonly rowCap: number;
  private spans: RowSpans = { text: '', starts: new Int32Array(64), ends: new Int32Array(64), quoted: [] };

  // The tail: a row begun but not ended in the text so far (see the module comment).
  private inTail = false;
  /** its pieces, as pushed (none once it is dropped) */
  private tail: string[] = [];
  /** its length in chars, dropped pieces included */
  private tailLength = 0;
  /** the line it starts on */
  private tailLine = 0;
  /** line feeds inside its quotes */
  private tailBreaks = 0;
  private tState = T_FIELD_START;
  /** offset in the tail where the current field starts */
  private fieldStart = 0;
  /** the line the current quoted field opened on, and the line feeds before it in the tail */
  private quoteLine = 0;
  private quoteBreaks = 0;
  private fate = KEEP;
  /** the longest field of the tail row so far (once ended), which says why a dropped row was too long */
  private maxField = 0;
  /** the last char pushed was a line feed (for the lines an unclosed quote swallows) */
  private endsWithBreak = false;

  /** `firstLine`: the physical line of the first text pushed (a chunk in the middle of a file) */
  constructor(onRow: RowHandler, firstLine = 1, onSpans: SpanSink | null = null, limits: ScannerLimits & { readonly onLongRow?: LongRowHandler } = {}) {
    this.onRow = onRow;
    this.onSpans = onSpans;
    this.line = firstLine;
    this.fieldCap = Math.max(1, limits.fieldCap ?? FIELD_CAP);
    this.rowCap = Math.max(this.fieldCap, limits.rowCap ?? ROW_CAP);
    const long = limits.onLongRow ?? (onSpans?.longRow === undefined ? null : (line: number, reason: string) => (onSpans as Required<SpanSink>).longRow(line, reason));
    this.onLong = long;
  }

  /** A scanner that hands over rows as cell places in the text (RowSpans) rather than substrings. */
  static spans(sink: SpanSink, firstLine = 1, limits: ScannerLimits = {}): CsvScanner {
    return new CsvScanner(() => undefined, firstLine, sink, limits);
  }

  /** room for cell n in the span arrays */
  private grow(n: number): void {
    const old = this.spans;
    const starts = new Int32Array(old.starts.length * 2);
    const ends = new Int32Array(old.ends.length * 2);
    starts.set(old.starts);
    ends.set(old.ends);
    this.spans = { text: old.text, starts, ends, quoted: old.quoted };
    if (n >= starts.length) this.grow(n);
  }

  /** Feed the next piece of text. */
  push(chunk: string): void {
    const len = chunk.length;
    if (len === 0) return;
    this.endsWithBreak = chunk.charCodeAt(len - 1) === LF;
    const cap = this.fieldCap;
    if (len <= cap) this.pushPiece(chunk);
    else for (let at = 0; at < len; at += cap) this.pushPiece(chunk.slice(at, at + cap));
  }

  /** End of input: the last row needs no line break. */
  end(): void {
    if (!this.inTail) return;
    if (this.tState === T_QUOTED) {
      const lines = this.tailBreaks - this.quoteBreaks - (this.endsWithBreak ? 1 : 0);
      throw new UnclosedQuote(this.quoteLine, Math.max(0, lines), null, this.fieldCap);
    }
    if (this.tState === T_QUOTE_END) this.closeQuote(this.tailLength); // a closing quote as the very last char
    if (this.tState !== T_FIELD_START) this.maxField = Math.max(this.maxField, this.tailLength - this.fieldStart);
    this.finishTail(true);
  }

  /** Characters of an incomplete row held back (0: the text pushed so far ended on a row boundary). */
  get pendingLength(): number {
    return this.inTail ? this.tailLength : 0;
  }

  /** Physical line number where the next row would start. */
  get currentLine(): number {
    return this.inTail ? this.tailLine : this.line;
  }

  /** One piece, no longer than fieldCap: complete rows scanned at once, the rest into the tail. */
  private pushPiece(s: string): void {
    let from = 0;
    const len = s.length;
    while (from < len) {
      if (this.inTail) {
        const end = this.tailScan(s, from);
        if (end < 0) return;
        this.finishTail(false);
        from = end;
        continue;
      }
      const piece = from === 0 ? s : s.slice(from);
      const used = this.scan(piece, false);
      if (used >= piece.length) return;
      this.inTail = true;
      this.tail = [];
      this.tailLength = 0;
      this.tailLine = this.line;
      this.tailBreaks = 0;
      this.tState = T_FIELD_START;
      this.fate = KEEP;
      this.maxField = 0;
      from += used;
    }
  }

  /**
   * Follows the tail row through s[from, …): each char is looked at once,
   * through indexOf. Returns the index after the row's line feed, or -1
   * when the row goes on past `s` (then the state says where it stands).
   */
  private tailScan(s: string, from: number): number {
    const len = s.length;
    /** the tail offset of s[0] */
    const base = this.tailLength - from;
    let p = from;
    let state = this.tState;
    // next line feed / comma at or after the last search (len: none left in s)
    let nextNl = -1;
    let nextComma = -1;
    let rowEnd = -1;
    for (;;) {
      if (state === T_FIELD_START) {
        if (p >= len) break;
        this.fieldStart = base + p;
        if (s.charCodeAt(p) === QUOTE) {
          state = T_QUOTED;
          this.quoteLine = this.tailLine + this.tailBreaks;
          this.quoteBreaks = this.tailBreaks;
          p++;
        } else {
          state = T_UNQUOTED;
        }
        continue;
      }
      if (state === T_QUOTE_END) {
        if (p >= len) break;
        if (s.charCodeAt(p) === QUOTE) {
          state = T_QUOTED;
          p++;
          continue;
        }
        state = T_UNQUOTED;
        this.closeQuote(base + p);
        continue;
      }
      if (state === T_QUOTED) {
        let qi = s.indexOf('"', p);
        if (qi === -1) qi = len;
        // the line feeds inside the quotes, up to the quote
        if (nextNl < p) nextNl = indexOr(s, '\n', p, len);
        while (nextNl < qi) {
          this.tailBreaks++;
          nextNl = indexOr(s, '\n', nextNl + 1, len);
        }
        if (qi + 1 >= len) {
          // the quote is not closed in s (or its meaning waits for the next char)
          if (qi < len) state = T_QUOTE_END;
          p = len;
          if (this.fate !== QUOTE_PAST_CAP && base + len - this.fieldStart > this.fieldCap) this.pastCap(true);
          break;
        }
        if (s.charCodeAt(qi + 1) === QUOTE) {
          p = qi + 2;
          continue;
        }
        p = qi + 1;
        state = T_UNQUOTED;
        this.closeQuote(base + p);
        continue;
      }
      // unquoted: the field ends at a comma, the row at a line feed; a quote here is text
      if (nextComma < p) nextComma = indexOr(s, ',', p, len);
      if (nextNl < p) nextNl = indexOr(s, '\n', p, len);
      const stop = nextNl < nextComma ? nextNl : nextComma;
      const fieldLength = base + stop - this.fieldStart;
      if (this.fate === KEEP && (fieldLength > this.fieldCap || base + stop > this.rowCap)) this.pastCap(false);
      if (stop === len) {
        p = len;
        break;
      }
      if (fieldLength > this.maxField) this.maxField = fieldLength;
      p = stop + 1;
      if (stop === nextNl) {
        rowEnd = p;
        break;
      }
      state = T_FIELD_START;
    }
    this.tState = state;
    const end = rowEnd < 0 ? len : rowEnd;
    if (this.fate === KEEP) this.tail.push(from === 0 && end === len ? s : s.slice(from, end));
    this.tailLength = base + end;
    return rowEnd;
  }

  /**
   * The tail row is past a cap: dropped from here on. A quoted field past
   * the field cap will stop the scan once it is known where it closes
   * (closeQuote, end); any other row is reported when it ends.
   */
  private pastCap(quoted: boolean): void {
    this.tail = [];
    if (quoted) this.fate = QUOTE_PAST_CAP;
    else if (this.fate === KEEP) this.fate = LONG;
  }

  /** A quoted field of the tail closes, its closing quote ending at `end` (a tail offset): past the cap, the scan stops. */
  private closeQuote(end: number): void {
    if (this.fate !== QUOTE_PAST_CAP && end - this.fieldStart <= this.fieldCap) return;
    const lines = this.tailBreaks - this.quoteBreaks;
    throw new UnclosedQuote(this.quoteLine, lines, this.quoteLine + lines, this.fieldCap);
  }

  /** The tail row has ended (at a line feed, or at the end of the input): handed over, or reported as too long. */
  private finishTail(final: boolean): void {
    this.inTail = false;
    const pieces = this.tail;
    this.tail = [];
    if (this.fate !== KEEP) {
      const line = this.tailLine;
      this.line = line + this.tailBreaks + 1;
      const reason = this.maxField > this.fieldCap ? `a field is longer than ${sizeWords(this.fieldCap)}` : `the row is longer than ${sizeWords(this.rowCap)}`;
      if (this.onLong === null) throw new Error(`line ${line}: ${reason}`);
      this.onLong(line, reason);
      return;
    }
    const text = pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
    this.line = this.tailLine;
    this.scan(text, final);
  }

  /**
   * Scans complete rows of `s`; returns the index where the first incomplete
   * row starts (s.length when all was consumed).
   */
  private scan(s: string, final: boolean): number {
    const len = s.length;
    const fields = this.fields;
    const inPlace = this.onSpans !== null;
    let spans = this.spans;
    spans.text = s;
    let pos = 0;
    let line = this.line;
    // cached result of indexOf(',', …): valid while it is >= the search start
    let nextComma = -1;
    let nextNl = -1;

    rows: while (pos < len) {
      if (nextNl < pos) {
        nextNl = s.indexOf('\n', pos);
        if (nextNl === -1) {
          if (!final) break;
          nextNl = len;
        }
      }
      // an empty line (or a lone CR) is skipped but counted
      if (nextNl === pos || (nextNl === pos + 1 && s.charCodeAt(pos) === CR)) {
        pos = nextNl + 1;
        line++;
        continue;
      }
      let n = 0;
      let p = pos;
      let extraLines = 0;
      for (;;) {
        if (inPlace && n >= spans.starts.length) {
          this.grow(n);
          spans = this.spans;
        }
        if (p < len && s.charCodeAt(p) === QUOTE) {
          // quoted field: find the closing quote, unescaping "" on the way
          let value = '';
          let start = p + 1;
          let q = start;
          let closed = false;
          for (;;) {
            const qi = s.indexOf('"', q);
            if (qi === -1) break;
            if (qi + 1 >= len && !final) break; // cannot tell "" from " yet
            if (s.charCodeAt(qi + 1) === QUOTE) {
              value += s.slice(start, qi + 1);
              q = qi + 2;
              start = q;
              continue;
            }
            value += s.slice(start, qi);
            q = qi + 1;
            closed = true;
            break;
          }
          if (!closed) {
            if (!final) break rows; // wait for more text
            // (the tail's state machine found this first; kept for a text scanned whole)
            let breaks = 0;
            for (let k = s.indexOf('\n', p); k !== -1; k = s.indexOf('\n', k + 1)) breaks++;
            if (s.charCodeAt(len - 1) === LF) breaks--;
            throw new UnclosedQuote(line + extraLines, Math.max(0, breaks), null, this.fieldCap);
          }
          // line breaks inside the quotes: the row's line feed is past them,
          // else counted from it (not searched from p for each quoted field)
          if (nextNl < q) {
            for (let k = nextNl; k !== -1 && k < q; k = s.indexOf('\n', k + 1)) extraLines++;
            nextNl = s.indexOf('\n', q);
            if (nextNl === -1) {
              if (!final) break rows;
              nextNl = len;
            }
          }
          // field ends at the next comma or the line end; anything between is kept (lenient)
          if (nextComma < q) {
            nextComma = s.indexOf(',', q);
            if (nextComma === -1) nextComma = len + 1;
          }
          const stop = nextComma < nextNl ? nextComma : nextNl;
          if (stop > q) {
            let tailEnd = stop;
            if (stop === nextNl && tailEnd > q && s.charCodeAt(tailEnd - 1) === CR) tailEnd--;
            if (tailEnd > q) value += s.slice(q, tailEnd);
          }
          if (inPlace) {
            spans.starts[n] = -1;
            spans.quoted[n++] = value;
          } else {
            fields[n++] = value;
          }
          if (stop === nextComma && nextComma < nextNl) {
            p = stop + 1;
            continue;
          }
          break;
        }
        // unquoted field: to the next comma, or to the line end (less a CR)
        // (indexOf in place, not in a helper: with V8 tuned for short runs the helper was not inlined)
        if (nextComma < p) {
          nextComma = s.indexOf(',', p);
          if (nextComma === -1) nextComma = len + 1;
        }
        const more = nextComma < nextNl;
        let end = more ? nextComma : nextNl;
        if (!more && end > p && s.charCodeAt(end - 1) === CR) end--;
        if (inPlace) {
          spans.starts[n] = p;
          spans.ends[n++] = end;
        } else {
          fields[n++] = s.slice(p, end);
        }
        if (!more) break;
        p = end + 1;
      }
      this.line = line + 1 + extraLines;
      if (inPlace) (this.onSpans as SpanSink).rowSpans(spans, n, line);
      else this.onRow(fields, n, line);
      line = this.line;
      pos = nextNl + 1;
    }
    this.line = line;
    return pos > len ? len : pos;
  }
}

/** s.indexOf(c, from), or `none` when it is not there */
function indexOr(s: string, c: string, from: number, none: number): number {
  const i = s.indexOf(c, from);
  return i === -1 ? none : i;
}

/** Splits a whole text at once (tests, small files). Rows are copied. */
export function scanAll(text: string, limits: ScannerLimits = {}): { fields: string[]; line: number }[] {
  const rows: { fields: string[]; line: number }[] = [];
  const sc = new CsvScanner((f, n, line) => rows.push({ fields: f.slice(0, n), line }), 1, null, limits);
  sc.push(text);
  sc.end();
  return rows;
}

/**
 * The first row of a text that may go on with anything (the start of a
 * file): what follows it, cut anywhere, a quote left open or a row past a
 * cap, is not its business. undefined when there is no first row to read.
 */
export function firstRow(text: string): string[] | undefined {
  return firstRows(text, 1)[0];
}

/** The first `n` rows of such a text (fewer when it holds fewer). */
export function firstRows(text: string, n: number): string[][] {
  const rows: string[][] = [];
  const sc = new CsvScanner((f, k) => {
    if (rows.length < n) rows.push(f.slice(0, k));
  }, 1, null, { onLongRow: () => undefined });
  try {
    sc.push(text);
    sc.end();
  } catch (err) {
    if (!(err instanceof UnclosedQuote)) throw err;
  }
  return rows;
}

/** Writes one row the way the scanner reads it back (tests, fixtures). */
export function formatCsvRow(fields: readonly string[]): string {
  return fields
    .map((f) => (f === '' && fields.length === 1) || /[",\r\n]/.test(f) || f.startsWith('"') ? `"${f.replaceAll('"', '""')}"` : f)
    .join(',');
}
