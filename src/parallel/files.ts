/**
 * readExportFiles: one export that comes as several files (monthly exports
 * matched by the config's `file` pattern) read as one: in the order given,
 * each file by readExportParallel with its own header and line numbers,
 * and the ids kept by the files before it, so that an id met again in a
 * later file is a duplicate there, as it would be further down one file.
 * The files' states are merged in order (Fold.merge: a's rows, then b's).
 * A file may be a workbook (readExportParallel hands it to src/read/xlsx),
 * its sheet the mapping's `sheet`.
 */
import { IdHashSet } from '../read/id-set.js';
import type { ExportFile } from '../read/export-path.js';
import type { FileName } from '../records.js';
import { IssueLog } from '../read/issue-log.js';
import { spanOf } from '../read/reader.js';
import { loadFold, type FoldSpec } from './fold.js';
import { readExportParallel, type ParallelOptions, type ParallelResult } from './index.js';

export async function readExportFiles<S, F extends FileName>(
  file: F,
  files: readonly ExportFile[],
  opts: Omit<ParallelOptions, 'fileName' | 'prior'>,
  spec: FoldSpec,
): Promise<ParallelResult<S>> {
  if (files.length === 0) throw new Error(`readExportFiles: no file for ${file}`);
  const only = files[0] as ExportFile;
  if (files.length === 1) return readExportParallel<S, F>(file, only.path, { ...opts, fileName: only.name }, spec);
  const fold = await loadFold<S, F>(spec);
  const prior = new IdHashSet();
  let state: S | null = null;
  const log = new IssueLog();
  let table: ParallelResult<S>['table'] | null = null;
  let first = NaN;
  let last = NaN;
  let rows = 0;
  let used = 0;
  let mode: ParallelResult<S>['mode'] = 'single';
  const warnings: string[] = [];
  for (const f of files) {
    const r = await readExportParallel<S, F>(file, f.path, { ...opts, fileName: f.name, prior }, spec);
    state = state === null ? r.state : fold.merge(state, r.state);
    log.merge(r.log);
    // the column table of the first file (validate shows one per export; each file's own header was checked as it was read)
    table ??= r.table;
    if (r.span !== null && !(r.span.first >= first)) first = r.span.first;
    if (r.span !== null && !(r.span.last <= last)) last = r.span.last;
    rows += r.stats.rows;
    used += r.stats.used;
    if (r.mode !== 'single') mode = r.mode;
    warnings.push(...(r.warnings ?? []));
  }
  return {
    state: state as S,
    stats: { name: `${file}.csv`, rows, used, skipped: rows - used, missing: false },
    issues: log.first,
    log: log.pack(),
    table: table as ParallelResult<S>['table'],
    span: spanOf(first, last),
    mode,
    warnings,
  };
}
