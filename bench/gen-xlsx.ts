/**
 * The bench's calls workbooks: the rows of a generated calls.csv
 * (gen-exports.ts) written as calls.xlsx, both kinds (xlsx-writer.ts): shared
 * strings as Excel writes them, inline strings with numeric character
 * references as openpyxl-style exporters do. The same rows, so that our
 * reader on the workbook, our reader on the CSV and openpyxl can be compared
 * on the same work, and their metrics.json must agree.
 *
 * Cells: start_time a date cell (serial number, style yyyy-mm-dd hh:mm:ss);
 * ivr_key, wait_seconds and talk_seconds number cells; the rest text;
 * blank CSV cells no cell at all.
 *
 *   node --import tsx bench/gen-xlsx.ts CALLS.csv OUT.xlsx shared|inline
 */
import { createReadStream, renameSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse';
import { parseDateTime } from '../src/read/datetime.js';
import { dateCell, writeXlsx, type CellValue, type XlsxRow } from './xlsx-writer.js';

export type StringKind = 'shared' | 'inline';

/** Columns written as number cells (when the CSV cell is digits): ivr_key is a text column, so it checks numbers in text columns. */
const NUMBER_COLUMN = /^(ivr_key|\w+_seconds|\w+_count|duration_minutes)$/;
/** Columns written as date cells (when the CSV cell is a date-time): the exports' date-times. */
const DATE_COLUMN = /^(\w+_time|\w+_at)$/;

/** The rows of an export's CSV (English headers) as workbook rows. */
export async function* workbookRows(csvPath: string): AsyncGenerator<XlsxRow> {
  const parser = createReadStream(csvPath).pipe(parse({ relax_column_count: true, bom: true }));
  let kinds: ('text' | 'number' | 'date')[] | null = null;
  for await (const rec of parser as AsyncIterable<string[]>) {
    if (kinds === null) {
      kinds = rec.map((h) => (DATE_COLUMN.test(h) ? 'date' : NUMBER_COLUMN.test(h) ? 'number' : 'text'));
      yield rec;
      continue;
    }
    const cells: CellValue[] = new Array<CellValue>(rec.length);
    for (let i = 0; i < rec.length; i++) {
      const v = rec[i] as string;
      const kind = kinds[i];
      if (v === '') cells[i] = null;
      else if (kind === 'number' && /^\d+$/.test(v)) cells[i] = Number(v);
      else if (kind === 'date') {
        const t = parseDateTime(v);
        cells[i] = t === t ? dateCell(t) : v;
      } else cells[i] = v;
    }
    yield cells;
  }
}

/** Writes the rows of `csvPath` as a one-sheet workbook (sheet `calls` by default) at `outPath`, atomically. */
export async function callsWorkbook(csvPath: string, outPath: string, kind: StringKind, sheet = 'calls'): Promise<void> {
  const tmp = `${outPath}.tmp`;
  await writeXlsx(tmp, [{ name: sheet, rows: workbookRows(csvPath) }], { strings: kind, level: 1 });
  renameSync(tmp, outPath);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [csv, out, kind] = process.argv.slice(2);
  if (csv === undefined || out === undefined || (kind !== 'shared' && kind !== 'inline')) {
    process.stderr.write('usage: gen-xlsx CALLS.csv OUT.xlsx shared|inline\n');
    process.exit(2);
  }
  const t0 = performance.now();
  await callsWorkbook(csv, out, kind);
  process.stderr.write(`${out}: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
