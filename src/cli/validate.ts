/**
 * `hotline-report validate <period>`: reads every export in the data folder,
 * checks each row, and prints what was read, what was skipped and why.
 * Writes nothing. Messages never quote the caller column (the reader never
 * reads it).
 */
import { existsSync, statSync } from 'node:fs';
import { loadConfig } from '../config/load.js';
import { expandPeriods, resolvePeriods } from '../period/index.js';
import { readExportFiles } from '../parallel/files.js';
import { PERIOD_DATE, periodCountFoldSpec, type PeriodCount } from '../parallel/period-count-fold.js';
import { InputError } from '../read/index.js';
import { exportFiles, exportNotFound, exportWanted } from '../read/export-path.js';
import { FILE_NAMES, type DataIssue } from '../records.js';
import { userErrorStatus } from './errors.js';

export interface ValidateArgs {
  readonly period: string;
  readonly dataDir: string;
  readonly encoding?: string | undefined;
  readonly strict: boolean;
  readonly configPath?: string | undefined;
}

export interface ValidateIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

/** How many problems are listed; the rest are counted. With --strict every one is listed (data-format.md). */
export const SHOWN_PROBLEMS = 20;

const fmt = (n: number): string => n.toLocaleString('en-US');

/**
 * Returns the exit status: 0; 1 when a file cannot be used, or with `strict`
 * when any row was skipped; 2 for a bad period spec.
 */
export async function runValidate(args: ValidateArgs, io: ValidateIo): Promise<number> {
  try {
    return await validate(args, io);
  } catch (err) {
    const status = userErrorStatus(err, io.err);
    if (status === undefined) throw err;
    return status;
  }
}

async function validate(args: ValidateArgs, io: ValidateIo): Promise<number> {
  const config = loadConfig(args.configPath);
  const ids = expandPeriods(args.period);
  const first = resolvePeriods(ids[0] as string, config.calendar).current;
  const last = resolvePeriods(ids[ids.length - 1] as string, config.calendar).current;
  const label = ids.length === 1 ? first.id : `${first.id}..${last.id}`;
  if (!existsSync(args.dataDir) || !statSync(args.dataDir).isDirectory()) {
    throw new InputError(`${args.dataDir}: data folder not found`);
  }

  // --strict fails the run "after the full list is printed": then nothing is left out
  const limit = args.strict ? Infinity : SHOWN_PROBLEMS;
  const shown: DataIssue[] = [];
  let problems = 0;
  let skipped = 0;
  let missing = 0;
  for (const name of FILE_NAMES) {
    const file = `${name}.csv`;
    const mapping = config.exports?.[name];
    const found = exportFiles(args.dataDir, name, mapping);
    if (found.length === 0) {
      if (name === 'calls') throw new InputError(exportNotFound(name, mapping, args.dataDir));
      io.err(`warning: ${exportWanted(name, mapping)} not found: its sections will say 本期无相关数据\n`);
      missing++;
      continue;
    }
    // the report's reader: large exports on worker threads
    const spec = periodCountFoldSpec({ file: name, startSec: first.startSec, endSec: last.endSec });
    const { state, stats, issues } = await readExportFiles<PeriodCount, typeof name>(name, found, { encoding: args.encoding, mapping }, spec);
    const inPeriod = state.inPeriod;
    const dateOf = PERIOD_DATE[name];
    skipped += stats.skipped;
    problems += issues.length;
    for (const i of issues) if (shown.length < limit) shown.push(i);
    const where = dateOf === null ? '' : `; ${fmt(inPeriod)} in ${label}`;
    io.out(`${file}: ${fmt(stats.rows)} rows read, ${fmt(stats.used)} used, ${fmt(stats.skipped)} skipped${where}\n`);
  }

  if (problems > 0) {
    io.out(`\n${fmt(problems)} problem${problems === 1 ? '' : 's'}${problems > shown.length ? ` (first ${shown.length} shown)` : ''}:\n`);
    for (const i of shown) io.out(`  ${i.file}:${i.line}: ${i.reason}\n`);
    if (problems > shown.length) io.out(`  … and ${fmt(problems - shown.length)} more\n`);
  } else {
    io.out('\nno problems found\n');
  }
  if (missing > 0) io.out(`${missing} optional file${missing === 1 ? '' : 's'} missing\n`);
  if (args.strict && skipped > 0) {
    io.err(`error: --strict: ${fmt(skipped)} row${skipped === 1 ? ' was' : 's were'} skipped\n`);
    return 1;
  }
  return 0;
}
