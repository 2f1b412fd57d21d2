/**
 * The config's province and the fields that follow from it (report.md
 * "Config"): `province` alone gives the hotline's name and the regions; the
 * fields the file gives override these; a hotline name, issuer or region that
 * names another province is an error naming the field.
 */
import { DEFAULT_CONFIG } from './default.js';
import type { GivenRegion } from './load.js';
import { placeStem, shortPlaceName } from './place-names.js';
import {
  derivedRegions,
  divisionNamed,
  findProvince,
  hotlineNameOf,
  nearestProvinceNames,
  otherProvinceOf,
  otherProvincesNamedIn,
  regionOf,
  type Province,
} from './province.js';
import type { RegionConfig } from './types.js';

export interface GivenPlace {
  readonly province?: string | undefined;
  readonly hotlineName?: string | undefined;
  readonly issuer?: string | undefined;
  readonly regions?: readonly GivenRegion[] | undefined;
}

export interface ResolvedPlace {
  /** the province's full name, `四川省` for `四川` */
  readonly province: string;
  readonly hotlineName: string;
  readonly regions: readonly RegionConfig[];
  /** the issuer when the file gives none: `省法律援助中心`, `自治区法律援助中心`, `市法律援助中心` */
  readonly issuer: string;
}

type Bad = (field: string, what: string) => never;

/**
 * The built-in Guizhou settings keep their own order and wording (the seed
 * report's); any other province's come from its divisions. The data are
 * loaded only when the file gives one of these fields.
 */
export function resolveProvince(given: GivenPlace, bad: Bad): ResolvedPlace {
  const d = DEFAULT_CONFIG;
  if (given.province === undefined && given.hotlineName === undefined && given.issuer === undefined && given.regions === undefined) {
    return { province: d.province, hotlineName: d.hotlineName, regions: d.regions, issuer: d.issuer };
  }
  let home: Province;
  if (given.province !== undefined) {
    const found = findProvince(given.province);
    if (found === undefined) {
      return bad('province', `"${given.province}" is not a province of mainland China (nearest: ${nearestProvinceNames(given.province).join(', ')})`);
    }
    home = found;
  } else {
    home = findProvince(d.province)!;
  }
  const builtIn = home.name === d.province;
  const where = given.province === undefined ? `province is ${home.name} (the built-in default; set "province")` : `province is ${home.name}`;

  for (const field of ['hotlineName', 'issuer'] as const) {
    const text = given[field];
    if (text === undefined) continue;
    const others = otherProvincesNamedIn(text, home);
    if (others.length > 0) bad(field, `"${text}" names ${others.map((p) => p.name).join(', ')}, but ${where}`);
  }

  let regions: readonly RegionConfig[];
  if (given.regions === undefined) {
    regions = builtIn ? d.regions : derivedRegions(home);
  } else {
    const seen = new Map<string, number>();
    regions = given.regions.map((r, i) => {
      const other = otherProvinceOf(r.name, home);
      if (other !== undefined) bad(`regions[${i}]`, `"${r.name}" is in ${other.name}, but ${where}`);
      const division = divisionNamed(r.name, home);
      if (division === undefined) return { name: r.name, aliases: r.aliases ?? [], minority: r.minority ?? false };
      const before = seen.get(division.code);
      if (before !== undefined) bad(`regions[${i}]`, `"${r.name}" is the same place as regions[${before}] "${given.regions![before]!.name}"`);
      seen.set(division.code, i);
      // what the data say of it, under the name the file gives it
      const derived = regionOf(division, home);
      const forms = [division.name, shortPlaceName(division.name), placeStem(division.name)];
      return {
        name: r.name,
        aliases: r.aliases ?? forms.filter((f, k) => f !== r.name && forms.indexOf(f) === k),
        minority: r.minority ?? derived.minority,
      };
    });
  }
  // the built-in 省法律援助中心, at the province's level: 自治区… for an autonomous region, 市… for a municipality
  const level = home.name.endsWith('自治区') ? '自治区' : home.municipality ? '市' : '省';
  const issuer = given.issuer ?? d.issuer.replace(/^省/, level);
  return { province: home.name, hotlineName: given.hotlineName ?? (builtIn ? d.hotlineName : hotlineNameOf(home)), regions, issuer };
}
