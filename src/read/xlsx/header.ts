/**
 * readXlsxHeader: the header row of a workbook's sheet (the first, or the
 * one named), as `init` matches a CSV's header row. Reads the sheet's XML
 * only until its first non-blank row (SheetRows skips blank ones), then
 * stops: a 1M-row sheet costs its first chunk, not its 650 MB. The shared
 * strings are read whole, as the cells' text is in them.
 */
import { basename } from 'node:path';
import { InputError } from '../errors.js';
import { pickSheet, SAVE_AS, sniff } from './index.js';
import { NO_SHARED_STRINGS, readSharedStrings } from './shared-strings.js';
import { readWorkbook, type WorkbookInfo } from './workbook.js';
import { sheetHeader } from './sheet-header.js';
import { Zip } from './zip.js';

/**
 * The sheet's first non-blank row, its blank cells as '' (the row after it
 * when `title` says the first is a title). Throws an InputError (one line
 * naming the file) when it cannot be read.
 */
export async function readXlsxHeader(
  path: string,
  opts: {
    readonly sheet?: string | undefined;
    /** where `sheet` was given, for the message when the workbook has no such sheet (pickSheet) */
    readonly sheetFrom?: string | undefined;
    readonly fileName?: string | undefined;
    readonly title?: ((cells: readonly string[]) => boolean) | undefined;
  } = {},
): Promise<string[]> {
  const fileName = opts.fileName ?? basename(path);
  await sniff(path, fileName);
  const damaged = `${fileName}: not an Excel workbook (.xlsx), or a damaged one; ${SAVE_AS}`;
  let zip: Zip;
  try {
    zip = await Zip.open(path);
  } catch {
    throw new InputError(damaged);
  }
  try {
    let info: WorkbookInfo;
    try {
      info = await readWorkbook(zip);
    } catch {
      throw new InputError(damaged);
    }
    const sheet = pickSheet(info, opts.sheet, fileName, opts.sheetFrom);
    let header: string[] | null;
    try {
      const shared = info.sharedStrings === null ? NO_SHARED_STRINGS : await readSharedStrings(zip, info.sharedStrings);
      header = await sheetHeader(zip, sheet, { shared, styles: info.styles, date1904: info.date1904 }, opts.title);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new InputError(`${fileName}: sheet "${sheet.name}" cannot be read (${why}); ${SAVE_AS}`);
    }
    if (header === null) throw new InputError(`${fileName}: sheet "${sheet.name}" is empty (no header row)`);
    return header;
  } finally {
    zip.close();
  }
}
