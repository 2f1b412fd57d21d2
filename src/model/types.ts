/**
 * The report model: every figure of the report, computed once.
 * `metrics.json` is this object written out (see ../shared/spec/metrics.md);
 * every renderer (charts, DOCX, PDF) reads only this.
 *
 * Conventions: a share/rate is a percentage rounded half-up to 2 decimals
 * (`12.35` means 12.35 %); `null` where its base is 0 or the comparison
 * period holds no data. Counts are integers. Names are Chinese display names.
 */
import type { PeriodKind } from '../period/types.js';

export const SCHEMA = 'hotline-report/metrics@1' as const;

export interface PeriodInfo {
  readonly id: string;
  readonly kind: PeriodKind;
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly days: number;
  readonly workdays: number;
  readonly restdays: number;
}

export interface NamedCount {
  readonly name: string;
  readonly count: number;
}
export interface NamedShare extends NamedCount {
  /** % of the table's base, half-up 2 decimals; null when the base is 0 */
  readonly share: number | null;
}

export interface DayRow {
  readonly date: string;
  readonly inbound: number;
  readonly answered: number;
  readonly workday: boolean;
}

/** A run of hours [from, to): `from` 0–23, `to` 1–24; shown as `HH:00-HH:00`. */
export interface HourWindow {
  readonly from: number;
  readonly to: number;
}

/** Daily averages of one period, for the comparison figure. */
export interface DailyAverages {
  readonly periodId: string;
  readonly label: string;
  readonly dailyAverage: number;
  readonly workdayAverage: number | null;
  readonly restdayAverage: number | null;
}

export interface CallsMetrics {
  readonly inbound: number;
  readonly answered: number;
  readonly answerRate: number | null;
  readonly unanswered: {
    readonly failed: number;
    readonly abandoned: number;
    readonly queueTimeout: number;
    readonly overflow: number;
  };
  /** sum of the four unanswered counts (= inbound − answered) */
  readonly unansweredTotal: number;
  readonly dailyAverage: number;
  /** null when the period has no workday (rest days: likewise) */
  readonly workdayAverage: number | null;
  readonly restdayAverage: number | null;
  readonly workdayInbound: number;
  readonly restdayInbound: number;
  readonly byDate: readonly DayRow[];
  /** 24 inbound counts, hour 0 first */
  readonly byHour: readonly number[];
  /** 7 averages, Monday first, half-up integers; null for a weekday absent from the period */
  readonly weekdayAverages: readonly (number | null)[];
  /**
   * Named windows for the text and the hourly figure. Peak: the longest run of
   * consecutive hours with inbound ≥ the hourly mean (inbound / 24). Low: the
   * longest run with inbound < half the hourly mean. Earliest run wins a tie;
   * null when no hour qualifies (or no calls).
   */
  readonly peakWindow: HourWindow | null;
  readonly lowWindow: HourWindow | null;
  /** this period's daily averages and, when the data hold it, the previous period's */
  readonly averagesCompared: readonly DailyAverages[];
}

export interface RegionRow {
  readonly name: string;
  readonly current: number;
  /** null when the data hold no call of the previous period */
  readonly previous: number | null;
  /** 环比 %, null when previous is null or 0 */
  readonly change: number | null;
  readonly yearAgo: number | null;
  /** 同比 % */
  readonly yearAgoChange: number | null;
  /** % of answered */
  readonly share: number | null;
  /** a configured minority autonomous prefecture (for the text) */
  readonly minority: boolean;
}

export interface RegionsMetrics {
  readonly inProvince: number;
  readonly outOfProvince: number;
  /** answered calls with a blank province */
  readonly unknownProvince: number;
  readonly inProvinceShare: number | null;
  readonly outOfProvinceShare: number | null;
  /** configured regions in config order, then 其他省市, then 未知 only when non-zero */
  readonly rows: readonly RegionRow[];
  /** facts the text names: the three largest configured regions by current count (desc, ties by config order) */
  readonly top: readonly string[];
  /** the minority prefectures, smallest first */
  readonly minorityRegions: readonly string[];
  /** the configured regions (and 其他省市) whose 环比 change is > 0, largest rise first */
  readonly risingVsPrevious: readonly string[];
  /** likewise for 同比 */
  readonly risingVsYearAgo: readonly string[];
}

export interface ChannelsMetrics {
  /** 手机, 座机, 12345转接, by count desc, ties by name; share over answered */
  readonly rows: readonly NamedShare[];
}

export interface CategoryMetrics extends NamedShare {
  readonly name: string;
  readonly unclassified: number;
  /** count − unclassified */
  readonly classified: number;
  /** share over the category's classified count */
  readonly subcategories: readonly NamedShare[];
}

export interface ConsultationsMetrics {
  readonly total: number;
  /** 民事, 刑事, 行政, 司法行政 — by count desc, ties by name */
  readonly categories: readonly CategoryMetrics[];
}

export interface CallerGroupMetrics {
  readonly name: string;
  readonly total: number;
  readonly civil: number;
  readonly civilShare: number | null;
  readonly civilClassified: number;
  readonly civilSubcategories: readonly NamedShare[];
}

