/**
 * 四、来电业务类型: consultations by category, each with its subcategory
 * table. A subcategory's share is over the category's classified count (as
 * the seed's sub-tables, whose rows add up to 100% without the blanks).
 */
import { sortRows } from '../model/order.js';
import { share } from '../model/round.js';
import type { CategoryMetrics, ConsultationsMetrics, NamedShare } from '../model/types.js';
import { CATEGORIES } from '../records.js';
import { addCountMaps } from '../summarize/counts.js';
import type { ConsultationCell, ConsultationsSummary } from '../summarize/index.js';
import type { SectionInput } from './input.js';

/** Cells summed into one (e.g. a category over all caller types). */
export function sumCells(cells: readonly ConsultationCell[]): ConsultationCell {
  let out: ConsultationCell = { count: 0, unclassified: 0, subcategories: new Map() };
  for (const c of cells) {
    out = { count: out.count + c.count, unclassified: out.unclassified + c.unclassified, subcategories: addCountMaps(out.subcategories, c.subcategories) };
  }
  return out;
}

/** The subcategory rows of a cell, shares over its classified count, by count desc then name. */
export function subcategoryRows(cell: ConsultationCell): NamedShare[] {
  const classified = cell.count - cell.unclassified;
  return sortRows([...cell.subcategories].map(([name, count]) => ({ name, count, share: share(count, classified) })));
}

/** One category over all caller types. */
export function categoryCell(s: ConsultationsSummary, category: number): ConsultationCell {
  return sumCells(s.cells.map((row) => row[category]!));
}

export function consultationsMetrics(input: SectionInput): ConsultationsMetrics {
  const s = input.summaries.consultations;
  const total = s.rows;
  const categories: CategoryMetrics[] = CATEGORIES.map((name, c) => {
    const cell = categoryCell(s, c);
    return {
      name,
      count: cell.count,
      share: share(cell.count, total),
      unclassified: cell.unclassified,
      classified: cell.count - cell.unclassified,
      subcategories: subcategoryRows(cell),
    };
  });
  return { total, categories: sortRows(categories) };
}
