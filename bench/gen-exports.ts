/**
 * Deterministic generator of large exports for the benchmark: calls.csv and
 * consultations.csv (data-format.md) with realistic values, N call rows spread
 * over the requested quarters and the quarter before the first one (so the
 * report's 环比 comparison has data).
 *
 * Speed matters (5M rows should take seconds, not minutes): rows are built by
 * plain string concatenation from precomputed pieces into ~1 MB chunks and
 * written with one writeSync per chunk; random choices use lookup tables
 * filled once from the weights, indexed by bits of a xorshift generator.
 *
 *   node --import tsx bench/gen-exports.ts --rows 1000000 [--seed 1] [--quarters 2025Q1|2024Q1..2025Q4] [--out DIR]
 *
 * Without --out the files go to the cache folder bench/out/exports-…/ (keyed
 * by generator version, rows, seed and quarters) and a second call with the
 * same arguments returns at once.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG } from '../src/config/default.js';
import type { HotlineConfig } from '../src/config/types.js';
import { expandPeriods, formatDate, isWorkday, makePeriod, parsePeriod, previousOf } from '../src/period/index.js';

/** Bump when the output of a given (rows, seed, quarters) changes, to invalidate the cache. */
export const GENERATOR_VERSION = 1;

export const BENCH_OUT = join(dirname(fileURLToPath(import.meta.url)), 'out');

export interface GenOptions {
  /** number of call rows (consultations follow: about one per answered call) */
  readonly rows: number;
  readonly seed: number;
  /** a quarter (`2025Q1`) or a range (`2024Q1..2025Q4`); rows also cover the quarter before */
  readonly quarters: string;
  readonly config?: HotlineConfig;
}

export interface GenResult {
  readonly dir: string;
  readonly callRows: number;
  readonly consultationRows: number;
  /** first and last day the rows cover, YYYY-MM-DD */
  readonly from: string;
  readonly to: string;
  readonly ms: number;
  /** true when the files came from the cache */
  readonly cached: boolean;
}

/** The header of the generated calls.csv; `note` is an extra column the tool ignores (quoted commas live there). */
export const CALL_COLUMNS = [
  'call_id', 'start_time', 'caller', 'caller_province', 'caller_city', 'channel', 'outcome',
  'ivr_key', 'wait_seconds', 'talk_seconds', 'agent_id', 'satisfaction', 'note',
] as const;

const CONSULTATION_COLUMNS = ['consultation_id', 'call_id', 'created_at', 'category', 'subcategory', 'caller_type', 'referral'] as const;

type Weighted = readonly (readonly [string, number])[];

const OTHER_PROVINCES: Weighted = [
  ['广东省|深圳市', 3], ['广东省|广州市', 2], ['浙江省|杭州市', 2], ['四川省|成都市', 2], ['重庆市|重庆市', 2],
  ['云南省|昆明市', 1.5], ['湖南省|长沙市', 1.5], ['江苏省|苏州市', 1], ['福建省|厦门市', 1], ['北京市|北京市', 1],
  ['上海市|上海市', 1], ['广西壮族自治区|南宁市', 1],
];

/** Region weights by rough population; names and aliases both appear, as real exports mix them. */
const REGION_WEIGHTS: Readonly<Record<string, number>> = {
  贵阳市: 30, 遵义市: 16, 六盘水市: 7, 安顺市: 6, 毕节市: 14, 铜仁市: 7, 黔东南州: 8, 黔南州: 7, 黔西南州: 6,
};

const CHANNELS: Weighted = [['手机', 70], ['座机', 18.5], ['12345转接', 10], ['固话', 1], ['mobile', 0.5]];
const OUTCOMES: Weighted = [['接通', 87], ['呼叫失败', 3], ['排队放弃', 6], ['排队超时', 2], ['排队溢出', 1], ['已接通', 1]];
const SATISFACTION: Weighted = [['', 40], ['非常满意', 42], ['满意', 13], ['基本满意', 3], ['不满意', 2]];
const IVR: Weighted = [['1', 55], ['2', 30], ['3', 3], ['4', 10], ['', 2]];
/** Calls per hour of day, shaped like the seed report's hourly figure. */
const HOUR_WEIGHTS = [3, 2, 1, 1, 1, 2, 4, 10, 28, 60, 72, 68, 45, 40, 58, 66, 64, 55, 40, 30, 24, 18, 10, 6];
const NOTES: Weighted = [
  ['', 97],
  ['"回拨,已处理"', 1],
  ['"来电人称""很急"",请尽快回复"', 1],
  ['已转法律援助', 1],
];

