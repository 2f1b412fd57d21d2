/** 图：质检复核 — re-checks per reason, next to how many were upheld. */
import type { ReportModel } from '../../model/types.js';
import { horizontalBars } from '../builders.js';
import { COLORS, WIDTH_PX } from '../style.js';
import { captionPeriod } from '../text.js';
import type { ChartSpec } from '../types.js';
import { sectionOn } from './common.js';

export const ID = '14-qa-rechecks';

export function qaRechecks(model: ReportModel): ChartSpec | null {
  const qa = model.qa;
  if (!sectionOn(model, 'qa') || qa.recheckTotal === 0 || qa.rechecks.length === 0) return null;
  const rows = qa.rechecks;
  const { config, heightPx } = horizontalBars({
    names: rows.map((r) => r.reason),
    series: [
      { label: '复核数', data: rows.map((r) => r.count), color: COLORS.navy, valueLabels: rows.map((r) => `${r.count}通`) },
      { label: '反馈成立数', data: rows.map((r) => r.upheld), color: COLORS.orange, valueLabels: rows.map((r) => `${r.upheld}通`) },
    ],
  });
  return {
    id: ID,
    caption: `${captionPeriod(model)}质检复核情况图`,
    alt:
      `${model.period.label}质检复核条形图，共复核${qa.recheckTotal}通，其中反馈成立${qa.recheckUpheld}通：` +
      `${rows.map((r) => `${r.reason}复核${r.count}通、成立${r.upheld}通`).join('；')}。`,
    widthPx: WIDTH_PX,
    heightPx,
    config,
  };
}
