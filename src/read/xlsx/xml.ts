/**
 * XML as events, on htmlparser2's Tokenizer (xmlMode), for the workbook's
 * small parts (workbook.xml, its rels, styles.xml); the sheet and the shared
 * strings, large and read chunk by chunk as they are inflated (a 1M-row sheet
 * is ~650 MB of XML), talk to the Tokenizer directly (sheet.ts,
 * shared-strings.ts) through TokenizedText below.
 *
 * Why the Tokenizer and not a SAX parser: on the same sheet XML (100k calls,
 * 63 MB with `&#22235;` references / 40 MB with shared strings, 64 KB string
 * chunks, 2 loaded cores, same run) htmlparser2's Tokenizer read 29 / 49 MB/s,
 * ltx 17 / 29, saxes 14 / 23, sax 8, sax-wasm 6 (its events cross the wasm
 * boundary). The Tokenizer reports places in the text, not strings: only the
 * names and values the reader asks for are cut out. Measured again later
 * (41 MB of shared-strings sheet XML in 2 MB pieces, reading each cell's
 * `t`, `s` and value, 3 rounds): the Tokenizer 617–650 ms, saxen 11.2
 * (lazy attributes) 849–1206 ms, txml 6.0.3 (a tree per piece) 2.4–2.9 s.
 *
 * Names lose their namespace prefix (`x:row` → `row`), as some exporters
 * write the SpreadsheetML namespace with one; attribute names keep theirs
 * (`r:id`). Entities and character references are decoded.
 */
import type { Tokenizer as TokenizerClass, TokenizerCallbacks } from 'htmlparser2';
import { htmlparser2 } from '../../libraries/htmlparser2.js';

export interface XmlHandler {
  /** a start tag's name */
  open(name: string): void;
  /** one of its attributes */
  attr(name: string, value: string): void;
  /** the end of the start tag; a self-closing tag is then closed at once */
  openEnd(): void;
  close(name: string): void;
  /** character data (possibly in pieces) */
  text(s: string): void;
}

const local = (name: string): string => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/**
 * Text fed to htmlparser2's Tokenizer chunk by chunk, and the text between
 * two of the places its events report. Text and attribute values are
 * reported by the end of each chunk, so only a name can start in the chunk
 * before: the last two chunks are kept, nothing older.
 */
export abstract class TokenizedText {
  protected abstract readonly tokenizer: TokenizerClass;
  /** the text written so far that events may still point into: `prev` then `cur`, from `prevStart` */
  private prev = '';
  private prevStart = 0;
  private cur = '';
  private curStart = 0;

  write(chunk: string): void {
    if (chunk.length === 0) return;
    this.prev = this.cur;
    this.prevStart = this.curStart;
    this.curStart += this.cur.length;
    this.cur = chunk;
    this.tokenizer.write(chunk);
  }

  end(): void {
    this.tokenizer.end();
  }

  /** The character at a place. */
  protected at(i: number): number {
    return i >= this.curStart ? this.cur.charCodeAt(i - this.curStart) : this.prev.charCodeAt(i - this.prevStart);
  }

  /**
   * The tag events of a reader that tells elements by a number (its `nameOf`,
   * 0 for any other): `open(e)` at a start tag's name, `close(e)` at an end
   * tag and at the end of a self-closing start tag, for the element it opened.
   */
  protected tagEvents(
    nameOf: (a: number, b: number) => number,
    open: (e: number) => void,
    close: (e: number) => void,
  ): Pick<TokenizerCallbacks, 'onopentagname' | 'onopentagend' | 'onselfclosingtag' | 'onclosetag'> {
    let element = 0;
    return {
      onopentagname: (a, b) => open((element = nameOf(a, b))),
      onopentagend: () => {
        element = 0;
      },
      onselfclosingtag: () => {
        const e = element;
        element = 0;
        close(e);
      },
      onclosetag: (a, b) => close(nameOf(a, b)),
    };
  }

  /** Where the local name of a name [a, b) starts: after its namespace prefix (`x:row`), if it has one. */
  protected localStart(a: number, b: number): number {
    for (let i = b - 1; i > a; i--) if (this.at(i) === 58) return i + 1;
    return a;
  }

  /** The text between two places. */
  protected slice(a: number, b: number): string {
    const c = this.curStart;
    if (a >= c) return this.cur.slice(a - c, b - c);
    if (b <= c) return this.prev.slice(a - this.prevStart, b - this.prevStart);
    return this.prev.slice(a - this.prevStart) + this.cur.slice(0, b - c);
  }
}

export class XmlStream extends TokenizedText {
  protected readonly tokenizer: TokenizerClass;
  private tag = '';
  private attrName = '';
  private attrValue = '';

  constructor(h: XmlHandler) {
    super();
    const noop = (): void => {};
    this.tokenizer = new (htmlparser2().Tokenizer)(
      { xmlMode: true, decodeEntities: true },
      {
        onopentagname: (a, b) => {
          this.tag = local(this.slice(a, b));
          h.open(this.tag);
        },
        onattribname: (a, b) => {
          this.attrName = this.slice(a, b);
          this.attrValue = '';
        },
        onattribdata: (a, b) => {
          this.attrValue += this.slice(a, b);
        },
        onattribentity: (cp) => {
          this.attrValue += String.fromCodePoint(cp);
        },
        onattribend: () => h.attr(this.attrName, this.attrValue),
        onopentagend: () => h.openEnd(),
        onselfclosingtag: () => {
          h.openEnd();
          h.close(this.tag);
        },
        onclosetag: (a, b) => h.close(local(this.slice(a, b))),
        ontext: (a, b) => h.text(this.slice(a, b)),
        ontextentity: (cp) => h.text(String.fromCodePoint(cp)),
        oncdata: (a, b, offset) => h.text(this.slice(a, b - offset)),
        oncomment: noop,
        ondeclaration: noop,
        onprocessinginstruction: noop,
        onend: noop,
      },
    );
  }
}

/** Feeds a whole (small) part to `h`. */
export function readXmlText(text: string, h: XmlHandler): void {
  const xml = new XmlStream(h);
  xml.write(text);
  xml.end();
}
