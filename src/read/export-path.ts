import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ExportMapping } from '../config/exports.js';
import { InputError } from './errors.js';

/**
 * Where an export is in the data folder: `calls.csv` as data-format.md
 * names it, or else the one file named the same but for case (`Calls.CSV`,
 * as a Windows tool may save it, read on a case-sensitive file system).
 * Null when there is none; two such files and no exact name is an error,
 * as either could be the export.
 */
export function exportPath(dir: string, file: string): string | null {
  const exact = join(dir, file);
  if (existsSync(exact)) return exact;
  const names = listDir(dir);
  const wanted = file.toLowerCase();
  const matches = names.filter((n) => n.toLowerCase() === wanted).sort();
  if (matches.length > 1) throw new InputError(`${file}: ${dir} holds ${matches.join(' and ')}; keep one of them`);
  return matches.length === 1 ? join(dir, matches[0] as string) : null;
}

/** One file of an export. */
export interface ExportFile {
  readonly path: string;
  /**
   * the file as messages name it: its own name, or data-format.md's
   * (`calls.csv`) when it is that but for case
   */
  readonly name: string;
}

/**
 * The files of export `name` in `dir`, in the order they are read (data-format.md,
 * "Your platform's exports as they are"): the config's `file`, a name or a
 * `*` pattern (every match, in name order: monthly files); without one,
 * `NAME.csv`, else `NAME.xlsx`, else `NAME.xls` (which the workbook reader
 * refuses with one line saying how to save it, rather than the run saying
 * the export is missing). A name is matched exactly, else but for case
 * (exportPath). Empty when there is none.
 */
export function exportFiles(dir: string, name: string, mapping?: ExportMapping): ExportFile[] {
  const file = mapping?.file;
  const one = (p: string | null): ExportFile[] => (p === null ? [] : [{ path: p, name: messageName(basename(p), name) }]);
  if (file === undefined) return one(exportPath(dir, `${name}.csv`) ?? exportPath(dir, `${name}.xlsx`) ?? exportPath(dir, `${name}.xls`));
  if (!file.includes('*')) return one(exportPath(dir, file));
  const names = listDir(dir);
  const re = (flags: string): RegExp => new RegExp(`^${file.split('*').map(escapeRegExp).join('.*')}$`, flags);
  let matches = names.filter((n) => re('u').test(n));
  // as for a plain name: the same pattern but for case, when nothing matches exactly
  if (matches.length === 0) matches = names.filter((n) => re('iu').test(n));
  return matches
    .filter((n) => !n.startsWith('~$')) // the lock file Excel leaves beside an open workbook
    .sort(nameOrder)
    .map((n) => ({ path: join(dir, n), name: n }));
}

/** The export's file as a message names it when it is not found: the config's `file`, else `NAME.csv`. */
export function exportWanted(name: string, mapping?: ExportMapping): string {
  return mapping?.file === undefined ? `${name}.csv` : `${mapping.file} (exports.${name}.file in ${mapping.source})`;
}

/**
 * The one line of a required export not found: what was looked for and,
 * when the config names no file, where to name the platform's own.
 */
export function exportNotFound(name: string, mapping: ExportMapping | undefined, dir: string): string {
  // what the folder does hold, so that a pattern off by an extension or a word is seen at once
  const held = listDir(dir).filter((n) => /\.(csv|xlsx|xlsm|xls)$/i.test(n) && !n.startsWith('~$')).sort(nameOrder);
  const holds = held.length === 0 ? '; it holds no CSV or Excel file' : `; it holds ${held.slice(0, HELD_LISTED).join(', ')}${held.length > HELD_LISTED ? `, … (${held.length} in all)` : ''}`;
  if (mapping?.file !== undefined) return `${exportWanted(name, mapping)}: required file not found in ${dir}${holds}`;
  return `${name}.csv: required file not found in ${dir} (nor ${name}.xlsx)${holds}; a file named otherwise (话务明细*.xlsx, monthly files) is named with exports.${name}.file in hotline.config.json`;
}

/** files of the folder a message lists at most */
const HELD_LISTED = 8;

/**
 * Name order, with runs of digits compared as numbers: `话务明细2月.csv`
 * before `话务明细10月.csv`, as a file manager lists them (and
 * `2025-01` before `2025-02` either way).
 */
export function nameOrder(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i] as string;
    const y = rb[i] as string;
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
      return x.length - y.length; // `01` after `1`: some order, always the same
    }
    return x < y ? -1 : 1;
  }
  return ra.length - rb.length;
}

function messageName(found: string, name: string): string {
  for (const ext of ['.csv', '.xlsx']) if (found.toLowerCase() === `${name}${ext}`) return `${name}${ext}`;
  return found;
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
