import type { ReportModel } from '../../model/types.js';
import { formatNum } from '../format.js';
import type { TableSpec } from './spec.js';

/** 工单类型, 数量, with the model's total as 合计. */
export function ticketsTable(model: ReportModel): TableSpec | null {
  const t = model.tickets;
  if (t.byType.length === 0) return null;
  return {
    caption: '转办工单情况',
    header: ['工单类型', '数量'],
    rows: t.byType.map((r) => [r.name, formatNum(r.count)]),
    totalRow: ['合计', formatNum(t.total)],
    align: ['left', 'right'],
    widths: [6, 3],
  };
}
