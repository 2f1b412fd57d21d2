/**
 * A streaming RFC 4180 tokenizer over decoded text chunks.
 *
 * Text is pushed in chunks of any size; a row is handed over only once its
 * terminating line break (outside quotes) has been seen, so quotes, `""`
 * escapes, CRLF pairs and line breaks inside quoted fields may all be split
 * across chunk boundaries. Only the incomplete tail row is carried over.
 *
 * Why hand-written: this is the hot path of a million-row file. Fields are
 * found with `indexOf` (native memchr-like search) instead of a per-character
 * state machine or a regex; the field array is reused between rows.
 *
 * Rules: comma separator, `"` quoting, `""` inside quotes is one quote, a
 * quoted field may hold commas and line breaks. Rows end with LF or CRLF (the
 * CR is dropped). Lenient where RFC 4180 is silent: text after a closing quote
 * is appended to the field, an unterminated quote at end of input runs to the
 * end. Lines that are completely empty are skipped (but still counted).
 */

/**
 * Called once per row. `fields` is reused: copy what you keep. `count` is the
 * number of fields (the array may be longer). `line` is the 1-based physical
 * line the row starts on.
 */
export type RowHandler = (fields: readonly string[], count: number, line: number) => void;

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
}

const QUOTE = 34;
const CR = 13;

export class CsvScanner {
  /** unconsumed text: the beginning of a row not yet complete */
  private pending = '';
  /** physical line number of `pending`'s first character */
  private line = 1;
  private readonly fields: string[] = [];
  private readonly onRow: RowHandler;
  private readonly onSpans: SpanSink | null;
  private spans: RowSpans = { text: '', starts: new Int32Array(64), ends: new Int32Array(64), quoted: [] };

  /** `firstLine`: the physical line of the first text pushed (a chunk in the middle of a file) */
  constructor(onRow: RowHandler, firstLine = 1, onSpans: SpanSink | null = null) {
    this.onRow = onRow;
    this.onSpans = onSpans;
    this.line = firstLine;
  }

  /** A scanner that hands over rows as cell places in the text (RowSpans) rather than substrings. */
  static spans(sink: SpanSink, firstLine = 1): CsvScanner {
    return new CsvScanner(() => undefined, firstLine, sink);
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
    if (chunk.length === 0) return;
    const text = this.pending.length === 0 ? chunk : this.pending + chunk;
    const used = this.scan(text, false);
    this.pending = used === text.length ? '' : text.slice(used);
  }

  /** End of input: the last row needs no line break. */
  end(): void {
    if (this.pending.length > 0) this.scan(this.pending, true);
    this.pending = '';
  }

  /** Characters of an incomplete row held back (0: the text pushed so far ended on a row boundary). */
  get pendingLength(): number {
    return this.pending.length;
  }

  /** Physical line number where the next row would start. */
  get currentLine(): number {
    return this.line;
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
            value += s.slice(start);
            q = len;
          }
          // line breaks inside the quotes
          for (let k = s.indexOf('\n', p); k !== -1 && k < q; k = s.indexOf('\n', k + 1)) extraLines++;
          if (q > nextNl) {
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

/** Splits a whole text at once (tests, small files). Rows are copied. */
export function scanAll(text: string): { fields: string[]; line: number }[] {
  const rows: { fields: string[]; line: number }[] = [];
  const sc = new CsvScanner((f, n, line) => rows.push({ fields: f.slice(0, n), line }));
  sc.push(text);
  sc.end();
  return rows;
}

/** Writes one row the way the scanner reads it back (tests, fixtures). */
export function formatCsvRow(fields: readonly string[]): string {
  return fields
    .map((f) => (f === '' && fields.length === 1) || /[",\r\n]/.test(f) || f.startsWith('"') ? `"${f.replaceAll('"', '""')}"` : f)
    .join(',');
}
