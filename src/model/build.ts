/**
 * The report model from the summaries: every figure computed once, here and
 * in src/sections. The key order of the object built here is the key order of
 * metrics.json.
 */
import type { HotlineConfig } from '../config/types.js';
import type { PeriodSet } from '../period/types.js';
import { articlesMetrics } from '../sections/articles.js';
import { callerTypesMetrics } from '../sections/caller-types.js';
import { consultationsMetrics } from '../sections/categories.js';
import { channelsMetrics } from '../sections/channels.js';
import { sectionAvailability } from '../sections/index.js';
import { comparisons, missingFiles, type SectionInput } from '../sections/input.js';
import { callsMetrics, staffingMetrics } from '../sections/overview.js';
import { complaintsMetrics, qaMetrics } from '../sections/qa.js';
import { regionsMetrics } from '../sections/regions.js';
import { callbacksMetrics, satisfactionMetrics } from '../sections/satisfaction.js';
import { referralsMetrics, ticketsMetrics } from '../sections/tickets.js';
import { trainingMetrics } from '../sections/training.js';
import type { Summaries } from '../summarize/index.js';
import { issuedLabel, periodInfo } from './period-info.js';
import { METRICS_ISSUES, SCHEMA, type DataQuality, type ReportModel } from './types.js';

export interface BuildInput {
  readonly periods: PeriodSet;
  readonly config: HotlineConfig;
  readonly summaries: Summaries;
  readonly dataQuality: DataQuality;
  /** YYYY-MM-DD */
  readonly issued: string;
  /** optional columns absent from their export, as `file.column` (SectionInput.absent); none by default */
  readonly absent?: ReadonlySet<string>;
}

export function buildModel(input: BuildInput): ReportModel {
  const { periods, config, summaries, dataQuality, issued } = input;
  const cmp = comparisons(summaries);
  const si: SectionInput = { periods, config, summaries, ...cmp, missing: missingFiles(dataQuality.files), absent: input.absent ?? new Set() };
  const period = periodInfo(periods.current);
  return {
    schema: SCHEMA,
    meta: {
      hotline: config.hotlineName,
      title: `${config.hotlineName}${period.label}运营服务情况`,
      province: config.province,
      issuer: config.issuer,
      issued,
      issuedLabel: issuedLabel(issued),
    },
    period,
    previousPeriod: cmp.hasPrevious ? periodInfo(periods.previous) : null,
    yearAgoPeriod: cmp.hasYearAgo ? periodInfo(periods.yearAgo) : null,
    sections: sectionAvailability(summaries),
    calls: callsMetrics(si),
    regions: regionsMetrics(si),
    channels: channelsMetrics(si),
    consultations: consultationsMetrics(si),
    callerTypes: callerTypesMetrics(si),
    referrals: referralsMetrics(si),
    tickets: ticketsMetrics(si),
    satisfaction: satisfactionMetrics(si),
    callbacks: callbacksMetrics(si),
    qa: qaMetrics(si),
    complaints: complaintsMetrics(si),
    staffing: staffingMetrics(summaries.duty_shifts),
    training: trainingMetrics(si),
    articles: articlesMetrics(si),
    dataQuality: {
      files: dataQuality.files.map((f) => ({ name: f.name, rows: f.rows, used: f.used, skipped: f.skipped, missing: f.missing })),
      groups: dataQuality.groups.map((g) => ({ file: g.file, column: g.column, value: g.value, reason: g.reason, hint: g.hint, count: g.count, lines: [...g.lines] })),
      issues: dataQuality.issues.slice(0, METRICS_ISSUES).map((i) => ({ file: i.file, line: i.line, reason: i.reason })),
      issueCount: dataQuality.issueCount,
      issuesLimit: METRICS_ISSUES,
      problemRows: dataQuality.problemRows,
      warnings: [...dataQuality.warnings],
    },
  };
}
