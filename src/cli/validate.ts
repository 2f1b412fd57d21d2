/**
 * `hotline-report validate <period>`: reads every export in the data folder
 * as a report run would (the same reader, the same folds, the same verdict:
 * src/pipeline/data-checks.ts) and prints, for each export, the file read,
 * the rows read, used and skipped, the dates it spans, and where each
 * column was found (data-format.md, "What a run tells about each export");
 * then the warnings, the problems grouped by kind, and the errors. Writes
 * nothing. Messages never quote the caller column (the reader never reads it).
 */
import { existsSync } from 'node:fs';
import { loadConfig } from '../config/load.js';
import { expandPeriods, resolvePeriods } from '../period/index.js';
import { checkData, problemLines, regionsWordOf, spanText } from '../pipeline/data-checks.js';
import { checkDataDir, readData, type ExportRead } from '../pipeline/read-data.js';
import { columnEffect } from '../read/column-effects.js';
import { shown } from '../read/values.js';
import { userErrorStatus } from './errors.js';
import { createProgress } from './progress.js';

export interface ValidateArgs {
  readonly period: string;
  readonly dataDir: string;
  readonly encoding?: string | undefined;
  readonly strict: boolean;
  readonly configPath?: string | undefined;
  /** every kind of problem listed, and the reading steps on stderr */
  readonly verbose?: boolean;
}

export interface ValidateIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

/** How many kinds of problem are listed; the rest are counted. With --strict or --verbose every kind is listed. */
export const SHOWN_PROBLEMS = 20;

const fmt = (n: number): string => n.toLocaleString('en-US');

/**
 * Returns the exit status: 0; 1 when the data cannot make a report (a file
 * that cannot be used, every row of an export skipped, no call in the
 * period), or with `strict` on any problem or warning; 2 for a bad period.
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
  const configPath = args.configPath ?? (existsSync('hotline.config.json') ? 'hotline.config.json' : undefined);
  const config = loadConfig(configPath);
  const sets = expandPeriods(args.period).map((id) => resolvePeriods(id, config.calendar));
  const first = (sets[0] as (typeof sets)[number]).current;
  const last = (sets[sets.length - 1] as (typeof sets)[number]).current;
  const label = sets.length === 1 ? first.id : `${first.id}..${last.id}`;
  checkDataDir(args.dataDir, '');
  const verbose = args.verbose === true;
  const progress = createProgress({ quiet: !verbose, verbose, tty: false, write: io.err });
  const data = await readData(args.dataDir, sets, config, { encoding: args.encoding }, progress);

  for (const e of data.exports) {
    const calls = e.name === 'calls' ? data.summaries.reduce((n, s) => n + s.calls.periods.current.inbound, 0) : null;
    io.out(exportBlock(e, calls === null ? '' : `; ${fmt(calls)} call${calls === 1 ? '' : 's'} in ${label}`, regionsWordOf(config)));
  }
  // the optional exports not found, each as the config names it
  for (const w of data.warnings) io.out(`${w}\n`);

  const regionsWord = regionsWordOf(config);
  const verdict = checkData({ exports: data.exports, log: data.log, periodSets: sets, summaries: data.summaries, regionsWord });
  if (verdict.warnings.length > 0) {
    io.out(`\n${verdict.warnings.length} warning${verdict.warnings.length === 1 ? '' : 's'}:\n`);
    for (const w of verdict.warnings) io.out(`  ${w}\n`);
  }
  const lines = problemLines(data.log, data.skippedRows, { limit: args.strict || verbose ? Infinity : SHOWN_PROBLEMS, metrics: false });
  io.out(lines.length === 0 ? '\nno problems found\n' : `\n${lines.join('\n')}\n`);

  for (const e of verdict.errors) io.err(`error: ${e}\n`);
  if (verdict.errors.length > 0) return 1;
  if (args.strict && (data.log.count > 0 || verdict.warnings.length > 0)) {
    const what = [
      data.log.count > 0 ? `${fmt(data.log.kinds)} kind${data.log.kinds === 1 ? '' : 's'} of problem in ${fmt(data.log.rows)} row${data.log.rows === 1 ? '' : 's'} (${fmt(data.skippedRows)} skipped)` : '',
      verdict.warnings.length > 0 ? `${verdict.warnings.length} warning${verdict.warnings.length === 1 ? '' : 's'}` : '',
    ].filter((x) => x !== '');
    io.err(`error: --strict: ${what.join(' and ')}\n`);
    return 1;
  }
  return 0;
}

/**
 * One export: `calls.csv: 9 rows read, 2 used, 7 skipped; 2024-10-01 …
 * 2025-03-31`, then each column ← the header it was found under (or
 * `absent`, with what will be empty), the headers that map to nothing and
 * the repeated ones.
 */
export function exportBlock(e: ExportRead, extra = '', regionsWord?: string): string {
  const file = `${e.name}.csv`;
  const read = e.found === file ? file : `${file} (read from ${e.found})`;
  const dates = e.span === null ? '; no dates' : `; dates ${spanText(e.span.first, e.span.last)}`;
  const out = [`${read}: ${fmt(e.stats.rows)} row${e.stats.rows === 1 ? '' : 's'} read, ${fmt(e.stats.used)} used, ${fmt(e.stats.skipped)} skipped${dates}${extra}`];
  const width = Math.max(...e.table.columns.map((c) => c.key.length));
  const t = e.table.title;
  if (t !== undefined) out.push(`  line ${t.line} is a title (${shown(t.text)}), skipped: the header is the row after it`);
  for (const c of e.table.columns) {
    const name = c.key.padEnd(width);
    if (c.index >= 0) {
      out.push(`  ${name} ← ${shown(c.header ?? '')}${c.via === 'config' ? ' (config)' : ''}`);
    } else {
      const effect = columnEffect(e.name, c.key, regionsWord);
      out.push(`  ${name}   absent${effect === null ? ' (no figure reads it)' : `: ${effect} will be empty`}`);
    }
  }
  if (e.table.unmapped.length > 0) out.push(`  headers that map to nothing: ${e.table.unmapped.map(shown).join(', ')}`);
  for (const r of e.table.repeated) out.push(`  repeated: ${shown(r.header)} at columns ${[r.used, ...r.ignored].map((i) => i + 1).join(', ')}; column ${r.used + 1} is used`);
  return `${out.join('\n')}\n`;
}
