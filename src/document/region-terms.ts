/**
 * The words for a report's regions, from its model: `市州` and `省外` for
 * Guizhou as the seed writes them, `区县` and `市外` for 重庆市 (see
 * regionTerms). Headings, the table, the chart and the text all take them
 * from here.
 */
import { regionTerms, type RegionTerms } from '../config/place-names.js';
import type { ReportModel } from '../model/types.js';
import { OTHER_PROVINCES, UNKNOWN_REGION } from '../config/load.js';

export function regionTermsOf(model: ReportModel): RegionTerms {
  const names = model.regions.rows.map((r) => r.name).filter((n) => n !== OTHER_PROVINCES && n !== UNKNOWN_REGION);
  return regionTerms(model.meta.province, names);
}

/** `二、各市州话务分布情况` → `二、各区县话务分布情况` for a municipality; other headings as they are. */
export function withRegionTerm(heading: string, model: ReportModel): string {
  return heading.includes('各市州') ? heading.replace('各市州', `各${regionTermsOf(model).regions}`) : heading;
}
