/**
 * 二、各市州话务分布情况: answered calls by region, this period against the
 * previous and the year-ago ones, and the facts the text names.
 */
import { change, share } from '../model/round.js';
import type { RegionRow, RegionsMetrics } from '../model/types.js';
import { PROVINCE_INDEX, regionNames, UNKNOWN_REGION } from '../summarize/region.js';
import type { SectionInput } from './input.js';

interface Rise {
  readonly name: string;
  readonly order: number;
  readonly current: number;
  readonly base: number;
}

/** Names whose count rose against a non-zero base, largest rise first (exact: cross-multiplied), ties by config order. */
function rising(list: readonly Rise[]): string[] {
  return list
    .filter((r) => r.base > 0 && r.current > r.base)
    .sort((a, b) => (b.current - b.base) * a.base - (a.current - a.base) * b.base || a.order - b.order)
    .map((r) => r.name);
}

export function regionsMetrics(input: SectionInput): RegionsMetrics {
  const { config, summaries, hasPrevious, hasYearAgo } = input;
  const cur = summaries.calls.periods.current;
  const prev = summaries.calls.periods.previous;
  const ago = summaries.calls.periods.yearAgo;
  const answered = cur.region.reduce((a, b) => a + b, 0);
  const names = regionNames(config);
  const configured = config.regions.length;
  const rows: RegionRow[] = [];
  names.forEach((name, i) => {
    const current = cur.region[i]!;
    const previous = hasPrevious ? prev.region[i]! : null;
    const yearAgo = hasYearAgo ? ago.region[i]! : null;
    // 未知 is a row only when some column it would show is non-zero
    if (i === names.length - 1 && name === UNKNOWN_REGION && current === 0 && !previous && !yearAgo) return;
    rows.push({
      name,
      current,
      previous,
      change: change(current, previous),
      yearAgo,
      yearAgoChange: change(current, yearAgo),
      share: share(current, answered),
      minority: i < configured ? config.regions[i]!.minority : false,
    });
  });
  const regionsOnly = config.regions.map((r, i) => ({ name: r.name, order: i, count: cur.region[i]!, minority: r.minority }));
  const top = regionsOnly
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, 3)
    .map((r) => r.name);
  const minorityRegions = regionsOnly
    .filter((r) => r.minority)
    .sort((a, b) => a.count - b.count || a.order - b.order)
    .map((r) => r.name);
  // the configured regions and 其他省市 (index `configured`), not 未知
  const comparable = (counts: readonly number[]): Rise[] =>
    names.slice(0, configured + 1).map((name, i) => ({ name, order: i, current: cur.region[i]!, base: counts[i]! }));
  const inProvince = cur.province[PROVINCE_INDEX.in]!;
  const outOfProvince = cur.province[PROVINCE_INDEX.out]!;
  return {
    inProvince,
    outOfProvince,
    unknownProvince: cur.province[PROVINCE_INDEX.blank]!,
    inProvinceShare: share(inProvince, answered),
    outOfProvinceShare: share(outOfProvince, answered),
    rows,
    top,
    minorityRegions,
    risingVsPrevious: hasPrevious ? rising(comparable(prev.region)) : [],
    risingVsYearAgo: hasYearAgo ? rising(comparable(ago.region)) : [],
  };
}
