import type { ReportModel } from '../../model/types.js';
import { formatNum, formatPct, DASH } from '../format.js';
import type { CellAlign } from '../types.js';
import type { TableSpec } from './spec.js';
import { regionTermsOf } from '../region-terms.js';

/**
 * 各市州话务分布: this period, its share, and the comparisons the data allow
 * (上期/环比 when the previous period has data, 去年同期/同比 when the year-ago
 * period has). No 合计 row: the rows need not add up to the answered calls
 * (calls without a province sit in no row), and a sum would be a new figure.
 */
export function regionsTable(model: ReportModel): TableSpec | null {
  const rows = model.regions.rows;
  if (rows.length === 0) return null;
  const withPrev = model.previousPeriod !== null;
  const withYearAgo = model.yearAgoPeriod !== null;
  const term = regionTermsOf(model).regions;
  const header = [term, '本期', '占比'];
  if (withPrev) header.push('上期', '环比');
  if (withYearAgo) header.push('去年同期', '同比');
  const count = (v: number | null): string => (v === null ? DASH : formatNum(v));
  const body = rows.map((r) => {
    const cells = [r.name, formatNum(r.current), formatPct(r.share)];
    if (withPrev) cells.push(count(r.previous), formatPct(r.change));
    if (withYearAgo) cells.push(count(r.yearAgo), formatPct(r.yearAgoChange));
    return cells;
  });
  const align: CellAlign[] = header.map((_, i) => (i === 0 ? 'left' : 'right'));
  const widths = header.map((_, i) => (i === 0 ? 3 : 2));
  const parts = [`本期为${model.period.label}`];
  if (model.previousPeriod) parts.push(`上期为${model.previousPeriod.label}`);
  if (model.yearAgoPeriod) parts.push(`去年同期为${model.yearAgoPeriod.label}`);
  return {
    caption: `各${term}话务分布情况`,
    header,
    rows: body,
    align,
    widths,
    note: `注：${parts.join('，')}；占比为占本期有效接听量的比例。`,
  };
}
