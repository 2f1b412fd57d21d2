import type { ReportModel } from '../../model/types.js';
import { formatNum } from '../format.js';
import type { TableSpec } from './spec.js';

/** 回访结果, 数量: the latest callback of each eligible call, by result. */
export function callbacksTable(model: ReportModel): TableSpec | null {
  const c = model.callbacks;
  if (c.results.length === 0) return null;
  return {
    caption: '回访结果情况',
    header: ['回访结果', '数量'],
    rows: c.results.map((r) => [r.name, formatNum(r.count)]),
    align: ['left', 'right'],
    widths: [6, 3],
  };
}
