import type { ReportModel } from '../../model/types.js';
import { formatNum, formatPct, DASH } from '../format.js';
import type { TableSpec } from './spec.js';

/**
 * One category's subcategories (分类, 咨询量, 咨询占比) as the seed's
 * 民事类咨询来电统计表: shares over the category's classified count, a 小计 row
 * with that count and 100.00% (fixed text, metrics.md "Rounding"), and the
 * unclassified consultations noted under the table.
 */
export function categoryTable(model: ReportModel, args: readonly string[]): TableSpec | null {
  const name = args.join(' ');
  if (!name) throw new Error('template marker [[table category NAME]]: the category name is missing');
  const cat = model.consultations.categories.find((c) => c.name === name);
  if (!cat || (cat.classified === 0 && cat.unclassified === 0)) return null;
  return {
    caption: `${cat.name}类咨询来电统计表`,
    header: ['分类', '咨询量', '咨询占比'],
    rows: cat.subcategories.map((s) => [s.name, formatNum(s.count), formatPct(s.share)]),
    totalRow: ['小计', formatNum(cat.classified), cat.classified > 0 ? '100.00%' : DASH],
    align: ['left', 'right', 'right'],
    widths: [6, 2, 2],
    ...(cat.unclassified > 0 ? { note: `注：另有未分类咨询${formatNum(cat.unclassified)}条，未计入上表。` } : {}),
  };
}
