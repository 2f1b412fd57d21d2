/**
 * What a run tells about the data it read (data-format.md, "What a run
 * tells about each export"): a report must never be quietly wrong.
 *
 * - errors (exit status 1, always, after the problems are listed): an
 *   export whose every row was skipped, calls.csv with a header and no
 *   rows, a period with no usable call;
 * - warnings (exit status 1 under --strict): an optional column a section
 *   needs absent while the file has headers that map to nothing, a repeated
 *   header, bad optional values read as blank, in-province cities that match
 *   no region, a caller's province that names no province, another
 *   province with more answered calls than the configured one, a period the
 *   calls cover only in part; and what a reader saw that no bad row shows
 *   (ExportRead.warnings: a workbook's other sheets with the header of the
 *   sheet read, cells merged over several rows).
 *
 * Pure: the report run and `validate` print the same verdict on the same
 * data, and decide on it before anything is written.
 */
import { regionTerms } from '../config/place-names.js';
import { namesAProvince, provinceKey } from '../config/province.js';
import type { HotlineConfig } from '../config/types.js';
import { formatDate } from '../period/local-time.js';
import type { PeriodSet } from '../period/types.js';
import { columnEffect } from '../read/column-effects.js';
import { type IssueGroup, groupLine, type IssueLog } from '../read/issue-log.js';
import { shown } from '../read/values.js';
import type { Summaries } from '../summarize/index.js';
import { PROVINCE_INDEX } from '../summarize/region.js';
import type { ExportRead } from './read-data.js';

export interface Verdict {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

export interface CheckInput {
  readonly exports: readonly ExportRead[];
  readonly log: IssueLog;
  readonly periodSets: readonly PeriodSet[];
  /** one per period set */
  readonly summaries: readonly Summaries[];
  /** the province's word for its regions (regionTerms), as section 二's heading says it */
  readonly regionsWord?: string;
}

const fmt = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`): string => `${fmt(n)} ${n === 1 ? one : many}`;
const SECONDS_PER_DAY = 86_400;
/** city names a warning lists; the rest are counted */
const CITIES_SHOWN = 10;

/** `2024-10-01 … 2025-03-31` */
export function spanText(first: number, last: number): string {
  return `${formatDate(Math.floor(first / SECONDS_PER_DAY))} … ${formatDate(Math.floor(last / SECONDS_PER_DAY))}`;
}

/** The province's word for its regions (市州, 区县, 盟市…), as section 二's heading says it. */
export function regionsWordOf(config: HotlineConfig): string {
  return regionTerms(config.province, config.regions.map((r) => r.name)).regions;
}

export function checkData(input: CheckInput): Verdict {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const e of input.exports) {
    const file = `${e.name}.csv`;
    if (e.stats.rows > 0 && e.stats.used === 0) {
      errors.push(`${file}: every row was skipped (${plural(e.stats.rows, 'row')}); see the problems above`);
    } else if (e.stats.rows === 0) {
      if (e.name === 'calls') errors.push(`${file}: a header and no rows: there is no call to report`);
      else warnings.push(`${file}: a header and no rows: its sections say 本期无相关数据`);
    }
    warnings.push(...columnWarnings(e, input.regionsWord));
    warnings.push(...e.warnings);
  }
  warnings.push(...blankedWarnings(input.log.sorted()));
  const calls = input.exports.find((e) => e.name === 'calls');
  if (calls !== undefined && calls.stats.used > 0) {
    input.periodSets.forEach(({ current }, k) => {
      const s = (input.summaries[k] as Summaries).calls;
      const p = s.periods.current;
      const span = calls.span === null ? '' : `; the calls span ${spanText(calls.span.first, calls.span.last)}`;
      if (p.inbound === 0) {
        errors.push(`calls.csv: no usable call in ${current.id} (${current.start} … ${current.end})${span}`);
        return;
      }
      const firstDay = p.dayInbound.findIndex((n) => n > 0);
      const lastDay = p.dayInbound.length - 1 - [...p.dayInbound].reverse().findIndex((n) => n > 0);
      if (firstDay > 0 || lastDay < p.dayInbound.length - 1) {
        const from = current.days[firstDay]?.date ?? current.start;
        const to = current.days[lastDay]?.date ?? current.end;
        warnings.push(`${current.id}: the calls cover only ${from} … ${to} of the period (${current.start} … ${current.end}); the report's figures are for those days`);
      }
      // a provincial hotline's callers are mostly of its own province: another one ahead of it is likely a config for
      // another province's data (every region of the report then near empty)
      const inProvince = p.province[PROVINCE_INDEX.in] as number;
      // one province however it is spelt (贵州省, 贵州), named as first met
      const byProvince = new Map<string, [string, number]>();
      for (const [name, n] of s.otherProvinces) {
        if (!namesAProvince(name)) continue;
        const key = provinceKey(name);
        const had = byProvince.get(key);
        byProvince.set(key, had === undefined ? [name, n] : [had[0], had[1] + n]);
      }
      const ahead = [...byProvince.values()].filter(([, n]) => n > inProvince);
      if (ahead.length > 0) {
        const c = countedNames([new Map(ahead)], () => true);
        warnings.push(
          `${current.id}: more answered calls are from ${c?.list ?? ''} than from ${s.config.province}, the configured province (${fmt(inProvince)}): ` +
            'is the config\'s province right? Its regions hold only the calls from it',
        );
      }
    });
    warnings.push(...cityWarnings(input));
    warnings.push(...provinceWarnings(input));
  }
  return { errors, warnings };
}

