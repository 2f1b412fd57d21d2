/**
 * The ten sections of the report in the seed's order (report.md
 * "Structure"): id (the key of `model.sections` and of the document's
 * section list), heading, the exports each reads, and whether it has data in
 * the period. A section without data keeps its heading and says
 * 本期无相关数据 (the document builder decides from `model.sections`).
 */
import type { FileName } from '../records.js';
import type { Summaries } from '../summarize/index.js';

export interface SectionInfo {
  readonly id: string;
  readonly heading: string;
  /** the exports whose figures the section shows; the first one decides whether it has data */
  readonly files: readonly FileName[];
  /** the section has data in the period: its main export holds a row of the period (and, for ratings, a rated call) */
  readonly available: (s: Summaries) => boolean;
}

const callsInPeriod = (s: Summaries): boolean => s.calls.periods.current.inbound > 0;
const consultationsInPeriod = (s: Summaries): boolean => s.consultations.rows > 0;

export const SECTIONS: readonly SectionInfo[] = [
  // staffing (duty_shifts) is a sentence of the overview, shown when non-zero
  { id: 'overview', heading: '一、运营情况概述', files: ['calls', 'duty_shifts'], available: callsInPeriod },
  { id: 'regions', heading: '二、各市州话务分布情况', files: ['calls'], available: callsInPeriod },
  { id: 'channels', heading: '三、群众来电方式情况', files: ['calls'], available: callsInPeriod },
  { id: 'categories', heading: '四、来电业务类型', files: ['consultations'], available: consultationsInPeriod },
  { id: 'callerTypes', heading: '五、来电群众画像及业务情况分析', files: ['consultations'], available: consultationsInPeriod },
  // referrals (consultations, calls) are words of this section; the tickets decide it
  { id: 'tickets', heading: '六、工单转交办理情况', files: ['tickets', 'consultations', 'calls'], available: (s) => s.tickets.rows > 0 },
  // satisfaction is an optional column of calls: without a rated call there is nothing to say
  {
    id: 'satisfaction', heading: '七、人民群众满意度情况', files: ['calls', 'callbacks'],
    available: (s) => s.calls.periods.current.satisfaction.some((n) => n > 0),
  },
  // complaints (key 3 of calls) are words of this section; the reviews decide it
  { id: 'qa', heading: '八、质检情况', files: ['qa_reviews', 'calls'], available: (s) => s.qa_reviews.rows > 0 },
  { id: 'training', heading: '九、培训情况', files: ['trainings'], available: (s) => s.trainings.rows > 0 },
  { id: 'articles', heading: '十、以案释法情况', files: ['articles'], available: (s) => s.articles.rows > 0 },
];

/** `model.sections`: section id → has data. */
export function sectionAvailability(s: Summaries): Record<string, boolean> {
  return Object.fromEntries(SECTIONS.map((sec) => [sec.id, sec.available(s)]));
}
