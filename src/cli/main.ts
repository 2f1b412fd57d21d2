import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { commander } from '../libraries/commander.js';
import { loadConfig } from '../config/load.js';
import { parseFormats, type RunOptions } from '../pipeline/options.js';
import { runReports } from '../pipeline/run.js';
import { notesFolder } from '../pipeline/notes.js';
import { InputError } from '../read/index.js';
import { expandPeriods } from '../period/index.js';
import { UsageError, userErrorStatus } from './errors.js';
import { resolveIssued } from './issued.js';
import { createProgress } from './progress.js';
import { demoConfig } from './demo-config.js';
import { abandonOutputs } from '../output/atomic.js';

const { Command, CommanderError, Option } = commander;

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly now: number;
  /** stderr is a terminal: progress redraws one line */
  readonly isTTY: boolean;
}

const defaultIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  env: process.env,
  now: Date.now(),
  isTTY: process.stderr.isTTY === true,
});

interface ReportFlags {
  data?: string;
  out: string;
  format?: string;
  config?: string;
  templates?: string;
  notes?: string;
  issued?: string;
  strict?: boolean;
  demo?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  encoding?: string;
}

/** Runs the command line; returns the exit status (0 done, 1 bad data or failed output, 2 bad usage). */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let status = 0;
  const program = new Command();
  program
    .name('hotline-report')
    .description('Operations report of a 12348 public legal service hotline, from its CSV exports.')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError(false)
    .addHelpText('after', '\nThe report command is the default: `hotline-report q1-2025 --demo`.\nIts options: `hotline-report report --help`.\nExports named, headed or valued another way (another platform, monthly files,\n.xlsx): map them once in the config\'s "exports" block (README, "Your platform\'s exports").');

  program
    .command('report', { isDefault: true })
    .description('write the report of a period (q1-2025, 2025-03, 2025) or of a range (q1-2024..q4-2025)')
    .argument('<period>', 'period or range of periods')
    .option('--data <dir>', 'folder with the CSV exports (default ./data)')
    .option('--out <dir>', 'output folder', './reports')
    .option('--format <list>', 'docx,pdf,json,png (default all)')
    .option('--config <file>', 'hotline.config.json: province, regions, and the "exports" mapping of your platform\'s file names, headers and values (default ./hotline.config.json when present, else built-in Guizhou)')
    .option('--templates <dir>', 'folder of narrative templates overriding templates/')
    .option('--notes <dir>', 'folder of your own paragraphs, <period>.md each, e.g. notes/2025Q1.md (default ./notes)')
    .option('--issued <date>', 'issue date YYYY-MM-DD (default SOURCE_DATE_EPOCH, else today)')
    .option('--encoding <name>', 'input encoding (default: detect UTF-8 / GB18030)')
    .option('--strict', 'exit 1, writing nothing, on any problem in the data or warning about it')
    .option('--demo', 'use the demo data shipped with the project')
    .option('--quiet', 'print nothing but errors')
    .option('--verbose', 'print timings and per-file counts')
    .action(async (period: string, flags: ReportFlags) => {
      status = await report(period, flags, io);
    });

  program
    .command('validate')
    .description('check the exports for a period and write nothing')
    .argument('<period>')
    .option('--data <dir>', 'folder with the CSV exports', './data')
    .option('--encoding <name>', 'input encoding')
    .option('--config <file>', 'hotline.config.json: its "exports" block maps your platform\'s file names, headers and values (default ./hotline.config.json when present, else built-in Guizhou)')
    .option('--strict', 'exit 1 on any problem in the data or warning about it')
    .option('--verbose', 'list every kind of problem, and the files as they are read')
    .action(async (period: string, flags: { data: string; encoding?: string; config?: string; strict?: boolean; verbose?: boolean }) => {
      const { runValidate } = await import('./validate.js');
      status = await runValidate(
        { period, dataDir: flags.data, encoding: flags.encoding, strict: flags.strict === true, configPath: flags.config, verbose: flags.verbose === true },
        { out: io.out, err: io.err },
      );
    });

  program
    .command('init')
    .description('write ./hotline.config.json for a province (default Guizhou), every field filled in, to edit')
    .option('--province <name>', 'the province: 四川省, 四川, 广西, 内蒙古, 重庆市 …')
    .option('--data <dir>', 'folder with your exports: match their files and headers')
    .option('--force', 'replace an existing hotline.config.json')
    .action(async (flags: { province?: string; data?: string; force?: boolean }) => {
      const { runInit } = await import('./init.js');
      status = await runInit({ province: flags.province, dataDir: flags.data, force: flags.force === true, cwd: process.cwd() }, { out: io.out });
    });

  program
    .command('demo-data')
    .description('write the demo exports (2024-10-01 … 2025-03-31)')
    .requiredOption('--out <dir>', 'folder to write the CSV files into')
    .addOption(new Option('--chinese-headers', 'write the Chinese header names, as platform exports do'))
    .action(async (flags: { out: string; chineseHeaders?: boolean }) => {
      const { generateDemo } = await import('../../fixtures/demo/generate.js');
      await generateDemo(flags.out, { chineseHeaders: flags.chineseHeaders === true });
      io.err(`demo exports written to ${flags.out}\n`);
    });

  program
    .command('diff')
    .description('print which figures differ between two metrics.json files (or report folders)')
    .argument('<a>', 'metrics.json or a report folder holding one')
    .argument('<b>', 'metrics.json or a report folder holding one')
    .option('--exit-code', 'exit 1 when a figure changed (for CI)')
    .action(async (a: string, b: string, flags: { exitCode?: boolean }) => {
      const { diffMetrics, formatChanges } = await import('../diff/metrics-diff.js');
      const changes = diffMetrics(readMetrics(a), readMetrics(b));
      io.out(formatChanges(changes));
      status = flags.exitCode === true && changes.length > 0 ? 1 : 0;
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (err) {
    return reportError(err, io);
  }
}

async function report(spec: string, flags: ReportFlags, io: Io): Promise<number> {
  const progress = createProgress({ quiet: flags.quiet === true, verbose: flags.verbose === true, tty: io.isTTY, write: io.err });
  if (flags.demo && flags.data !== undefined) throw new UsageError('--demo and --data exclude each other');
  const configPath = flags.config ?? (existsSync('hotline.config.json') ? 'hotline.config.json' : undefined);
  const config = demoConfig(loadConfig(configPath), flags.demo === true, progress);
  const periods = expandPeriods(spec);
  // said before the data are read, not after (the templates are first opened to render)
  if (flags.templates !== undefined && !(existsSync(flags.templates) && statSync(flags.templates).isDirectory())) {
    throw new InputError(`--templates ${flags.templates}: not a folder`);
  }
  // commands and options load their modules when used: the common run reaches its data sooner
  const demo = flags.demo ? await import('../demo.js') : null;
  const dataDir = demo !== null ? await demo.ensureDemoData(progress) : (flags.data ?? './data');
  const opts: RunOptions = {
    periods,
    dataDir,
    outDir: flags.out,
    formats: parseFormats(flags.format),
    config,
    templatesDir: flags.templates,
    notesDir: notesFolder(flags.notes, demo?.demoNotesDir()),
    issued: resolveIssued(flags.issued, io.env, io.now, demo?.DEMO_ISSUED),
    strict: flags.strict === true,
    encoding: flags.encoding,
  };
  const started = performance.now();
  // an interrupt, a `kill` or a closed terminal: temporaries removed, locks
  // released, the previous report left as it was (src/output/atomic.ts)
  const onSignal = (signal: NodeJS.Signals): void => {
    abandonOutputs();
    io.err('interrupted: no partial file left\n');
    process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 2));
  };
  for (const s of HANDLED_SIGNALS) process.once(s, onSignal);
  try {
    const summary = await runReports(opts, progress);
    const secs = ((performance.now() - started) / 1000).toFixed(2);
    progress.done(
      `done: ${summary.written.length} report${summary.written.length === 1 ? '' : 's'} (${summary.written.join(', ')}), ` +
        `${summary.skippedRows} rows skipped, ${summary.warnings} warnings, ${secs} s`,
    );
    // --strict failed, if it did, before anything was written (runReports)
    return 0;
  } finally {
    for (const s of HANDLED_SIGNALS) process.removeListener(s, onSignal);
  }
}

const HANDLED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** exit status 128 + the signal's number, as a shell reports a killed program */
const SIGNAL_NUMBERS: Readonly<Partial<Record<NodeJS.Signals, number>>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

function readMetrics(path: string): unknown {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'metrics.json') : path;
  if (!existsSync(file)) throw new InputError(`${file}: not found`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    throw new InputError(`${file}: not a JSON file`);
  }
}

function reportError(err: unknown, io: Io): number {
  if (err instanceof CommanderError) {
    // help and version are "errors" to commander; they exit 0
    if (err.exitCode === 0) return 0;
    return 2;
  }
  const status = userErrorStatus(err, io.err);
  if (status !== undefined) return status;
  // an output that could not be written, or a bug: one line, no stack unless asked
  const msg = err instanceof Error ? err.message : String(err);
  io.err(`error: ${msg}\n`);
  if (io.env.HOTLINE_REPORT_DEBUG && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
  return 1;
}
