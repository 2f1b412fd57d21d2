/**
 * The `exports` block of hotline.config.json (data-format.md, "Your
 * platform's exports as they are"): per export, the file's name or pattern,
 * the sheet of a workbook, the platform's header for each canonical column
 * and its values for enumerated ones. Checked here, all at once: a config
 * with three mistakes gets three lines, not three runs.
 *
 * The result is plain data (it crosses to the parallel reader's worker
 * threads by structured clone).
 */
import { closest } from '../read/closest.js';
import { HEADERS } from '../read/headers.js';
import { INVALID, SCHEMAS } from '../read/schemas.js';
import { FILE_NAMES, type FileName } from '../records.js';

export interface ExportMapping {
  /** the config file it was written in: messages about it name that file */
  readonly source: string;
  /** the file's name in the data folder, `*` matching any run of characters; undefined: `NAME.csv`, else `NAME.xlsx` */
  readonly file?: string;
  /** a workbook's sheet; undefined: the first */
  readonly sheet?: string;
  /** canonical column → the header as written in the file */
  readonly columns: Readonly<Record<string, string>>;
  /** enumerated column → (the platform's value → a canonical value or alias) */
  readonly values: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export type ExportsConfig = { readonly [F in FileName]?: ExportMapping };

const ENTRY_FIELDS = ['file', 'sheet', 'columns', 'values'];
/** a column of the spec the reader never reads (the caller's number): mapping it is allowed and changes nothing */
const NEVER_READ: Partial<Record<FileName, string>> = { calls: 'caller' };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const didYouMean = (name: string | null): string => (name === null ? '' : `; did you mean ${name}?`);

/**
 * Parses `raw` (the value of `exports`); `source` is the config file's name.
 * Returns the mapping and the problems, one line each
 * (`hotline.config.json: exports.calls.columns.start_tme: unknown column; did you mean start_time?`);
 * the caller throws them together.
 */
export function parseExports(raw: unknown, source: string): { exports: ExportsConfig; errors: string[] } {
  const errors: string[] = [];
  const bad = (path: string, what: string): void => {
    errors.push(`${source}: ${path}: ${what}`);
  };
  const out: { [F in FileName]?: ExportMapping } = {};
  if (!isObject(raw)) {
    bad('exports', 'must be an object keyed by export name (calls, consultations, …)');
    return { exports: out, errors };
  }
  for (const [name, entry] of Object.entries(raw)) {
    const at = `exports.${name}`;
    if (!(FILE_NAMES as readonly string[]).includes(name)) {
      bad(at, `unknown export${didYouMean(closest([name.replace(/\.(csv|xlsx)$/i, '')], FILE_NAMES))} (known: ${FILE_NAMES.join(', ')})`);
      continue;
    }
    const file = name as FileName;
    if (!isObject(entry)) {
      bad(at, 'must be an object { file, sheet, columns, values }');
      continue;
    }
    for (const key of Object.keys(entry)) {
      if (!ENTRY_FIELDS.includes(key)) bad(`${at}.${key}`, `unknown field${didYouMean(closest([key], ENTRY_FIELDS))} (known: ${ENTRY_FIELDS.join(', ')})`);
    }
    const mapping: { -readonly [K in keyof ExportMapping]: ExportMapping[K] } = { source, columns: {}, values: {} };
    if (entry.file !== undefined) {
      const f = entry.file;
      if (typeof f !== 'string' || f.trim() === '') bad(`${at}.file`, 'must be a file name such as "话务明细*.xlsx"');
      else if (/[/\\]/.test(f)) bad(`${at}.file`, `"${f}" must be a file name in the data folder, not a path`);
      else if (!/\.(csv|xlsx)$/i.test(f.trim())) bad(`${at}.file`, `"${f}" must end in .csv or .xlsx`);
      else mapping.file = f.trim();
    }
    if (entry.sheet !== undefined) {
      if (typeof entry.sheet !== 'string' || entry.sheet.trim() === '') bad(`${at}.sheet`, 'must be the name of a sheet');
      else mapping.sheet = entry.sheet;
    }
    const known = HEADERS[file].map((h) => h.key);
    const unknownColumn = (path: string, key: string): void => {
      const zh = HEADERS[file].find((h) => h.zh === key);
      const hint = zh !== undefined ? `; the canonical name of ${key} is ${zh.key}` : didYouMean(closest([key], known));
      bad(path, `unknown column${hint} (${name}'s columns: ${known.join(', ')})`);
    };
    if (entry.columns !== undefined) {
      if (!isObject(entry.columns)) {
        bad(`${at}.columns`, 'must be an object { canonical column: header in the file }');
      } else {
        const columns: [string, string][] = [];
        const byHeader = new Map<string, string>();
        for (const [key, header] of Object.entries(entry.columns)) {
          const path = `${at}.columns.${key}`;
          if (!known.includes(key) && NEVER_READ[file] !== key) {
            unknownColumn(path, key);
            continue;
          }
          if (typeof header !== 'string' || header.trim() === '') {
            bad(path, 'must be the header as written in the file (a non-empty string)');
            continue;
          }
          const other = byHeader.get(header.trim());
          if (other !== undefined) {
            bad(path, `"${header}" is mapped to ${other} too; a header holds one column`);
            continue;
          }
          byHeader.set(header.trim(), key);
          // the caller's number is kept too, though never read: its header is then known, not "maps to nothing"
          columns.push([key, header]);
        }
        mapping.columns = Object.fromEntries(columns);
      }
    }
    if (entry.values !== undefined) {
      if (!isObject(entry.values)) {
        bad(`${at}.values`, 'must be an object { enumerated column: { platform value: canonical value } }');
      } else {
        const values: [string, Record<string, string>][] = [];
        for (const [key, map] of Object.entries(entry.values)) {
          const path = `${at}.values.${key}`;
          const rule = SCHEMAS[file].columns.find((c) => c.key === key);
          if (rule === undefined) {
            unknownColumn(path, key);
            continue;
          }
          if (rule.names === undefined || rule.parse === null) {
            const enumerated = SCHEMAS[file].columns.filter((c) => c.names !== undefined).map((c) => c.key);
            bad(path, `${key} is not an enumerated column, its cells are read as they are (${name}'s enumerated columns: ${enumerated.length > 0 ? enumerated.join(', ') : 'none'})`);
            continue;
          }
          if (!isObject(map)) {
            bad(path, `must be an object { platform value: canonical value }`);
            continue;
          }
          const pairs: [string, string][] = [];
          for (const [from, to] of Object.entries(map)) {
            const vpath = `${path}.${from}`;
            if (typeof to !== 'string' || to.trim() === '') {
              bad(vpath, `must be one of ${key}'s values (${rule.names.join(', ')})`);
              continue;
            }
            if (rule.parse(to.trim()) === INVALID) {
              bad(vpath, `"${to}" is not a value of ${key}${didYouMean(closest([to], rule.names))} (its values: ${rule.names.join(', ')})`);
              continue;
            }
            if (from.trim() === '') {
              bad(vpath, 'a blank cell cannot be mapped (it is read as blank)');
              continue;
            }
            pairs.push([from.trim(), to.trim()]);
          }
          values.push([key, Object.fromEntries(pairs)]);
        }
        mapping.values = Object.fromEntries(values);
      }
    }
    out[file] = mapping;
  }
  return { exports: out, errors };
}

/** The mapping of one export: as configured, else none (the built-in names only). */
export function exportMapping(exports: ExportsConfig | undefined, file: FileName): ExportMapping | undefined {
  return exports?.[file];
}
