/** 图：满意度测评 — the four ratings; bars, since 非常满意 dwarfs the rest. */
import type { ReportModel } from '../../model/types.js';
import { WIDTH_PX } from '../style.js';
import { captionPeriod, pct } from '../text.js';
import type { ChartSpec } from '../types.js';
import { hasAny, sectionOn } from './common.js';
import { describeShares, sharesAsBars } from './shares.js';

export const ID = '12-satisfaction';

export function satisfaction(model: ReportModel): ChartSpec | null {
  const s = model.satisfaction;
  if (!sectionOn(model, 'satisfaction') || s.rated === 0 || !hasAny(s.rows.map((r) => r.count))) return null;
  const { config, heightPx } = sharesAsBars(s.rows, '通', '评价量');
  return {
    id: ID,
    caption: `${captionPeriod(model)}满意度测评情况图`,
    alt: `${model.period.label}满意度测评条形图，共${s.rated}通参与测评，整体满意度${pct(s.satisfactionRate)}：${describeShares(s.rows, '通')}。`,
    widthPx: WIDTH_PX,
    heightPx,
    config,
  };
}
