import { SheetRows, type SheetFormat } from './sheet.js';
import { Utf8Text } from './utf8.js';
import type { SheetRef } from './workbook.js';
import type { Zip } from './zip.js';

/**
 * A sheet's first non-blank row (the row after it when `title` says the
 * first is a title; a sheet that is only a title has it); null for a sheet
 * without one. Reads the sheet's XML only until that row.
 */
export async function sheetHeader(zip: Zip, sheet: SheetRef, format: SheetFormat, title?: (cells: readonly string[]) => boolean): Promise<string[] | null> {
  // set by the sink, which the loop below cannot see narrow
  const got: { header: string[] | null } = { header: null };
  let titleCells: string[] | null = null;
  let seen = 0;
  const rows = new SheetRows((fields, count) => {
    if (got.header !== null) return;
    const cells = fields.slice(0, count);
    seen++;
    // a title is passed over once
    if (seen === 1 && title?.(cells) === true) titleCells = cells;
    else got.header = cells;
  }, format);
  const decoder = new Utf8Text();
  // leaving the loop destroys the stream: the rest of the sheet is never inflated
  for await (const b of await zip.stream(sheet.part)) {
    rows.write(decoder.write(b as Buffer));
    if (got.header !== null) break;
  }
  if (got.header === null) {
    rows.write(decoder.end());
    rows.end();
  }
  return got.header ?? titleCells;
}
