/**
 * Where each column of an export was found: the one answer that the reader
 * (which cells to read), `validate` (the column table of data-format.md,
 * "What a run tells about each export") and the run's warnings (an absent
 * optional column, unmapped headers, a repeated header) all read.
 *
 * A column is found under the header the config maps it to
 * (`exports.<name>.columns`), else under its built-in English or Chinese
 * name. Headers are compared in normalizeHeader's form.
 */
import type { FileName } from '../records.js';
import { HEADERS, normalizeHeader } from './headers.js';
import { SCHEMAS } from './schemas.js';

/** canonical column name → the header as written in the file (config `exports.<name>.columns`) */
export type ColumnsMapping = Readonly<Record<string, string>>;

export interface FoundColumn {
  /** canonical name, e.g. `start_time` */
  readonly key: string;
  /** built-in Chinese header, e.g. `来电时间` */
  readonly zh: string;
  /** the file cannot be used without it */
  readonly required: boolean;
  /** its index in the header row; -1 when absent */
  readonly index: number;
  /** the header as written in the file (one line); null when absent */
  readonly header: string | null;
  /** found through the config's mapping, or by a built-in name; null when absent */
  readonly via: 'config' | 'builtin' | null;
  /**
   * the header the config maps the column to (`exports.<name>.columns`),
   * null when not mapped; mapped but `via` not 'config': the file has no such
   * header (a config error, see header-check.ts)
   */
  readonly mapped: string | null;
}

/** A column whose header appears more than once: the first is used. */
export interface RepeatedHeader {
  readonly key: string;
  readonly header: string;
  /** the index used */
  readonly used: number;
  /** the indexes ignored */
  readonly ignored: readonly number[];
}

export interface ColumnTable {
  readonly file: FileName;
  /** every canonical column of the export, in the spec's order */
  readonly columns: readonly FoundColumn[];
  /**
   * headers of the file that map to no column, in file order (blank headers
   * left out; the caller-number column, which is known but never read, too)
   */
  readonly unmapped: readonly string[];
  readonly repeated: readonly RepeatedHeader[];
  /** a title row above the header, skipped (isTitleRow): its line and text */
  readonly title?: TitleRow | undefined;
}

/** A title above the header row, e.g. `2025年1月话务明细表` in a merged first row. */
export interface TitleRow {
  readonly line: number;
  readonly text: string;
}

/**
 * Whether the first row of a file is a title above its header: one cell
 * with text (a merged title, or `title,,,,` in a CSV) that names no column
 * of the export. Some platforms export such a title; the header is then the
 * next row. A one-column header that names a column is a header.
 */
export function titleOf(file: FileName, cells: readonly string[], line: number, mapping: ColumnsMapping = {}): TitleRow | null {
  const filled = cells.filter((c) => c.trim() !== '');
  // a header split by another separator (tab, `;`, `|`) is one cell too: it is no title, and its own message says so
  if (filled.length !== 1 || /[\t;|]/.test(filled[0] as string)) return null;
  if (columnTable(file, cells, mapping).columns.some((c) => c.index >= 0)) return null;
  return { line, text: oneLine(filled[0] as string) };
}

/** The same, not knowing which export the file is (init): a title for every export. */
export function looksLikeTitle(cells: readonly string[]): boolean {
  return (Object.keys(HEADERS) as FileName[]).every((file) => titleOf(file, cells, 0) !== null);
}

/** Headers that name a known column the reader never reads: the caller's phone number (personal data). */
const NEVER_READ = new Set(['caller', '主叫号码'].map(normalizeHeader));

/** The header as written, on one line (a quoted header may hold a line break). */
export const oneLine = (h: string): string => h.replace(/\s+/g, ' ').trim();

/**
 * The column table of one export's header row. `mapping` gives, per
 * canonical column, the header it stands under in this platform's file;
 * a mapped header is looked for first, then the built-in names. Whether a
 * mapped header is missing from the file is the caller's to report (it
 * knows the config file's name; see header-check.ts): such a column is
 * looked for under its built-in names, and `mapped` says what was asked.
 */
export function columnTable(file: FileName, header: readonly string[], mapping: ColumnsMapping = {}): ColumnTable {
  const normalized = header.map(normalizeHeader);
  const at = (name: string): number[] => {
    const n = normalizeHeader(name);
    const out: number[] = [];
    normalized.forEach((h, i) => { if (h === n && n !== '') out.push(i); });
    return out;
  };
  const claimed = new Set<number>();
  const repeated: RepeatedHeader[] = [];
  const required = new Set(SCHEMAS[file].columns.filter((c) => c.needed).map((c) => c.key));
  const columns = HEADERS[file].map((h): FoundColumn => {
    const mapped = mapping[h.key];
    let hits: number[] = [];
    let via: FoundColumn['via'] = null;
    if (mapped !== undefined) {
      hits = at(mapped);
      if (hits.length > 0) via = 'config';
    }
    if (hits.length === 0) {
      hits = [...at(h.key), ...at(h.zh)].filter((i) => !claimed.has(i)).sort((a, b) => a - b);
      if (hits.length > 0) via = 'builtin';
    }
    const index = hits[0] ?? -1;
    for (const i of hits) claimed.add(i);
    if (hits.length > 1) repeated.push({ key: h.key, header: oneLine(header[index] as string), used: index, ignored: hits.slice(1) });
    return { key: h.key, zh: h.zh, required: required.has(h.key), index, header: index < 0 ? null : oneLine(header[index] as string), via, mapped: mapped ?? null };
  });
  // the caller's number under the platform's own header (a mapping the config allows for it) is known too
  const neverRead = new Set(NEVER_READ);
  for (const [key, h] of Object.entries(mapping)) if (!HEADERS[file].some((c) => c.key === key)) neverRead.add(normalizeHeader(h));
  const unmapped = header
    .map((h, i) => ({ h, i }))
    .filter(({ i }) => !claimed.has(i) && normalized[i] !== '' && !neverRead.has(normalized[i] as string))
    .map(({ h }) => oneLine(h));
  return { file, columns, unmapped, repeated };
}
