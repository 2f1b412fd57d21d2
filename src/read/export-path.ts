import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return null;
  }
  const wanted = file.toLowerCase();
  const matches = names.filter((n) => n.toLowerCase() === wanted).sort();
  if (matches.length > 1) throw new InputError(`${file}: ${dir} holds ${matches.join(' and ')}; keep one of them`);
  return matches.length === 1 ? join(dir, matches[0] as string) : null;
}
