/**
 * The calls fold: one pass over calls.csv keeps, for each of the current,
 * previous and year-ago periods, only counts (per day, hour, outcome, region,
 * channel, rating), plus the ids of the current period's calls eligible for a
 * callback (rated 基本满意 or 不满意; a small fraction of the calls).
 */
import type { HotlineConfig } from '../config/types.js';
import type { Period, PeriodRole, PeriodSet } from '../period/types.js';
import { CHANNELS, OUTCOMES, SATISFACTIONS, type CallRecord } from '../records.js';
import { addArrays } from './counts.js';
import { PROVINCE_INDEX, regionIndexerFor, regionNames } from './region.js';
import { ownString } from '../read/own-string.js';

const SECONDS_PER_DAY = 86_400;

/** The counts of one period. Arrays are indexed as the constants of src/records.ts. */
export interface CallsPeriodSummary {
  readonly startSec: number;
  readonly endSec: number;
  /** calls with start_time in the period */
  inbound: number;
  /** per day of the period (index = day − first day): inbound, answered */
  readonly dayInbound: number[];
  readonly dayAnswered: number[];
  /** 24 inbound counts */
  readonly hourInbound: number[];
  /** by OUTCOMES */
  readonly outcome: number[];
  /** answered, by config regions, 其他省市, 未知 */
  readonly region: number[];
  /** answered, by province class: in, out, blank */
  readonly province: number[];
  /** answered, by CHANNELS */
  readonly channel: number[];
  /** answered, by SATISFACTIONS */
  readonly satisfaction: number[];
  /** calls (any outcome) with ivr_key 3 */
  ivrKey3: number;
}

