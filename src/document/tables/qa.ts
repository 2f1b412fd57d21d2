import type { ReportModel } from '../../model/types.js';
import { formatNum } from '../format.js';
import type { TableSpec } from './spec.js';

/** 复核原因, 复核数, 成立数, with the model's totals as 合计. */
export function qaRechecksTable(model: ReportModel): TableSpec | null {
  const q = model.qa;
  if (q.rechecks.length === 0) return null;
  return {
    caption: '质检复核情况',
    header: ['复核原因', '复核数', '成立数'],
    rows: q.rechecks.map((r) => [r.reason, formatNum(r.count), formatNum(r.upheld)]),
    totalRow: ['合计', formatNum(q.recheckTotal), formatNum(q.recheckUpheld)],
    align: ['left', 'right', 'right'],
    widths: [4, 3, 3],
  };
}
