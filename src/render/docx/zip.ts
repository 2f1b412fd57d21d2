/**
 * docx stamps core.xml with the time of the run and the zip entries with the
 * current local time. A re-run must give the same bytes (report.md), so the
 * package is rewritten: core.xml's dates become the issue date, and every
 * entry gets that date, in a fixed order.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** `2025-04-03` → a Date whose LOCAL fields are 2025-04-03 00:00, as zip's DOS time is local wall-clock. */
function localMidnight(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  // DOS time starts in 1980; an earlier date would not fit
  return new Date(Math.max(y, 1980), m - 1, d, 0, 0, 0);
}

export function fixPackage(bytes: Uint8Array, issued: string): Uint8Array {
  const files = unzipSync(bytes);
  const stamp = `${issued}T00:00:00Z`;
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = strFromU8(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  const mtime = localMidnight(issued);
  const out: Zippable = {};
  // [Content_Types].xml first, as Office writes it; the rest in a fixed order
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  // PNGs are deflated already: storing them saves the time of deflating them again for nothing
  for (const name of names) out[name] = [files[name]!, { mtime, level: /\.(png|jpe?g)$/i.test(name) ? 0 : 6 }];
  return zipSync(out);
}
