/** 图：未成年人/农民工/妇女民事类明细 — one figure per caller group, as the seed. */
import type { ReportModel } from '../../model/types.js';
import { WIDTH_PX } from '../style.js';
import { pct } from '../text.js';
import type { ChartSpec } from '../types.js';
import { hasAny, sectionOn } from './common.js';
import { describeShares, sharesAsBars } from './shares.js';

/** The groups of the model, in report order, with their chart ids. */
export const GROUPS = [
  { name: '未成年人', id: '09-civil-minors' },
  { name: '农民工', id: '10-civil-migrant-workers' },
  { name: '妇女', id: '11-civil-women' },
] as const;

export function civilSubcategories(model: ReportModel, groupName: string, id: string): ChartSpec | null {
  const group = model.callerTypes.groups.find((g) => g.name === groupName);
  if (!group || !sectionOn(model, 'callerTypes')) return null;
  const rows = group.civilSubcategories;
  if (!hasAny(rows.map((r) => r.count))) return null;
  const { config, heightPx } = sharesAsBars(rows, '条', '咨询量');
  return {
    id,
    caption: `${group.name}民事类明细图`,
    alt:
      `${model.period.label}${group.name}民事类咨询明细条形图：${group.name}民事类咨询${group.civil}条，` +
      `占${group.name}咨询量的${pct(group.civilShare)}；${describeShares(rows, '条')}。`,
    widthPx: WIDTH_PX,
    heightPx,
    config,
  };
}