export interface CallsSummary {
  /** the config the regions were matched with (plain data, so the summary can be cloned) */
  readonly config: HotlineConfig;
  readonly periods: Readonly<Record<PeriodRole, CallsPeriodSummary>>;
  /**
   * Ids of calls in the current period rated 基本满意 or 不满意 (any outcome,
   * as metrics.md words `callbacks.eligible`), in file order.
   */
  readonly eligible: string[];
  /**
   * Answered calls of the current period from the configured province whose
   * city matches no configured region (counted as 未知), by city as written:
   * the run warns with them (a region or an alias missing from the config).
   */
  readonly unmatchedCities: Map<string, number>;
  /**
   * Answered calls of the current period from another province, by province
   * as written: the run warns with those that name no province (`未知`),
   * which metrics.md counts under 其他省市 like any non-blank province.
   */
  readonly otherProvinces: Map<string, number>;
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

function createPeriodSummary(p: Period, regions: number): CallsPeriodSummary {
  return {
    startSec: p.startSec,
    endSec: p.endSec,
    inbound: 0,
    dayInbound: zeros(p.days.length),
    dayAnswered: zeros(p.days.length),
    hourInbound: zeros(24),
    outcome: zeros(OUTCOMES.length),
    region: zeros(regions),
    province: zeros(3),
    channel: zeros(CHANNELS.length),
    satisfaction: zeros(SATISFACTIONS.length),
    ivrKey3: 0,
  };
}

export function createCallsSummary(periods: PeriodSet, config: HotlineConfig): CallsSummary {
  const n = regionNames(config).length;
  return {
    config,
    periods: {
      current: createPeriodSummary(periods.current, n),
      previous: createPeriodSummary(periods.previous, n),
      yearAgo: createPeriodSummary(periods.yearAgo, n),
    },
    eligible: [],
    unmatchedCities: new Map(),
    otherProvinces: new Map(),
  };
}

/**
 * The index of an enumeration value in its list. The lists have 3 to 5
 * values and the records hold the lists' own strings, so `===` mostly
 * compares two pointers: cheaper, per call, than hashing into a Map.
 */
function indexIn(list: readonly string[], v: string): number {
  for (let i = 0; i < list.length; i++) if (list[i] === v) return i;
  return -1;
}

const ANSWERED = indexIn(OUTCOMES, '接通');
const BASIC = indexIn(SATISFACTIONS, '基本满意');
const UNSATISFIED = indexIn(SATISFACTIONS, '不满意');

/**
 * Counts one call into the period; `true` when it lies in it. Allocation-free.
 * `names` (the current period only): where to count an in-province city that
 * matches no region, and another province by its name as written.
 */
function addToPeriod(s: CallsPeriodSummary, rec: CallRecord, config: HotlineConfig, names: CallsSummary | null): boolean {
  const sec = rec.startTime;
  if (sec < s.startSec || sec >= s.endSec) return false;
  const day = Math.floor((sec - s.startSec) / SECONDS_PER_DAY);
  const hour = Math.floor(sec / 3600) % 24;
  const outcome = indexIn(OUTCOMES, rec.outcome);
  s.inbound++;
  s.dayInbound[day]!++;
  s.hourInbound[hour < 0 ? hour + 24 : hour]!++;
  s.outcome[outcome]!++;
  if (rec.ivrKey === '3') s.ivrKey3++;
  if (outcome === ANSWERED) {
    s.dayAnswered[day]!++;
    const ix = regionIndexerFor(config);
    const row = ix.region(rec.callerProvince, rec.callerCity);
    s.region[row]!++;
    const province = ix.province(rec.callerProvince);
    if (names !== null && row === ix.names.length - 1 && rec.callerCity !== null && province === PROVINCE_INDEX.in) {
      const city = ownString(rec.callerCity);
      names.unmatchedCities.set(city, (names.unmatchedCities.get(city) ?? 0) + 1);
    }
    if (names !== null && province === PROVINCE_INDEX.out && rec.callerProvince !== null) {
      const other = names.otherProvinces;
      const n = other.get(rec.callerProvince);
      // a key of its own, not a slice keeping the file's text alive (a few dozen keys at most)
      if (n === undefined) other.set(ownString(rec.callerProvince), 1);
      else other.set(rec.callerProvince, n + 1);
    }
    s.province[province]!++;
    s.channel[indexIn(CHANNELS, rec.channel)]!++;
    if (rec.satisfaction !== null) s.satisfaction[indexIn(SATISFACTIONS, rec.satisfaction)]!++;
  }
  return true;
}

export function addCall(s: CallsSummary, rec: CallRecord): void {
  if (addToPeriod(s.periods.current, rec, s.config, s) && rec.satisfaction !== null) {
    const r = indexIn(SATISFACTIONS, rec.satisfaction);
    if (r === BASIC || r === UNSATISFIED) s.eligible.push(ownString(rec.callId));
  }
  addToPeriod(s.periods.previous, rec, s.config, null);
  addToPeriod(s.periods.yearAgo, rec, s.config, null);
}

function mergePeriod(a: CallsPeriodSummary, b: CallsPeriodSummary): CallsPeriodSummary {
  if (a.startSec !== b.startSec || a.endSec !== b.endSec) throw new Error('cannot merge calls summaries of different periods');
  return {
    startSec: a.startSec,
    endSec: a.endSec,
    inbound: a.inbound + b.inbound,
    dayInbound: addArrays(a.dayInbound, b.dayInbound),
    dayAnswered: addArrays(a.dayAnswered, b.dayAnswered),
    hourInbound: addArrays(a.hourInbound, b.hourInbound),
    outcome: addArrays(a.outcome, b.outcome),
    region: addArrays(a.region, b.region),
    province: addArrays(a.province, b.province),
    channel: addArrays(a.channel, b.channel),
    satisfaction: addArrays(a.satisfaction, b.satisfaction),
    ivrKey3: a.ivrKey3 + b.ivrKey3,
  };
}

/** The summary of a slice `a` followed by a slice `b` of the same file. Pure. */
export function mergeCalls(a: CallsSummary, b: CallsSummary): CallsSummary {
  return {
    config: a.config,
    periods: {
      current: mergePeriod(a.periods.current, b.periods.current),
      previous: mergePeriod(a.periods.previous, b.periods.previous),
      yearAgo: mergePeriod(a.periods.yearAgo, b.periods.yearAgo),
    },
    eligible: [...a.eligible, ...b.eligible],
    unmatchedCities: addCounts(a.unmatchedCities, b.unmatchedCities),
    otherProvinces: addCounts(a.otherProvinces, b.otherProvinces),
  };
}

/** a's counts plus b's, in a new Map (first met first) */
function addCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [k, n] of b) out.set(k, (out.get(k) ?? 0) + n);
  return out;
}
