/**
 * `hotline-report init [--province 四川省] [--data DIR] [--force]`: writes
 * ./hotline.config.json with every field filled in for the province (report.md
 * "Config") and an `exports` block per export (data-format.md "Your
 * platform's exports as they are"), to edit; then prints the next steps.
 *
 * With `--data`, each export's entry names the file found for it (by its
 * name, else by its headers; monthly files as one `*` pattern) and maps the
 * columns whose header it can match: a built-in name, or a header close
 * enough to be the same (see `matchHeaders`); what it cannot match is listed,
 * with the header `validate` would propose for it, not written in. Without `--data`, `columns` lists the built-in Chinese headers.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../config/default.js';
import { CONFIG_FILE, resolveConfig } from '../config/load.js';
import { findProvince, nearestProvinceNames } from '../config/province.js';
import type { HotlineConfig } from '../config/types.js';
import { levenshtein } from '../libraries/levenshtein.js';
import { columnTable, looksLikeTitle } from '../read/column-table.js';
import { likelyHeaders } from '../read/header-check.js';
import { readFirstRows } from '../read/first-rows.js';
import { InputError } from '../read/errors.js';
import { readXlsxHeader } from '../read/xlsx/header.js';
import { HEADERS, normalizeHeader } from '../read/headers.js';
import { FILE_NAMES, type FileName } from '../records.js';
import { UsageError } from './errors.js';

export interface InitOptions {
  readonly province?: string | undefined;
  readonly dataDir?: string | undefined;
  readonly force: boolean;
  /** the folder to write hotline.config.json in (the current one) */
  readonly cwd: string;
}

export interface InitIo {
  readonly out: (s: string) => void;
}

/** One export's entry in the written config. */
export interface ExportEntry {
  file: string;
  columns: Record<string, string>;
  values: Record<string, Record<string, string>>;
}

/** What `--data` told about one export, for the summary printed. */
interface Found {
  readonly name: FileName;
  /** the file or pattern in the data folder; null: none found */
  readonly file: string | null;
  /** why its headers could not be read (a damaged workbook); null: read */
  readonly unread: string | null;
  /** canonical columns not matched to any header */
  readonly unmatched: readonly string[];
  /** headers of the file matched to no column */
  readonly unused: readonly string[];
}

/**
 * Keywords of each export's Chinese title (data-format.md's section titles),
 * for a file named the platform's way (`话务明细202501.csv`): a hint, added
 * to what its headers say.
 */
const NAME_HINTS: Readonly<Record<FileName, readonly string[]>> = {
  calls: ['话务', '通话', '呼叫', '来电', 'call'],
  consultations: ['咨询', 'consult'],
  tickets: ['工单', 'ticket'],
  qa_reviews: ['质检', 'review', 'qa'],
  callbacks: ['回访', 'callback'],
  duty_shifts: ['值班', '排班', 'duty', 'shift'],
  trainings: ['培训', 'training'],
  articles: ['以案释法', '文章', '普法', 'article'],
};

