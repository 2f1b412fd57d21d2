/**
 * What a template sees: the model as is, plus lookups by name and a few
 * selections (the leading subcategories, the rows of the regions the model
 * names) so that a template can place a value without searching for it.
 * Nothing here computes a figure: every number is the model's own.
 */
import type { CallerGroupMetrics, CategoryMetrics, NamedShare, RegionRow, ReportModel } from '../model/types.js';
import { ratingsInOrder } from './tables/satisfaction.js';
import { regionTermsOf } from './region-terms.js';
import type { RegionTerms } from '../config/place-names.js';

/** how many subcategories the text names as "leading" */
export const LEADING = 3;

/** the leading subcategories, as a list and one by one (a template cannot index `leading.0`) */
export interface Leading {
  readonly leading: readonly NamedShare[];
  readonly first: NamedShare | null;
  readonly second: NamedShare | null;
  readonly third: NamedShare | null;
}
export interface CategoryView extends CategoryMetrics, Leading {}
export interface GroupView extends CallerGroupMetrics, Leading {}

export interface TemplateContext extends ReportModel {
  readonly by: {
    readonly channels: Readonly<Record<string, NamedShare>>;
    readonly categories: Readonly<Record<string, CategoryView>>;
    readonly callerTypes: Readonly<Record<string, NamedShare>>;
    readonly groups: Readonly<Record<string, GroupView>>;
    readonly satisfaction: Readonly<Record<string, NamedShare>>;
    readonly regions: Readonly<Record<string, RegionRow>>;
  };
  readonly categoryViews: readonly CategoryView[];
  readonly groupViews: readonly GroupView[];
  /** satisfaction rows 非常满意 … 不满意 */
  readonly ratings: readonly NamedShare[];
  readonly topRegionRows: readonly RegionRow[];
  readonly minorityRegionRows: readonly RegionRow[];
  readonly risingVsPreviousRows: readonly RegionRow[];
  readonly risingVsYearAgoRows: readonly RegionRow[];
  /** what the regions and the rest of the country are called: `市州`/`省外` (贵州省), `区县`/`市外` (重庆市) */
  readonly terms: RegionTerms;
  readonly articleTitles: readonly string[];
  /** every channel an article went out on, in order of first appearance */
  readonly articleChannels: readonly string[];
}

function leading(rows: readonly NamedShare[]): Leading {
  return { leading: rows.slice(0, LEADING), first: rows[0] ?? null, second: rows[1] ?? null, third: rows[2] ?? null };
}

function byName<T extends { readonly name: string }>(rows: readonly T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const r of rows) out[r.name] = r;
  return out;
}

function rowsNamed(rows: readonly RegionRow[], names: readonly string[]): RegionRow[] {
  const map = byName(rows);
  return names.flatMap((n) => (map[n] ? [map[n]] : []));
}

export function templateContext(model: ReportModel): TemplateContext {
  const categoryViews = model.consultations.categories.map((c) => ({ ...c, ...leading(c.subcategories) }));
  const groupViews = model.callerTypes.groups.map((g) => ({ ...g, ...leading(g.civilSubcategories) }));
  const channels: string[] = [];
  for (const a of model.articles) for (const ch of a.channels) if (!channels.includes(ch)) channels.push(ch);
  return {
    ...model,
    by: {
      channels: byName(model.channels.rows),
      categories: byName(categoryViews),
      callerTypes: byName(model.callerTypes.rows),
      groups: byName(groupViews),
      satisfaction: byName(model.satisfaction.rows),
      regions: byName(model.regions.rows),
    },
    categoryViews,
    groupViews,
    ratings: ratingsInOrder(model.satisfaction.rows),
    topRegionRows: rowsNamed(model.regions.rows, model.regions.top),
    minorityRegionRows: rowsNamed(model.regions.rows, model.regions.minorityRegions),
    risingVsPreviousRows: rowsNamed(model.regions.rows, model.regions.risingVsPrevious),
    risingVsYearAgoRows: rowsNamed(model.regions.rows, model.regions.risingVsYearAgo),
    terms: regionTermsOf(model),
    articleTitles: model.articles.map((a) => a.title),
    articleChannels: channels,
  };
}
