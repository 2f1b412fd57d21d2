/**
 * The shared strings (`xl/sharedStrings.xml`): each `<si>`'s text, its
 * rich-text runs (`<r><t>`) joined, its phonetic runs (`<rPh>`) left out.
 * Streamed: the part is tens of MB when every id of a sheet is a shared
 * string, and it is read before any row can be, while the workers wait.
 *
 * Read on htmlparser2's Tokenizer directly, as the sheet is (sheet.ts):
 * names are told by their characters where they lie, not cut out and
 * dispatched as strings through the generic event adapter (xml.ts).
 * Measured on the bench's 1M-row workbook (1.14M strings, 30 MB of XML),
 * same host: the adapter 1.30–1.46 s of CPU, this ~0.7 s (see the commit).
 */
import type { Tokenizer as TokenizerClass } from 'htmlparser2';
import { htmlparser2 } from '../../libraries/htmlparser2.js';
import { ownString } from '../own-string.js';
import { TokenizedText } from './xml.js';
import type { Zip } from './zip.js';
import { Utf8Text } from './utf8.js';

/**
 * The shared strings, as plain data (it crosses to worker threads): all
 * their text in one string, and where each ends. One string rather than one
 * per item: a sheet whose ids are all shared strings has a million of them,
 * and V8 spends ~40 bytes on each small string besides its text; the
 * workers each get a copy. With the XML decoded in small slices (sheet.ts),
 * the report of 1M calls (1M unique ids as shared strings) went from 474 to
 * 311 MB peak RSS.
 */
export interface SharedStrings {
  readonly text: string;
  readonly ends: Int32Array;
}

export const NO_SHARED_STRINGS: SharedStrings = { text: '', ends: new Int32Array(0) };

/** The i-th shared string; undefined past the last. */
export function sharedString(s: SharedStrings, i: number): string | undefined {
  if (!(i >= 0 && i < s.ends.length)) return undefined;
  const t = s.text.slice(i === 0 ? 0 : (s.ends[i - 1] as number), s.ends[i] as number);
  // a value a fold may keep must not hold the whole text alive
  return ownString(t);
}

// elements, by their local name
const E_OTHER = 0;
const E_SI = 1;
const E_T = 2;
const E_RPH = 3;

/** items joined into one string at a time (a few long strings, not a million short ones) */
const BLOCK = 4096;

class SharedStringsReader extends TokenizedText {
  protected readonly tokenizer: TokenizerClass;
  private inT = false;
  private phonetic = 0;
  /** the text of the `<si>` being read */
  private item = '';
  private blocks: string[] = [];
  private block: string[] = [];
  private ends = new Int32Array(1024);
  private count = 0;
  private length = 0;

  constructor() {
    super();
    const noop = (): void => {};
    const text = (s: string): void => {
      if (this.inT) this.item += s;
    };
    this.tokenizer = new (htmlparser2().Tokenizer)(
      { xmlMode: true, decodeEntities: true },
      {
        ...this.tagEvents((a, b) => this.nameOf(a, b), (e) => this.open(e), (e) => this.close(e)),
        onattribname: noop,
        onattribdata: noop,
        onattribentity: noop,
        onattribend: noop,
        ontext: (a, b) => text(this.slice(a, b)),
        ontextentity: (cp) => text(String.fromCodePoint(cp)),
        oncdata: (a, b, offset) => text(this.slice(a, b - offset)),
        oncomment: noop,
        ondeclaration: noop,
        onprocessinginstruction: noop,
        onend: noop,
      },
    );
  }

  /** The element a name [a, b) is, by its local name (`x:si` is an si). */
  private nameOf(a: number, b: number): number {
    a = this.localStart(a, b);
    const c0 = this.at(a);
    switch (b - a) {
      case 1:
        return c0 === 116 ? E_T : E_OTHER; // t
      case 2:
        return c0 === 115 && this.at(a + 1) === 105 ? E_SI : E_OTHER; // si
      case 3:
        return c0 === 114 && this.at(a + 1) === 80 && this.at(a + 2) === 104 ? E_RPH : E_OTHER; // rPh
      default:
        return E_OTHER;
    }
  }

  private open(e: number): void {
    if (e === E_T) this.inT = this.phonetic === 0;
    else if (e === E_RPH) this.phonetic++;
    else if (e === E_SI) this.item = '';
  }

  private close(e: number): void {
    if (e === E_T) this.inT = false;
    else if (e === E_RPH) this.phonetic--;
    else if (e === E_SI) this.push();
  }

  private push(): void {
    const s = this.item;
    this.item = '';
    this.block.push(s);
    this.length += s.length;
    if (this.count === this.ends.length) {
      const e = new Int32Array(this.ends.length * 2);
      e.set(this.ends);
      this.ends = e;
    }
    this.ends[this.count++] = this.length;
    if (this.block.length === BLOCK) {
      this.blocks.push(this.block.join(''));
      this.block = [];
    }
  }

  result(): SharedStrings {
    this.blocks.push(this.block.join(''));
    this.block = [];
    return { text: this.blocks.join(''), ends: this.ends.slice(0, this.count) };
  }
}

/** Reads the shared strings' part. */
export async function readSharedStrings(zip: Zip, part: string): Promise<SharedStrings> {
  const reader = new SharedStringsReader();
  const decoder = new Utf8Text();
  for await (const b of await zip.stream(part)) reader.write(decoder.write(b as Buffer));
  reader.write(decoder.end());
  reader.end();
  return reader.result();
}