export async function runInit(opts: InitOptions, io: InitIo): Promise<number> {
  const target = join(opts.cwd, CONFIG_FILE);
  if (existsSync(target) && !opts.force) {
    throw new UsageError(`${CONFIG_FILE} already exists in ${opts.cwd}; pass --force to replace it`);
  }
  let config: HotlineConfig;
  if (opts.province === undefined) {
    config = DEFAULT_CONFIG;
  } else {
    const p = findProvince(opts.province);
    if (p === undefined) {
      throw new UsageError(`--province "${opts.province}" is not a province of mainland China (nearest: ${nearestProvinceNames(opts.province).join(', ')})`);
    }
    config = resolveConfig({ province: p.name }, CONFIG_FILE);
  }
  if (opts.dataDir !== undefined && !isFolder(resolve(opts.cwd, opts.dataDir))) throw new UsageError(`--data ${opts.dataDir}: not a folder`);
  // without --data, the folder a report reads by default, when it is there: a mapping
  // must name the file's own header, so headers seen beat headers assumed
  const dataDir = opts.dataDir ?? (isFolder(join(opts.cwd, 'data')) ? 'data' : undefined);
  const found = dataDir === undefined ? null : await findExports(resolve(opts.cwd, dataDir));
  const exports: Record<string, ExportEntry> = {};
  for (const name of FILE_NAMES) {
    const f = found?.entries.get(name);
    exports[name] = f ?? builtInEntry(name);
  }
  const body = {
    hotlineName: config.hotlineName,
    province: config.province,
    regions: config.regions.map((r) => ({ name: r.name, aliases: [...r.aliases], minority: r.minority })),
    issuer: config.issuer,
    calendar: config.calendar,
    fonts: config.fonts,
    exports,
  };
  // written whole or not at all: a temporary file beside it, then renamed
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, formatConfig(body));
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
  }

  const lines: string[] = [];
  const regionNames = config.regions.map((r) => r.name);
  const shown = regionNames.length > 6 ? `${regionNames.slice(0, 3).join('、')} … ${regionNames.slice(-2).join('、')}` : regionNames.join('、');
  lines.push(`wrote ${CONFIG_FILE} for ${config.province}: ${config.hotlineName}, ${regionNames.length} regions (${shown})`);
  if (opts.province === undefined) {
    lines.push(`no --province given: these are the built-in settings of 贵州省; for another province run \`hotline-report init --province 四川省 --force\``);
  }
  if (found !== null) lines.push(...describeFound(found.report, found.strays, dataDir!));
  const data = dataDir ?? 'DIR';
  lines.push('next steps:');
  lines.push(`  1. check ${CONFIG_FILE}: the issuer (${config.issuer}), the regions, and under "exports" the file and the header of each column as your platform writes them${found === null ? ' (a column mapped to a header your file does not have is an error: run init again with --data DIR to match them from your files, or remove the columns your files name as data-format.md does)' : ''}`);
  lines.push(`  2. hotline-report validate q1-2025 --data ${data}    (checks the data against the config, writes nothing)`);
  lines.push(`  3. hotline-report q1-2025 --data ${data}             (writes the report: reports/2025Q1/)`);
  io.out(`${lines.join('\n')}\n`);
  return 0;
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** An entry listing the built-in names: `NAME.csv`, each column under its built-in Chinese header. */
function builtInEntry(name: FileName): ExportEntry {
  return { file: `${name}.csv`, columns: Object.fromEntries(HEADERS[name].map((h) => [h.key, h.zh])), values: {} };
}

/* ------------------------------------------------------------------------ */
/* --data: which file is which export, and which header is which column      */

interface FileGroup {
  /** a file name, or a pattern with `*` for monthly files */
  readonly pattern: string;
  readonly first: string;
  /** null: not read, for `unread` */
  readonly header: readonly string[] | null;
  readonly unread: string | null;
}

