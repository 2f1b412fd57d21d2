/**
 * The header of every file of some exports checked against the config
 * without reading their rows: when a run stops at one export's file, the
 * mistakes in the other exports' mapping (a mapped header or a sheet the
 * file does not have, a required column under no header) are listed with
 * it, so that the analyst fixes the mapping in one go, not one export per
 * run. Only after a failure: a good run checks each header as it reads the
 * file (row-reader.ts), and reading a workbook's header costs its shared
 * strings.
 */
import type { HotlineConfig } from '../config/types.js';
import type { FileName } from '../records.js';
import { titleOf } from './column-table.js';
import { InputError } from './errors.js';
import { exportFiles, type ExportFile } from './export-path.js';
import { readFirstRows } from './first-rows.js';
import { RowReader } from './row-reader.js';
import { readXlsxHeader } from './xlsx/header.js';
import { isWorkbookName, sheetSource } from './xlsx/index.js';

/** One file's header problems: the lines of the error its read would stop with. */
export interface FileHeaderProblems {
  readonly fileName: string;
  readonly lines: readonly string[];
}

/** The header problems of `names`' files, in export and file order; files without any left out. */
export async function exportHeaderProblems(dataDir: string, config: HotlineConfig, names: readonly FileName[], encoding?: string): Promise<FileHeaderProblems[]> {
  const out: FileHeaderProblems[] = [];
  for (const name of names) {
    for (const f of exportFiles(dataDir, name, config.exports?.[name])) {
      const lines = await fileHeaderProblems(name, f, config, encoding);
      if (lines.length > 0) out.push({ fileName: f.name, lines });
    }
  }
  return out;
}

/** files named in a line at most */
const NAMED = 3;

/**
 * The lines, a file whose problems are those of an earlier one (twelve
 * monthly exports, one mapping) said in one line after it:
 * `话务明细2025-02.xlsx, 话务明细2025-03.xlsx: the same as 话务明细2025-01.xlsx`.
 */
export function mergeSameInFiles(problems: readonly FileHeaderProblems[]): string[] {
  const groups = new Map<string, { first: FileHeaderProblems; others: string[] }>();
  for (const p of problems) {
    const key = p.lines.map((l) => l.replaceAll(p.fileName, '\u0000')).join('\n');
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { first: p, others: [] });
    else g.others.push(p.fileName);
  }
  return [...groups.values()].flatMap(({ first, others }) => {
    if (others.length === 0) return first.lines;
    const named = others.length > NAMED ? `${others.slice(0, NAMED).join(', ')}, … (${others.length} files)` : others.join(', ');
    return [...first.lines, `${named}: the same as ${first.fileName}`];
  });
}

async function fileHeaderProblems(name: FileName, f: ExportFile, config: HotlineConfig, encoding: string | undefined): Promise<string[]> {
  const mapping = config.exports?.[name];
  // the reader's own header check, fed the rows it would start with
  const reader = new RowReader(name, { mapping, fileName: f.name });
  try {
    if (isWorkbookName(f.path)) {
      const title = (cells: readonly string[]): boolean => titleOf(name, cells, 0, mapping?.columns) !== null;
      const header = await readXlsxHeader(f.path, { fileName: f.name, sheet: mapping?.sheet, sheetFrom: sheetSource(name, mapping), title });
      reader.header(header, header.length, null);
    } else {
      const rows = await readFirstRows(f.path, f.name, 2, encoding);
      rows.forEach((r, i) => {
        if (reader.headerCount < 0) reader.row(r, r.length, i + 1);
      });
    }
    return [];
  } catch (err) {
    if (err instanceof InputError) return err.message.split('\n');
    throw err;
  }
}
