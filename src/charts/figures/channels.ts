/** 图：群众来电方式 — calls by channel; horizontal bars, since one channel holds nearly all. */
import type { ReportModel } from '../../model/types.js';
import { WIDTH_PX } from '../style.js';
import { captionPeriod } from '../text.js';
import type { ChartSpec } from '../types.js';
import { hasAny, sectionOn } from './common.js';
import { describeShares, sharesAsBars } from './shares.js';

export const ID = '06-channels';

export function channels(model: ReportModel): ChartSpec | null {
  const rows = model.channels.rows;
  if (!sectionOn(model, 'channels') || !hasAny(rows.map((r) => r.count))) return null;
  const { config, heightPx } = sharesAsBars(rows, '通', '来电量');
  return {
    id: ID,
    caption: `${captionPeriod(model)}群众来电方式分布图`,
    alt: `${model.period.label}群众来电方式条形图：${describeShares(rows, '通')}。`,
    widthPx: WIDTH_PX,
    heightPx,
    config,
  };
}