async function findExports(dir: string): Promise<{ entries: Map<FileName, ExportEntry>; report: Found[]; strays: string[] }> {
  const files = readdirSync(dir)
    .filter((n) => /\.(csv|xlsx)$/i.test(n) && !n.startsWith('.') && statSync(join(dir, n)).isFile())
    .sort();
  // monthly exports (话务明细202501.csv, 话务明细202502.csv) as one pattern
  const groups = new Map<string, string[]>();
  for (const n of files) {
    const key = n.replace(/\d+/g, '*');
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [n]);
    else g.push(n);
  }
  const fileGroups: FileGroup[] = [];
  for (const [key, names] of groups) {
    const first = names[0]!;
    const pattern = names.length > 1 ? key.replace(/\*+/g, '*') : first;
    if (/\.csv$/i.test(first)) {
      fileGroups.push({ pattern, first, header: await readHeaderRow(join(dir, first), first), unread: null });
      continue;
    }
    // a workbook's header row (its first sheet, which a report reads unless the config names another)
    try {
      fileGroups.push({ pattern, first, header: await readXlsxHeader(join(dir, first), { fileName: first, title: looksLikeTitle }), unread: null });
    } catch (err) {
      // one line for this export, and init goes on: the file is still found by its name
      const why = err instanceof InputError ? err.message : `${first}: cannot be read (${err instanceof Error ? err.message : String(err)})`;
      fileGroups.push({ pattern, first, header: null, unread: why.startsWith(`${first}: `) ? why.slice(first.length + 2) : why });
    }
  }
  // an export's own name first (calls.csv, Calls.CSV, calls.xlsx), then the likeliest of the rest
  const assigned = new Map<FileName, FileGroup>();
  const taken = new Set<FileGroup>();
  for (const name of FILE_NAMES) {
    const g = fileGroups.find((x) => !taken.has(x) && [`${name}.csv`, `${name}.xlsx`].includes(x.first.toLowerCase()) && x.pattern === x.first);
    if (g !== undefined) {
      assigned.set(name, g);
      taken.add(g);
    }
  }
  const candidates: { name: FileName; g: FileGroup; score: number }[] = [];
  for (const name of FILE_NAMES) {
    if (assigned.has(name)) continue;
    for (const g of fileGroups) {
      if (taken.has(g)) continue;
      const headerScore = g.header === null ? 0 : matchHeaders(name, g.header).matched;
      const hint = NAME_HINTS[name].some((w) => g.first.toLowerCase().includes(w)) ? 1.5 : 0;
      const score = headerScore + hint;
      if (score >= 1.5) candidates.push({ name, g, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || FILE_NAMES.indexOf(a.name) - FILE_NAMES.indexOf(b.name));
  for (const c of candidates) {
    if (assigned.has(c.name) || taken.has(c.g)) continue;
    assigned.set(c.name, c.g);
    taken.add(c.g);
  }
  const entries = new Map<FileName, ExportEntry>();
  const report: Found[] = [];
  for (const name of FILE_NAMES) {
    const g = assigned.get(name);
    if (g === undefined) {
      report.push({ name, file: null, unread: null, unmatched: [], unused: [] });
      continue;
    }
    if (g.header === null) {
      entries.set(name, { ...builtInEntry(name), file: g.pattern });
      report.push({ name, file: g.pattern, unread: g.unread, unmatched: [], unused: [] });
      continue;
    }
    const m = matchHeaders(name, g.header);
    entries.set(name, { file: g.pattern, columns: Object.fromEntries(m.columns), values: {} });
    report.push({ name, file: g.pattern, unread: null, unmatched: m.unmatched, unused: m.unused });
  }
  const strays = fileGroups.filter((g) => !taken.has(g)).map((g) => g.pattern);
  return { entries, report, strays };
}

/** The header row of a CSV, the row after a title (looksLikeTitle) if there is one. */
async function readHeaderRow(path: string, file: string): Promise<string[]> {
  const [first, second] = await readFirstRows(path, file, 2);
  return (first !== undefined && second !== undefined && looksLikeTitle(first) ? second : first) ?? [];
}

/**
 * Which header of `header` each canonical column of the export stands under:
 * its built-in English or Chinese name (columnTable, as the reader finds
 * them), else a header that holds the built-in Chinese name or is held in it
 * (`通话时长(秒)`, `归属市` for `号码归属市`), or is one character off it (`来电时刻`
 * for `来电时间`; not `呼入时间`, two off).
 * A header is given to one column, the closest pairs first. What is not
 * close is left for the analyst rather than guessed: a wrong mapping reads
 * wrong figures, a missing one is a message from `validate`.
 */
export function matchHeaders(name: FileName, header: readonly string[]): {
  columns: [string, string][];
  matched: number;
  unmatched: string[];
  unused: string[];
} {
  const table = columnTable(name, header);
  const found = new Map<string, string>();
  for (const c of table.columns) if (c.header !== null) found.set(c.key, c.header);
  const free = [...table.unmapped];
  const pairs: { key: string; h: string; d: number }[] = [];
  const { distance } = levenshtein();
  for (const c of table.columns) {
    if (found.has(c.key)) continue;
    const zh = normalizeHeader(c.zh);
    for (const h of free) {
      const n = normalizeHeader(h);
      if (n.length < 2) continue;
      // one holds the other, which is more than half of it: `归属市` in `号码归属市`, not `id` in `通话id`
      const [short, long] = n.length <= zh.length ? [n, zh] : [zh, n];
      const contains = long.includes(short) && short.length >= 2 && short.length * 2 > long.length;
      const d = contains ? 0.5 : distance(n, zh);
      if (contains || (zh.length >= 3 && d <= 1)) pairs.push({ key: c.key, h, d });
    }
  }
  pairs.sort((a, b) => a.d - b.d);
  const used = new Set<string>();
  for (const p of pairs) {
    if (found.has(p.key) || used.has(p.h)) continue;
    found.set(p.key, p.h);
    used.add(p.h);
  }
  const columns: [string, string][] = table.columns.filter((c) => found.has(c.key)).map((c) => [c.key, found.get(c.key)!]);
  const missing = table.columns.filter((c) => !found.has(c.key));
  const unused = free.filter((h) => !used.has(h));
  // what is left is not written into the config (a wrong mapping reads wrong
  // figures) but proposed, as validate proposes it: the analyst decides
  const likely = likelyHeaders(missing, unused);
  return {
    columns,
    matched: columns.length,
    unmatched: missing.map((c, k) => `${c.key} (${c.zh})${c.required ? ', required' : ''}${likely.has(k) ? ` — the file has ${likely.get(k)!}?` : ''}`),
    unused,
  };
}

function describeFound(report: readonly Found[], strays: readonly string[], dir: string): string[] {
  const lines = [`from ${dir}:`];
  for (const f of report) {
    if (f.file === null) {
      lines.push(`  ${f.name}: no file found; its entry lists the built-in names (${f.name}.csv)`);
    } else if (f.unread !== null) {
      lines.push(`  ${f.name} ← ${f.file}: headers not read (${f.unread}); its columns list the built-in names, to edit`);
    } else {
      lines.push(`  ${f.name} ← ${f.file}: ${HEADERS[f.name].length - f.unmatched.length} of ${HEADERS[f.name].length} columns matched`);
      if (f.unmatched.length > 0) lines.push(`    not matched:`, ...f.unmatched.map((u) => `      ${u}`));
      if (f.unused.length > 0) lines.push(`    headers of the file matched to no column: ${f.unused.join(', ')}`);
    }
  }
  if (strays.length > 0) lines.push(`  files taken for no export: ${strays.join(', ')}`);
  const unmatched = report.some((f) => f.unmatched.length > 0);
  if (unmatched) lines.push(`  map a column not matched by adding "column": "header as in the file" under exports.<name>.columns`);
  return lines;
}

/**
 * JSON with two-space indents, where an object or list that fits on one line
 * of ~100 characters is written on one: a region per line, a mapping per line.
 */
export function formatConfig(value: unknown): string {
  const oneLine = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(oneLine).join(', ')}]`;
    if (typeof v === 'object' && v !== null) {
      return `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${oneLine(x)}`).join(', ')} }`.replace(/^\{  \}$/, '{}');
    }
    return JSON.stringify(v);
  };
  const write = (v: unknown, indent: string): string => {
    const flat = oneLine(v);
    if (typeof v !== 'object' || v === null || indent.length + flat.length <= 100) return flat;
    const inner = `${indent}  `;
    if (Array.isArray(v)) return `[\n${v.map((x) => inner + write(x, inner)).join(',\n')}\n${indent}]`;
    return `{\n${Object.entries(v).map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner)}`).join(',\n')}\n${indent}}`;
  };
  return `${write(value, '')}\n`;
}