/** An absent optional column while the file has headers that map to nothing; a repeated header. */
function columnWarnings(e: ExportRead, regionsWord?: string): string[] {
  const out: string[] = [];
  const file = `${e.name}.csv`;
  const { table } = e;
  if (table.unmapped.length > 0) {
    const unmapped = table.unmapped.map(shown).join(', ');
    for (const c of table.columns) {
      if (c.index >= 0 || c.required) continue;
      const effect = columnEffect(e.name, c.key, regionsWord);
      if (effect === null) continue;
      out.push(
        `${file}: column ${c.key} (${c.zh}) not found, so ${effect} will be empty; the file has headers that map to nothing: ${unmapped} ` +
          `(map one with exports.${e.name}.columns.${c.key})`,
      );
    }
  }
  for (const r of table.repeated) {
    const at = [r.used, ...r.ignored].map((i) => i + 1).join(', ');
    out.push(`${file}: column ${r.key} appears ${r.ignored.length + 1} times (header ${shown(r.header)}, columns ${at}); column ${r.used + 1} is used`);
  }
  return out;
}

/** One warning per column whose bad values were read as blank (each kind is in the problems listed). */
function blankedWarnings(groups: readonly IssueGroup[]): string[] {
  const byColumn = new Map<string, number>();
  for (const g of groups) {
    if (g.code !== 'invalid' || !g.reason.endsWith('; read as blank')) continue;
    const key = `${g.file}: ${g.column ?? ''}`;
    byColumn.set(key, (byColumn.get(key) ?? 0) + g.count);
  }
  return [...byColumn].map(([key, n]) => `${key}: ${plural(n, 'bad value was', 'bad values were')} read as blank, so the figures from this column leave those rows out`);
}

/**
 * Counts of names over every period set (a range: each period's own calls)
 * where `keep` holds: their total, and the names with their counts, most
 * frequent first (the first CITIES_SHOWN); null when there is none.
 */
function countedNames(maps: Iterable<ReadonlyMap<string, number>>, keep: (name: string) => boolean): { total: number; list: string } | null {
  const counts = new Map<string, number>();
  for (const m of maps) for (const [k, n] of m) if (keep(k)) counts.set(k, (counts.get(k) ?? 0) + n);
  if (counts.size === 0) return null;
  const sorted = [...counts].sort((x, y) => y[1] - x[1]);
  const names = sorted.slice(0, CITIES_SHOWN).map(([k, n]) => `${shown(k)} (${fmt(n)})`).join(', ');
  const more = sorted.length > CITIES_SHOWN ? ` and ${plural(sorted.length - CITIES_SHOWN, 'other')}` : '';
  return { total: sorted.reduce((n, [, c]) => n + c, 0), list: names + more };
}

/**
 * Answered calls whose province is written but names none (`未知`, `其他`,
 * `国外`): metrics.md counts any non-blank province other than the
 * configured one under 其他省市 and 省外, so those calls do swell it.
 */
function provinceWarnings(input: CheckInput): string[] {
  const c = countedNames(input.summaries.map((s) => s.calls.otherProvinces), (p) => !namesAProvince(p));
  if (c === null) return [];
  return [
    `calls.csv: ${plural(c.total, 'answered call')} give a caller's province that names no province: ${c.list}; ` +
      'counted under 其他省市 (the spec counts any non-blank province but the configured one there), so the out-of-province share includes them; a blank province would count as 未知',
  ];
}

/** In-province calls whose city matches no configured region (counted as 未知). */
function cityWarnings(input: CheckInput): string[] {
  const c = countedNames(input.summaries.map((s) => s.calls.unmatchedCities), () => true);
  if (c === null) return [];
  return [
    `calls.csv: ${plural(c.total, 'answered call')} from the province name a city that matches no configured region, counted as 未知: ${c.list}; ` +
      'add them to the config\'s regions (name or aliases)',
  ];
}

/**
 * The problems as printed: a summary line, then one line per kind, most
 * frequent first (the first `limit` of them). `metrics`: a report run, whose
 * metrics.json keeps them all.
 */
export function problemLines(log: IssueLog, skippedRows: number, opts: { limit?: number; metrics: boolean }): string[] {
  if (log.count === 0) return [];
  const limit = opts.limit ?? Infinity;
  const groups = log.sorted();
  const kept = log.count > log.first.length
    ? `; metrics.json dataQuality keeps every kind with its count and the first ${fmt(log.first.length)} problems`
    : '; all in metrics.json dataQuality';
  const head = `${plural(log.kinds, 'kind')} of problem in ${plural(log.rows, 'row')} (${fmt(skippedRows)} skipped)${opts.metrics ? kept : ''}:`;
  const lines = [head, ...groups.slice(0, limit).map((g) => `  ${groupLine(g)}`)];
  if (groups.length > limit) lines.push(`  … and ${plural(groups.length - limit, 'more kind')} (--verbose or --strict lists them all)`);
  return lines;
}
