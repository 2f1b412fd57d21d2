/** 图：来电业务类型 — the four consultation categories as a ring. */
import type { ReportModel } from '../../model/types.js';
import { WIDTH_PX } from '../style.js';
import { captionPeriod } from '../text.js';
import type { ChartSpec } from '../types.js';
import { hasAny, sectionOn } from './common.js';
import { describeShares, sharesAsPie } from './shares.js';

export const ID = '07-categories';

export function categories(model: ReportModel): ChartSpec | null {
  const rows = model.consultations.categories;
  if (!sectionOn(model, 'categories') || !hasAny(rows.map((r) => r.count))) return null;
  const { config, heightPx } = sharesAsPie(rows, '条');
  return {
    id: ID,
    caption: `${captionPeriod(model)}来电业务类型分布图`,
    alt: `${model.period.label}来电业务类型环形图，共${model.consultations.total}条：${describeShares(rows, '条')}。`,
    widthPx: WIDTH_PX,
    heightPx,
    config,
  };
}
