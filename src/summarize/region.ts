/**
 * Region of an answered call as an index into the calls summary's region
 * counts: the configured regions in config order, then 其他省市, then 未知.
 *
 * The matching itself is config/load.ts's `regionMatcher` (names and aliases,
 * `贵阳` = `贵阳市`, `贵州` = `贵州省`). A call whose province is blank goes to
 * 未知 (so the rows add up to the answered calls) and counts in neither
 * in- nor out-of-province (it is `unknownProvince`).
 */
import { OTHER_PROVINCES, UNKNOWN_REGION, provinceMatcher, regionMatcher, type ProvinceClass } from '../config/load.js';
import type { HotlineConfig } from '../config/types.js';

export { OTHER_PROVINCES, UNKNOWN_REGION };

/** Index of the province classes in the summary's `province` counts. */
export const PROVINCE_INDEX: Readonly<Record<ProvinceClass, number>> = { in: 0, out: 1, blank: 2 };

export interface RegionIndexer {
  /** the row names, in the order of the counts */
  readonly names: readonly string[];
  /** 0 … n−1 configured regions, n = 其他省市, n+1 = 未知 */
  region(province: string | null, city: string | null): number;
  /** 0 in-province, 1 another province, 2 blank */
  province(province: string | null): number;
}

/** The row names the region counts are kept under. */
export function regionNames(config: HotlineConfig): string[] {
  return [...config.regions.map((r) => r.name), OTHER_PROVINCES, UNKNOWN_REGION];
}

export function createRegionIndexer(config: HotlineConfig): RegionIndexer {
  const names = regionNames(config);
  const index = new Map<string, number>();
  names.forEach((n, i) => index.set(n, i));
  const match = regionMatcher(config);
  const classify = provinceMatcher(config);
  const unknown = names.length - 1;
  const other = index.get(OTHER_PROVINCES) ?? unknown;
  const blank = index.get(UNKNOWN_REGION) ?? unknown;
  // Called once per answered call: one Map lookup for the province and one
  // for the city, by the cell strings (the reader hands out the same string
  // objects for repeated cells, whose hashes V8 keeps). An in-province
  // call's row depends on its city only (see regionMatcher).
  const provinceClass = new Map<string, number>();
  const cityRow = new Map<string, number>();
  const classOf = (province: string | null): number => {
    if (province === null) return PROVINCE_INDEX.blank;
    let c = provinceClass.get(province);
    if (c === undefined) {
      c = PROVINCE_INDEX[classify(province)];
      provinceClass.set(province, c);
    }
    return c;
  };
  return {
    names,
    region: (province, city) => {
      const c = classOf(province);
      if (c === PROVINCE_INDEX.out) return other;
      if (c === PROVINCE_INDEX.blank) return blank;
      if (city === null) return index.get(match(province, null)) ?? unknown;
      let r = cityRow.get(city);
      if (r === undefined) {
        r = index.get(match(province, city)) ?? unknown;
        cityRow.set(city, r);
      }
      return r;
    },
    province: classOf,
  };
}

// One indexer per config object. The summaries keep the config (plain data)
// rather than the indexer (functions cannot cross to a worker thread); the
// last one used is remembered so the hot path is a pointer comparison.
const cache = new WeakMap<HotlineConfig, RegionIndexer>();
let lastConfig: HotlineConfig | null = null;
let lastIndexer: RegionIndexer | null = null;

export function regionIndexerFor(config: HotlineConfig): RegionIndexer {
  if (config === lastConfig && lastIndexer !== null) return lastIndexer;
  let ix = cache.get(config);
  if (ix === undefined) {
    ix = createRegionIndexer(config);
    cache.set(config, ix);
  }
  lastConfig = config;
  lastIndexer = ix;
  return ix;
}