const CATEGORIES: Weighted = [['民事', 74], ['行政', 10], ['刑事', 9], ['司法行政', 6], ['民事类', 1]];
const SUBCATEGORIES: Readonly<Record<string, Weighted>> = {
  民事: [
    ['"合同、无因管理、不当得利纠纷"', 25], ['婚姻家庭、继承纠纷', 22], ['劳动争议、人事争议', 20], ['侵权责任纠纷', 12],
    ['"物权纠纷,相邻关系"', 6], ['人格权纠纷', 4], ['', 11],
  ],
  行政: [['行政复议', 30], ['行政诉讼', 25], ['行政赔偿', 15], ['', 30]],
  刑事: [['刑事辩护', 40], ['刑事自诉', 20], ['取保候审', 20], ['', 20]],
  司法行政: [['法律援助', 40], ['人民调解', 30], ['公证', 15], ['', 15]],
};
const CALLER_TYPES: Weighted = [['普通咨询人', 70], ['', 10], ['农民工', 10], ['妇女', 7], ['未成年人', 3]];
const REFERRALS: Weighted = [['', 95], ['12345', 3.5], ['110', 1.5]];

/** A lookup table of 2^bits entries, each value appearing in proportion to its weight. */
function table(items: Weighted, bits = 12): string[] {
  const size = 1 << bits;
  const total = items.reduce((s, [, w]) => s + w, 0);
  const out: string[] = [];
  let acc = 0;
  for (const [v, w] of items) {
    acc += w;
    const upto = Math.round((acc / total) * size);
    while (out.length < upto) out.push(v);
  }
  while (out.length < size) out.push(items[items.length - 1]![0]);
  return out;
}

function intTable(weights: readonly number[], bits = 12): Int32Array {
  const t = table(weights.map((w, i) => [String(i), w] as const), bits);
  return Int32Array.from(t, Number);
}

const PAD2 = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + String(i));
const PAD4 = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(4, '0'));

/** The province|city pairs of calls, with in-province shares like the seed's (about 86 % in Guizhou). */
function placeTable(config: HotlineConfig): string[] {
  const items: [string, number][] = [];
  for (const r of config.regions) {
    const w = REGION_WEIGHTS[r.name] ?? 5;
    items.push([`${config.province}|${r.name}`, w * 0.8]);
    r.aliases.forEach((a) => items.push([`${config.province}|${a}`, (w * 0.2) / r.aliases.length]));
  }
  const inTotal = items.reduce((s, [, w]) => s + w, 0);
  // in province but city blank or not a configured region: 未知
  items.push([`${config.province}|`, inTotal * 0.012], [`${config.province}|贵安新区`, inTotal * 0.004]);
  const otherTotal = OTHER_PROVINCES.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of OTHER_PROVINCES) items.push([v, (w / otherTotal) * inTotal * 0.14]);
  items.push(['|', inTotal * 0.01]); // province unknown
  return table(items, 14).map((s) => `${s.replace('|', ',')}`);
}

interface DaySpan {
  readonly dates: readonly string[];
  readonly from: string;
  readonly to: string;
}

function daySpan(quarters: string): DaySpan {
  const ids = expandPeriods(quarters);
  const first = parsePeriod(ids[0]!);
  if (first.kind !== 'quarter') throw new Error(`--quarters ${quarters}: quarters only (2025Q1 or 2024Q1..2025Q4)`);
  const periods = [makePeriod(previousOf(first), 'cn'), ...ids.map((id) => makePeriod(parsePeriod(id), 'cn'))];
  const dates: string[] = [];
  for (const p of periods) for (const d of p.days) dates.push(formatDate(d.dayNumber));
  return { dates, from: dates[0]!, to: dates[dates.length - 1]! };
}

/** Day table: workdays get more calls than rest days. */
function dayTable(quarters: string): { table: string[]; span: DaySpan } {
  const span = daySpan(quarters);
  const items = span.dates.map((date) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const dn = Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
    return [date, isWorkday(dn, 'cn') ? 1 : 0.62] as const;
  });
  return { table: table(items, 16), span };
}

const COMMA = 0x2c;
const utf8 = (t: string): Uint8Array => new Uint8Array(Buffer.from(t, 'utf8'));

/**
 * Writes rows to a file as bytes through one reused 1 MB buffer. Every value
 * is either a pre-encoded piece (table values, dates) or digits written in
 * place, so no string is built per row: building rows as strings spent most
 * of the time in concatenation, UTF-8 encoding and GC.
 */
