/**
 * The yardstick: DuckDB (2 threads) computing the calls figures of one period
 * from a generated calls.csv (bench/gen-exports.ts), the same numbers our
 * metrics.json holds under calls / regions / channels / satisfaction.
 *
 *   node --import tsx bench/duckdb-calls.ts --csv DIR/calls.csv --period 2025Q1 [--threads 2]
 *
 * prints `{ "ms": …, "figures": … }` on stdout (ms = in-process time from
 * opening DuckDB to the last result, without Node/tsx start-up).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { DEFAULT_CONFIG } from '../src/config/default.js';
import type { HotlineConfig } from '../src/config/types.js';
import { formatDate, makePeriod, parsePeriod } from '../src/period/index.js';
import { CHANNELS, SATISFACTIONS } from '../src/records.js';
import { OUTCOME_NAMES, zeroCounts, type CallsFigures } from './calls-figures.js';
import { CALL_COLUMNS } from './gen-exports.js';

/** Column types of the generated calls.csv: explicit, so DuckDB does not sniff. */
const COLUMN_TYPES: Readonly<Record<(typeof CALL_COLUMNS)[number], string>> = {
  call_id: 'VARCHAR', start_time: 'TIMESTAMP', caller: 'VARCHAR', caller_province: 'VARCHAR', caller_city: 'VARCHAR',
  channel: 'VARCHAR', outcome: 'VARCHAR', ivr_key: 'VARCHAR', wait_seconds: 'INTEGER', talk_seconds: 'INTEGER',
  agent_id: 'VARCHAR', satisfaction: 'VARCHAR', note: 'VARCHAR',
};

/** The aliases of data-format.md. */
export const CHANNEL_ALIASES: Readonly<Record<string, readonly string[]>> = {
  手机: ['手机', 'mobile'],
  座机: ['座机', 'landline', '固话'],
  '12345转接': ['12345转接', 'transfer_12345', '12345'],
};
export const OUTCOME_ALIASES: Readonly<Record<string, readonly string[]>> = {
  接通: ['接通', 'answered', '已接通'],
  呼叫失败: ['呼叫失败', 'failed'],
  排队放弃: ['排队放弃', 'abandoned', '排队中放弃'],
  排队超时: ['排队超时', 'queue_timeout'],
  排队溢出: ['排队溢出', 'overflow'],
};

const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const list = (xs: readonly string[]): string => xs.map(lit).join(', ');

function aliasCase(column: string, aliases: Readonly<Record<string, readonly string[]>>): string {
  const whens = Object.entries(aliases).map(([name, as]) => `WHEN lower(trim(${column})) IN (${list(as.map((a) => a.toLowerCase()))}) THEN ${lit(name)}`);
  return `CASE ${whens.join(' ')} END`;
}

/** caller_province / caller_city → configured region, 其他省市 or 未知 (metrics.md regions.rows). */
export function regionCase(config: HotlineConfig): string {
  const prov = 'trim(caller_province)';
  const city = 'trim(caller_city)';
  const whens = config.regions.map((r) => `WHEN ${city} IN (${list([r.name, ...r.aliases])}) THEN ${lit(r.name)}`);
  return (
    `CASE WHEN ${prov} IS NULL OR ${prov} = '' THEN '未知' ` +
    `WHEN ${prov} <> ${lit(config.province)} THEN '其他省市' ` +
    `${whens.join(' ')} ELSE '未知' END`
  );
}

/** The period's first day and the day after its last (YYYY-MM-DD): calls with start_time in [start, endExclusive). */
export function periodBounds(periodSpec: string): { readonly start: string; readonly endExclusive: string; readonly days: readonly string[] } {
  const p = makePeriod(parsePeriod(periodSpec), 'cn');
  return { start: p.start, endExclusive: formatDate(p.days[p.days.length - 1]!.dayNumber + 1), days: p.days.map((d) => d.date) };
}