export interface CallerTypesMetrics {
  readonly rows: readonly NamedShare[];
  /** 未成年人, 农民工, 妇女 in that order */
  readonly groups: readonly CallerGroupMetrics[];
  /** share of all callers that are not 普通咨询人 */
  readonly otherShare: number | null;
}

export interface ReferralsMetrics {
  readonly suggest12345: number;
  readonly suggest110: number;
  readonly transferredFrom12345: number;
}

export interface TicketsMetrics {
  readonly total: number;
  readonly byType: readonly NamedCount[];
}

export interface SatisfactionMetrics {
  readonly rated: number;
  readonly ratedRate: number | null;
  readonly rows: readonly NamedShare[];
  readonly satisfactionRate: number | null;
}

export interface CallbacksMetrics {
  readonly eligible: number;
  readonly calledBack: number;
  readonly coverage: number | null;
  readonly results: readonly NamedCount[];
}

export interface RecheckRow {
  readonly reason: string;
  readonly count: number;
  readonly upheld: number;
}

export interface QaMetrics {
  readonly inspected: number;
  readonly inspectionRate: number | null;
  readonly rechecks: readonly RecheckRow[];
  readonly recheckTotal: number;
  readonly recheckUpheld: number;
}

export interface ComplaintsMetrics {
  /** null when the calls have no ivr_key column */
  readonly calls: number | null;
  readonly genuine: number;
  readonly upheld: number;
  /** calls − genuine; null with calls */
  readonly consultationOnly: number | null;
}

export interface StaffingMetrics {
  readonly lawyersOnDuty: number;
  readonly serviceHours: number;
}

export interface TrainingMetrics {
  readonly trained: number;
  readonly qualified: number;
}

export interface ArticleRow {
  readonly title: string;
  readonly publishedAt: string;
  readonly channels: readonly string[];
}

export interface DataQualityFile {
  readonly name: string;
  readonly rows: number;
  readonly used: number;
  readonly skipped: number;
  readonly missing: boolean;
}
export interface DataQualityIssue {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}
/** One kind of problem (file, column, value, reason) with how many rows have it. */
export interface DataQualityGroup {
  readonly file: string;
  /** the header as written; null for a problem of the whole row */
  readonly column: string | null;
  /** the value as quoted in the reason; null when none, or for the values grouped as "other values" */
  readonly value: string | null;
  readonly reason: string;
  /** what to do about it (a config mapping); null when none */
  readonly hint: string | null;
  readonly count: number;
  /** its first lines */
  readonly lines: readonly number[];
}
/** How many issues metrics.json lists one by one (metrics.md `dataQuality`); `groups` count every one. */
export const METRICS_ISSUES = 1000;

export interface DataQuality {
  readonly files: readonly DataQualityFile[];
  /** every kind of problem, most frequent first, with its count: all of them */
  readonly groups: readonly DataQualityGroup[];
  /** the first `issuesLimit` problems one by one */
  readonly issues: readonly DataQualityIssue[];
  /** all problems, including those beyond the first `issuesLimit` */
  readonly issueCount: number;
  /** `issues` holds the first this many of `issueCount` (METRICS_ISSUES) */
  readonly issuesLimit: number;
  /** rows with at least one problem (skipped, or read with a value as blank) */
  readonly problemRows: number;
  /** the run's warnings about the data (absent columns, unmatched cities, a period covered in part, …) */
  readonly warnings: readonly string[];
}

/**
 * Which sections have data in the period (a section without data keeps its
 * heading and says 本期无相关数据). Key = section id of src/sections/index.ts.
 */
export type SectionAvailability = Readonly<Record<string, boolean>>;

export interface ReportMeta {
  /** `贵州省12348公共法律服务热线` */
  readonly hotline: string;
  /** `贵州省12348公共法律服务热线2025年第一季度运营服务情况` */
  readonly title: string;
  readonly province: string;
  readonly issuer: string;
  /** YYYY-MM-DD */
  readonly issued: string;
  /** `2025年4月3日` */
  readonly issuedLabel: string;
}

export interface ReportModel {
  readonly schema: typeof SCHEMA;
  readonly meta: ReportMeta;
  readonly period: PeriodInfo;
  readonly previousPeriod: PeriodInfo | null;
  readonly yearAgoPeriod: PeriodInfo | null;
  readonly sections: SectionAvailability;
  readonly calls: CallsMetrics;
  readonly regions: RegionsMetrics;
  readonly channels: ChannelsMetrics;
  readonly consultations: ConsultationsMetrics;
  readonly callerTypes: CallerTypesMetrics;
  readonly referrals: ReferralsMetrics;
  readonly tickets: TicketsMetrics;
  readonly satisfaction: SatisfactionMetrics;
  readonly callbacks: CallbacksMetrics;
  readonly qa: QaMetrics;
  readonly complaints: ComplaintsMetrics;
  readonly staffing: StaffingMetrics;
  readonly training: TrainingMetrics;
  readonly articles: readonly ArticleRow[];
  readonly dataQuality: DataQuality;
}
