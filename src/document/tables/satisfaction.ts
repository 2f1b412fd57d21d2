import type { NamedShare, ReportModel } from '../../model/types.js';
import { formatNum, formatPct, DASH } from '../format.js';
import type { TableSpec } from './spec.js';

/** The ratings from best to worst, as the seed lists them; any other name follows. */
export const RATING_ORDER: readonly string[] = ['非常满意', '满意', '基本满意', '不满意'];

export function ratingsInOrder(rows: readonly NamedShare[]): NamedShare[] {
  const rank = (n: string): number => {
    const i = RATING_ORDER.indexOf(n);
    return i < 0 ? RATING_ORDER.length : i;
  };
  return [...rows].sort((a, b) => rank(a.name) - rank(b.name));
}

/** 评价, 数量, 占比 with a 合计 row of the rated calls. */
export function satisfactionTable(model: ReportModel): TableSpec | null {
  const s = model.satisfaction;
  if (s.rated === 0) return null;
  return {
    caption: '满意度测评情况',
    header: ['评价', '数量', '占比'],
    rows: ratingsInOrder(s.rows).map((r) => [r.name, formatNum(r.count), formatPct(r.share)]),
    totalRow: ['合计', formatNum(s.rated), s.rated > 0 ? '100.00%' : DASH],
    align: ['left', 'right', 'right'],
    widths: [4, 3, 3],
  };
}
