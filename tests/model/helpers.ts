/** Small builders for hand-made records and periods (tests of src/summarize, src/sections, src/model). */
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import type { HotlineConfig } from '../../src/config/types.js';
import { buildModel } from '../../src/model/build.js';
import type { DataQuality, ReportModel } from '../../src/model/types.js';
import { localSeconds, resolvePeriods } from '../../src/period/index.js';
import type { PeriodSet } from '../../src/period/types.js';
import { FILE_NAMES } from '../../src/records.js';
import type {
  ArticleRecord, CallbackRecord, CallRecord, ConsultationRecord, DutyShiftRecord, FileName, QaReviewRecord, RecordsByFile,
  TicketRecord, TrainingRecord,
} from '../../src/records.js';
import { addRecord, createSummaries, type Summaries } from '../../src/summarize/index.js';

/** `2025-03-03 09:10` or `2025-03-03 09:10:30` or `2025-03-03` → LocalSeconds. */
export function t(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) throw new Error(`bad test time ${text}`);
  const n = (i: number): number => Number(m[i] ?? 0);
  return localSeconds(n(1), n(2), n(3), n(4), n(5), n(6));
}

export const periodsOf = (spec: string, config: HotlineConfig = DEFAULT_CONFIG): PeriodSet => resolvePeriods(spec, config.calendar);

export function call(callId: string, at: string, o: Partial<Omit<CallRecord, 'callId' | 'startTime'>> = {}): CallRecord {
  return {
    callId, startTime: t(at), callerProvince: '贵州省', callerCity: '贵阳市', channel: '手机', outcome: '接通',
    ivrKey: null, waitSeconds: null, talkSeconds: null, agentId: null, satisfaction: null, ...o,
  };
}

export function consultation(id: string, at: string, o: Partial<Omit<ConsultationRecord, 'consultationId' | 'createdAt'>> = {}): ConsultationRecord {
  return { consultationId: id, callId: null, createdAt: t(at), category: '民事', subcategory: null, callerType: '普通咨询人', referral: null, ...o };
}

export function ticket(id: string, at: string, type: string): TicketRecord {
  return { ticketId: id, createdAt: t(at), type, callId: null, assignee: null, status: null };
}

export function review(id: string, callId: string, at: string, o: Partial<Omit<QaReviewRecord, 'reviewId' | 'callId' | 'reviewedAt'>> = {}): QaReviewRecord {
  return { reviewId: id, callId, reviewedAt: t(at), reviewType: '常规质检', trigger: null, upheld: null, score: null, ...o };
}

export function callback(id: string, callId: string, at: string, result: string): CallbackRecord {
  return { callbackId: id, callId, calledBackAt: t(at), result };
}

export function shift(lawyerId: string, from: string, to: string): DutyShiftRecord {
  return { lawyerId, lawyerName: null, startTime: t(from), endTime: t(to) };
}

export function training(lawyerId: string, at: string, passed: boolean): TrainingRecord {
  return { lawyerId, lawyerName: null, trainedAt: t(at), trainingType: '入职培训', passed };
}

export function article(title: string, at: string, channels: string[] = []): ArticleRecord {
  return { title, publishedAt: t(at), channels };
}

/** Records of any exports, in file order per export. */
export type DataSet = { readonly [F in FileName]?: readonly RecordsByFile[F][] };

export function summarize(periods: PeriodSet, data: DataSet, config: HotlineConfig = DEFAULT_CONFIG): Summaries {
  const s = createSummaries(periods, config);
  for (const [file, recs] of Object.entries(data) as [FileName, readonly RecordsByFile[FileName][]][]) {
    for (const r of recs) addRecord(s, file, r);
  }
  return s;
}

/** The data quality the reader would report: every row used, an export absent from the data set missing. */
export function qualityOf(data: DataSet): DataQuality {
  const files = FILE_NAMES.map((f) => {
    const rows = data[f]?.length ?? 0;
    return { name: `${f}.csv`, rows, used: rows, skipped: 0, missing: data[f] === undefined };
  });
  return { files, groups: [], issues: [], issueCount: 0, issuesLimit: 1000, problemRows: 0, warnings: [] };
}

export function modelOf(spec: string, data: DataSet, config: HotlineConfig = DEFAULT_CONFIG): ReportModel {
  const periods = periodsOf(spec, config);
  return buildModel({ periods, config, summaries: summarize(periods, data, config), dataQuality: qualityOf(data), issued: '2025-04-03' });
}
