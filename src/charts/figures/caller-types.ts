/** 图：来电群众类别 — caller types as a ring. */
import type { ReportModel } from '../../model/types.js';
import { WIDTH_PX } from '../style.js';
import { captionPeriod } from '../text.js';
import type { ChartSpec } from '../types.js';
import { hasAny, sectionOn } from './common.js';
import { describeShares, sharesAsPie } from './shares.js';

export const ID = '08-caller-types';

export function callerTypes(model: ReportModel): ChartSpec | null {
  const rows = model.callerTypes.rows;
  if (!sectionOn(model, 'callerTypes') || !hasAny(rows.map((r) => r.count))) return null;
  const { config, heightPx } = sharesAsPie(rows, '条');
  return {
    id: ID,
    caption: `${captionPeriod(model)}来电群众类别分布图`,
    alt: `${model.period.label}来电群众类别环形图：${describeShares(rows, '条')}。`,
    widthPx: WIDTH_PX,
    heightPx,
    config,
  };
}
