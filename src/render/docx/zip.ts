/**
 * The DOCX package, zipped once and the same on every run. docx stamps
 * core.xml with the time of the run and the zip entries with the current
 * local time, so its parts are taken before zipping (its compiler, the step
 * that Packer runs before it deflates everything, PNGs included), core.xml's
 * dates become the issue date, and the parts are zipped in a fixed order with
 * that date. Where the compiler cannot be reached (another docx version), the
 * packed file is unzipped and zipped again the same way: same bytes, slower.
 */
import type { Document } from 'docx';
import { docx } from '../../libraries/docx.js';
import { fflate } from '../../libraries/fflate.js';
import { writeZip, type ZipDay } from './zip-writer.js';

const { strFromU8, strToU8, unzipSync } = fflate;
const { Packer } = docx;

/** `2025-04-03` → that day for zip's DOS dates (local wall-clock: the day as written, whatever the time zone) */
function zipDay(isoDate: string): ZipDay {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

type Parts = Record<string, Uint8Array>;

/**
 * Media parts to swap for others by their bytes: a figure's stand-in (the
 * bytes its picture was made with) → its PNG.
 */
export type MediaSwaps = ReadonlyMap<string, Uint8Array>;

/** The key of a part's bytes in MediaSwaps. */
export function mediaKey(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Each stand-in's part given its PNG; an error when one is not in the package (docx would have written it elsewhere). */
function swapMedia(files: Parts, swaps: MediaSwaps): void {
  const left = new Set(swaps.keys());
  for (const name of Object.keys(files)) {
    if (!name.startsWith('word/media/')) continue;
    const bytes = files[name]!;
    // stand-ins are short: most parts are not compared at all
    const key = bytes.length < 256 ? mediaKey(bytes) : '';
    const png = swaps.get(key);
    if (png === undefined) continue;
    files[name] = png;
    left.delete(key);
  }
  if (left.size > 0) throw new Error(`the DOCX package lacks the picture of ${[...left].join(', ')}`);
}

/** core.xml dated on the issue date; every part dated on it too, in a fixed order, images stored; stand-ins swapped for their PNGs. */
export function zipParts(files: Parts, issued: string, swaps: MediaSwaps = new Map()): Uint8Array {
  swapMedia(files, swaps);
  const stamp = `${issued}T00:00:00Z`;
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = strFromU8(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  // [Content_Types].xml first, as Office writes it; the rest in a fixed order
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  // PNGs are deflated already: storing them saves the time of deflating them again for nothing
  const entries = names.map((name) => ({ name, data: files[name]!, deflate: !/\.(png|jpe?g)$/i.test(name) }));
  return writeZip(entries, zipDay(issued));
}

/** A packed DOCX made deterministic (the slow way: unzip, fix, zip again). */
export function fixPackage(bytes: Uint8Array, issued: string, swaps: MediaSwaps = new Map()): Uint8Array {
  return zipParts(unzipSync(bytes), issued, swaps);
}

/** docx's compiler: not in its public types (Packer keeps it private), so reached with care. */
interface Compiler {
  compile(file: Document, prettify: undefined, overrides: readonly never[]): Map<string, string | Uint8Array | ArrayBuffer>;
}

function compilerOf(): Compiler | null {
  const c = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  return c && typeof c.compile === 'function' ? (c as Compiler) : null;
}

function bytesOf(data: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof data === 'string') return strToU8(data);
  if (data instanceof Uint8Array) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/**
 * The document as deterministic DOCX bytes. `swaps` (media to replace, see
 * MediaSwaps) is awaited only once the document is compiled: the pictures'
 * PNGs may still be being drawn until then.
 */
export async function packDocx(document: Document, issued: string, swaps: MediaSwaps | PromiseLike<MediaSwaps> = new Map()): Promise<Uint8Array> {
  const compiler = compilerOf();
  if (compiler) {
    let parts: Map<string, string | Uint8Array | ArrayBuffer> | null = null;
    try {
      parts = compiler.compile(document, undefined, []);
    } catch {
      // not the compiler this was written for: Packer's own way below
    }
    if (parts instanceof Map) {
      const files: Parts = {};
      for (const [path, data] of parts) files[path] = bytesOf(data);
      return zipParts(files, issued, await swaps);
    }
  }
  return fixPackage(await Packer.toBuffer(document), issued, await swaps);
}