class ByteWriter {
  private readonly fd: number;
  private readonly buf = new Uint8Array(1 << 20);
  private at = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  /** call before each row: a row is far below 4 KB */
  room(): void {
    if (this.at > this.buf.length - 4096) this.flush();
  }
  put(b: Uint8Array): void {
    this.buf.set(b, this.at);
    this.at += b.length;
  }
  putRange(b: Uint8Array, from: number, length: number): void {
    const buf = this.buf;
    let at = this.at;
    for (let i = from; i < from + length; i++) buf[at++] = b[i]!;
    this.at = at;
  }
  byte(c: number): void {
    this.buf[this.at++] = c;
  }
  /** n ≥ 0 zero-padded to `width` digits */
  digits(n: number, width: number): void {
    const buf = this.buf;
    for (let i = this.at + width - 1; i >= this.at; i--) {
      buf[i] = 0x30 + (n % 10);
      n = Math.floor(n / 10);
    }
    this.at += width;
  }
  /** n ≥ 0 without padding */
  int(n: number): void {
    this.digits(n, n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10_000 ? 4 : n < 100_000 ? 5 : n < 1e6 ? 6 : n < 1e7 ? 7 : n < 1e8 ? 8 : n < 1e9 ? 9 : 10);
  }
  flush(): void {
    if (this.at > 0) writeSync(this.fd, this.buf, 0, this.at);
    this.at = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** A prefix and a zero-padded counter, kept as bytes and incremented in place: `C000000001,`. */
class Odometer {
  private readonly bytes: Uint8Array;
  count = 0;
  constructor(prefix: string, width: number) {
    this.bytes = utf8(prefix + '0'.repeat(width) + ',');
  }
  /** the next id (the same buffer, updated: copy it before the next call) */
  next(): Uint8Array {
    const b = this.bytes;
    let i = b.length - 2;
    while (b[i] === 0x39) b[i--] = 0x30;
    b[i]! += 1;
    this.count++;
    return b;
  }
}

/** xorshift32: fast, deterministic, good enough for picking table entries. */
function rng(seed: number): () => number {
  let x = (seed * 2_654_435_761) >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

/** Writes calls.csv and consultations.csv into `dir` (created). */
export function writeExports(dir: string, opts: GenOptions): Omit<GenResult, 'cached'> {
  const t0 = performance.now();
  const config = opts.config ?? DEFAULT_CONFIG;
  mkdirSync(dir, { recursive: true });
  const next = rng(opts.seed);
  const { table: dayStrings, span } = dayTable(opts.quarters);
  const hours = intTable(HOUR_WEIGHTS);
  // Pieces carry their separator (`,` or the line end) so a field is one copy.
  const enc = (t: readonly string[], end = ','): Uint8Array[] => {
    const memo = new Map<string, Uint8Array>(); // tables repeat values: share the bytes
    return t.map((v) => memo.get(v) ?? memo.set(v, utf8(v + end)).get(v)!);
  };
  const days = enc(dayStrings, ' ');
  const places = enc(placeTable(config));
  const channels = enc(table(CHANNELS));
  const outcomeNames = table(OUTCOMES);
  const outcomes = enc(outcomeNames);
  const answeredAt = Uint8Array.from(outcomeNames, (o) => (o === '接通' || o === '已接通' ? 1 : 0));
  const sats = enc(table(SATISFACTION));
  const ivr = enc(table(IVR));
  const notes = enc(table(NOTES), '\n');
  const catNames = table(CATEGORIES);
  const cats = enc(catNames);
  const catKey = catNames.map((k) => k.replace(/类$/, ''));
  const subs: Record<string, Uint8Array[]> = {};
  for (const [k, v] of Object.entries(SUBCATEGORIES)) subs[k] = enc(table(v));
  const ctypes = enc(table(CALLER_TYPES));
  const refs = enc(table(REFERRALS), '\n');
  const prefixes = enc(['138', '139', '135', '137', '150', '151', '158', '182', '187', '189', '133', '177', '199', '186'], '****');
  const callers = new Uint8Array(10_000 * 5); // `1234,`
  for (let n = 0; n < 10_000; n++) callers.set(utf8(`${PAD4[n]},`), n * 5);
  const times = new Uint8Array(86_400 * 9); // `09:41:07,`
  for (let t = 0; t < 86_400; t++) times.set(utf8(`${PAD2[Math.floor(t / 3600)]}:${PAD2[Math.floor(t / 60) % 60]}:${PAD2[t % 60]},`), t * 9);
  const callId = new Odometer('C', 9);
  const consId = new Odometer('Z', 9);

  const w = new ByteWriter(join(dir, 'calls.csv'));
  const c = new ByteWriter(join(dir, 'consultations.csv'));
  w.put(utf8(CALL_COLUMNS.join(',') + '\n'));
  c.put(utf8(CONSULTATION_COLUMNS.join(',') + '\n'));
  for (let i = 1; i <= opts.rows; i++) {
    w.room();
    c.room();
    const r1 = next();
    const r2 = next();
    const r3 = next();
    const r4 = next();
    const r5 = next();
    const r6 = next();
    const answered = answeredAt[r2 & 0xfff] === 1;
    const id = callId.next(); // `C000000001,`
    w.put(id);
    const day = days[r1 >>> 16]!;
    const time = (hours[r1 & 0xfff]! * 3600 + ((r2 >>> 26) % 60) * 60 + ((r2 >>> 20) % 60)) * 9;
    w.put(day);
    w.putRange(times, time, 9);
    // caller, masked as platforms export it (138****1234); 1 in 32 blank
    if ((r3 & 31) !== 0) {
      w.put(prefixes[(r3 >>> 5) % prefixes.length]!);
      w.putRange(callers, ((r3 >>> 9) % 10_000) * 5, 5);
    } else {
      w.byte(COMMA);
    }
    w.put(places[r4 >>> 18]!); // province,city,
    w.put(channels[r4 & 0xfff]!);
    w.put(outcomes[r2 & 0xfff]!);
    w.put(ivr[(r6 >>> 12) & 0xfff]!);
    w.int((r5 >>> 25) % 120);
    w.byte(COMMA);
    if (answered) {
      w.int(30 + ((r5 >>> 10) % 870));
      w.byte(COMMA);
      w.byte(0x41); // agent A100…A219
      w.int(100 + ((r5 >>> 3) % 120));
      w.byte(COMMA);
      w.put(sats[r6 & 0xfff]!);
    } else {
      w.byte(0x30);
      w.byte(COMMA);
      w.byte(COMMA);
      w.byte(COMMA);
    }
    w.put(notes[next() >>> 20]!);
    if (answered) {
      // 0, 1 or 2 consultations per answered call (about 0.9 on average), registered at the call's time
      const n = r3 >>> 24 < 26 ? 0 : r3 >>> 24 < 230 ? 1 : 2;
      for (let k = 0; k < n; k++) {
        const r = next();
        const r7 = next();
        const cat = r & 0xfff;
        c.put(consId.next());
        c.put(id);
        c.put(day);
        c.putRange(times, time, 9);
        c.put(cats[cat]!);
        c.put(subs[catKey[cat]!]![(r >>> 12) & 0xfff]!);
        c.put(ctypes[r7 & 0xfff]!);
        c.put(refs[(r7 >>> 12) & 0xfff]!);
      }
    }
  }
  w.close();
  c.close();
  const consultationRows = consId.count;
  return { dir, callRows: opts.rows, consultationRows, from: span.from, to: span.to, ms: performance.now() - t0 };
}

/** The cache folder of one set of options. */
export function cacheDir(opts: GenOptions): string {
  const q = opts.quarters.replace(/[^0-9A-Za-z]+/g, '-');
  return join(BENCH_OUT, `exports-v${GENERATOR_VERSION}-r${opts.rows}-s${opts.seed}-${q}`);
}

/**
 * The exports for these options from the cache, generating them first when
 * absent. A folder only becomes visible (renamed into place) once complete.
 */
export function cachedExports(opts: GenOptions): GenResult {
  const dir = cacheDir(opts);
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    return { ...(JSON.parse(readFileSync(manifest, 'utf8')) as Omit<GenResult, 'cached'>), dir, cached: true };
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const res = writeExports(tmp, opts);
  const out = { ...res, dir };
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(out, null, 2));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { ...out, cached: false };
}

function arg(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Parses `1000000`, `1e6`, `1M`, `65k`. */
export function parseCount(s: string): number {
  const m = /^(\d+(?:\.\d+)?(?:e\d+)?)([kKmM]?)$/.exec(s.trim());
  if (!m) throw new Error(`not a row count: ${s}`);
  const mult = m[2] === '' ? 1 : m[2]!.toLowerCase() === 'k' ? 1e3 : 1e6;
  return Math.round(Number(m[1]) * mult);
}

async function cli(argv: readonly string[]): Promise<void> {
  const rows = parseCount(arg(argv, '--rows') ?? '1000000');
  const seed = Number(arg(argv, '--seed') ?? '1');
  const quarters = arg(argv, '--quarters') ?? '2025Q1';
  const out = arg(argv, '--out');
  const opts: GenOptions = { rows, seed, quarters };
  const res = out === undefined ? cachedExports(opts) : { ...writeExports(resolve(out), opts), cached: false };
  const rate = res.cached ? '' : `, ${Math.round(res.callRows / (res.ms / 1000)).toLocaleString('en')} call rows/s`;
  process.stderr.write(
    `${res.cached ? 'cached' : 'wrote'} ${res.dir}: ${res.callRows} calls, ${res.consultationRows} consultations, ` +
      `${res.from} … ${res.to}${res.cached ? '' : `, ${(res.ms / 1000).toFixed(2)} s`}${rate}\n`,
  );
  process.stdout.write(`${res.dir}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await cli(process.argv.slice(2));
}
