/**
 * The DOCX package, the same on every run. docx stamps core.xml with the time
 * of the run and the zip entries with the current local time, so the package
 * Packer makes is unzipped, core.xml's dates become the issue date, the
 * figures' stand-ins become their PNGs, and the parts are zipped again with
 * fflate (docx's own zip library) in a fixed order, dated on that day.
 */
import type { Document } from 'docx';
import { docx } from '../../libraries/docx.js';
import { fflate } from '../../libraries/fflate.js';

const { strFromU8, strToU8, unzipSync, zipSync } = fflate;
const { Packer } = docx;

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
  // PNGs are deflated already: stored as they are. The date is local midnight of the issue day, which zip's DOS dates
  // hold as the wall-clock day whatever the time zone
  const [year, month, day] = issued.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day);
  const zippable: Record<string, [Uint8Array, { level: 0 | 6; mtime: Date }]> = {};
  for (const name of names) zippable[name] = [files[name]!, { level: /\.(png|jpe?g)$/i.test(name) ? 0 : 6, mtime }];
  return zipSync(zippable);
}

/** A packed DOCX made deterministic: unzipped, fixed, zipped again. */
export function fixPackage(bytes: Uint8Array, issued: string, swaps: MediaSwaps = new Map()): Uint8Array {
  return zipParts(unzipSync(bytes), issued, swaps);
}

/**
 * The document as deterministic DOCX bytes, through docx's public Packer.
 * `swaps`: media to replace (see MediaSwaps).
 */
export async function packDocx(document: Document, issued: string, swaps: MediaSwaps = new Map()): Promise<Uint8Array> {
  return fixPackage(await Packer.toBuffer(document), issued, swaps);
}