/** The SQL that reads the CSV once into a small temp table of the period's calls. */
export function loadSql(csvPath: string, periodSpec: string, config: HotlineConfig): string {
  const p = periodBounds(periodSpec);
  const endExclusive = p.endExclusive;
  const columns = Object.entries(COLUMN_TYPES).map(([k, t]) => `${lit(k)}: ${lit(t)}`).join(', ');
  return `CREATE TEMP TABLE c AS
SELECT strftime(start_time, '%Y-%m-%d') AS day, hour(start_time) AS hr,
  ${aliasCase('outcome', OUTCOME_ALIASES)} AS outcome,
  ${aliasCase('channel', CHANNEL_ALIASES)} AS channel,
  ${regionCase(config)} AS region,
  CASE WHEN trim(satisfaction) IN (${list(SATISFACTIONS)}) THEN trim(satisfaction) END AS sat
FROM read_csv(${lit(csvPath)}, header = true, delim = ',', quote = '"', escape = '"',
  timestampformat = '%Y-%m-%d %H:%M:%S', columns = {${columns}})
WHERE start_time >= TIMESTAMP '${p.start} 00:00:00' AND start_time < TIMESTAMP '${endExclusive} 00:00:00'`;
}

export interface DuckdbRun {
  readonly figures: CallsFigures;
  /** from opening the database to the last result */
  readonly ms: number;
}

/** Computes the calls figures of `periodSpec` (e.g. `2025Q1`) from calls.csv with DuckDB. */
export async function duckdbCalls(
  csvPath: string,
  periodSpec: string,
  opts: { readonly threads?: number; readonly config?: HotlineConfig } = {},
): Promise<DuckdbRun> {
  const t0 = performance.now();
  const config = opts.config ?? DEFAULT_CONFIG;
  const period = makePeriod(parsePeriod(periodSpec), 'cn');
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    await con.run(`SET threads = ${opts.threads ?? 2}`);
    await con.run(loadSql(csvPath, periodSpec, config));
    const pairs = async (sql: string): Promise<[string, number][]> =>
      (await con.runAndReadAll(sql)).getRowsJS().map((r) => [String(r[0]), Number(r[1])]);
    const valid = 'outcome IS NOT NULL AND channel IS NOT NULL';
    const answered = `${valid} AND outcome = '接通'`;
    const count = (keys: readonly string[], rows: [string, number][]): Record<string, number> => {
      const out = zeroCounts(keys);
      for (const [k, n] of rows) out[k] = n;
      return out;
    };
    const byOutcome = count(OUTCOME_NAMES, await pairs(`SELECT outcome, count(*) FROM c WHERE ${valid} GROUP BY ALL`));
    const byChannel = count(CHANNELS, await pairs(`SELECT channel, count(*) FROM c WHERE ${answered} GROUP BY ALL`));
    const byRegion = count(
      [...config.regions.map((r) => r.name), '其他省市', '未知'],
      await pairs(`SELECT region, count(*) FROM c WHERE ${answered} GROUP BY ALL`),
    );
    const bySatisfaction = count(SATISFACTIONS, await pairs(`SELECT sat, count(*) FROM c WHERE ${answered} AND sat IS NOT NULL GROUP BY ALL`));
    const byHour = new Array<number>(24).fill(0);
    for (const [h, n] of await pairs(`SELECT hr, count(*) FROM c WHERE ${valid} GROUP BY ALL`)) byHour[Number(h)] = n;
    const byDate: Record<string, readonly [number, number]> = {};
    for (const d of period.days) byDate[d.date] = [0, 0];
    const days = (await con.runAndReadAll(
      `SELECT day, count(*), count(*) FILTER (WHERE outcome = '接通') FROM c WHERE ${valid} GROUP BY ALL`,
    )).getRowsJS();
    for (const r of days) byDate[String(r[0])] = [Number(r[1]), Number(r[2])];
    const inbound = Object.values(byOutcome).reduce((s, n) => s + n, 0);
    const figures: CallsFigures = { inbound, answered: byOutcome['接通'] ?? 0, byOutcome, byChannel, byRegion, byDate, byHour, bySatisfaction };
    return { figures, ms: performance.now() - t0 };
  } finally {
    con.closeSync();
    db.closeSync();
  }
}

/** The value after `--name` on a command line. */
export function arg(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  const csv = arg(argv, '--csv');
  if (csv === undefined) {
    process.stderr.write('usage: node --import tsx bench/duckdb-calls.ts --csv DIR/calls.csv --period 2025Q1 [--threads 2]\n');
    process.exit(2);
  }
  const run = await duckdbCalls(resolve(csv), arg(argv, '--period') ?? '2025Q1', { threads: Number(arg(argv, '--threads') ?? '2') });
  process.stdout.write(JSON.stringify(run) + '\n');
}
