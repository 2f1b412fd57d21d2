/**
 * Typed records, one interface per export of data-format.md.
 *
 * Date-times are local China time without a zone. They are carried as
 * `LocalSeconds`: seconds since 1970-01-01 00:00:00 *wall clock*, computed as
 * if that wall clock were UTC. This keeps every figure independent of the
 * machine's TZ and makes day/hour extraction plain integer arithmetic
 * (see src/period/local-time.ts).
 */
export type LocalSeconds = number;

export type Channel = '手机' | '座机' | '12345转接';
export const CHANNELS: readonly Channel[] = ['手机', '座机', '12345转接'];

export type Outcome = '接通' | '呼叫失败' | '排队放弃' | '排队超时' | '排队溢出';
export const OUTCOMES: readonly Outcome[] = ['接通', '呼叫失败', '排队放弃', '排队超时', '排队溢出'];

export type Satisfaction = '非常满意' | '满意' | '基本满意' | '不满意';
export const SATISFACTIONS: readonly Satisfaction[] = ['非常满意', '满意', '基本满意', '不满意'];

export type Category = '民事' | '刑事' | '行政' | '司法行政';
export const CATEGORIES: readonly Category[] = ['民事', '刑事', '行政', '司法行政'];

export type CallerType = '普通咨询人' | '未成年人' | '农民工' | '妇女';
export const CALLER_TYPES: readonly CallerType[] = ['普通咨询人', '未成年人', '农民工', '妇女'];
/** The caller groups the report analyses one by one (all but 普通咨询人). */
export const CALLER_GROUPS: readonly CallerType[] = ['未成年人', '农民工', '妇女'];

export type Referral = '12345' | '110';

export type ReviewType = '常规质检' | '复核';
export type RecheckTrigger = '解答不专业' | '问题未解决' | '态度问题' | '投诉';
export const RECHECK_REASONS: readonly RecheckTrigger[] = ['解答不专业', '问题未解决', '态度问题'];

export interface CallRecord {
  readonly callId: string;
  readonly startTime: LocalSeconds;
  /** Caller number is personal data: it is never kept in records. */
  readonly callerProvince: string | null;
  readonly callerCity: string | null;
  readonly channel: Channel;
  readonly outcome: Outcome;
  readonly ivrKey: string | null;
  readonly waitSeconds: number | null;
  readonly talkSeconds: number | null;
  readonly agentId: string | null;
  readonly satisfaction: Satisfaction | null;
}

export interface ConsultationRecord {
  readonly consultationId: string;
  readonly callId: string | null;
  readonly createdAt: LocalSeconds;
  readonly category: Category;
  /** null = not classified */
  readonly subcategory: string | null;
  readonly callerType: CallerType;
  readonly referral: Referral | null;
}

export interface TicketRecord {
  readonly ticketId: string;
  readonly createdAt: LocalSeconds;
  readonly type: string;
  readonly callId: string | null;
  readonly assignee: string | null;
  readonly status: string | null;
}

export interface QaReviewRecord {
  readonly reviewId: string;
  readonly callId: string;
  readonly reviewedAt: LocalSeconds;
  readonly reviewType: ReviewType;
  readonly trigger: RecheckTrigger | null;
  /** null for routine reviews (where it is optional and blank) */
  readonly upheld: boolean | null;
  readonly score: number | null;
}

export interface CallbackRecord {
  readonly callbackId: string;
  readonly callId: string;
  readonly calledBackAt: LocalSeconds;
  readonly result: string;
}

export interface DutyShiftRecord {
  readonly lawyerId: string;
  readonly lawyerName: string | null;
  readonly startTime: LocalSeconds;
  readonly endTime: LocalSeconds;
}

export interface TrainingRecord {
  readonly lawyerId: string;
  readonly lawyerName: string | null;
  /** a date: LocalSeconds at 00:00 */
  readonly trainedAt: LocalSeconds;
  readonly trainingType: string;
  readonly passed: boolean;
}

export interface ArticleRecord {
  readonly title: string;
  /** a date: LocalSeconds at 00:00 */
  readonly publishedAt: LocalSeconds;
  readonly channels: readonly string[];
}

/** The eight exports by file base name. */
export interface RecordsByFile {
  calls: CallRecord;
  consultations: ConsultationRecord;
  tickets: TicketRecord;
  qa_reviews: QaReviewRecord;
  callbacks: CallbackRecord;
  duty_shifts: DutyShiftRecord;
  trainings: TrainingRecord;
  articles: ArticleRecord;
}
export type FileName = keyof RecordsByFile;
export const FILE_NAMES: readonly FileName[] = [
  'calls', 'consultations', 'tickets', 'qa_reviews', 'callbacks', 'duty_shifts', 'trainings', 'articles',
];

/** A problem in the user's data: data, not an exception (collected, printed, counted). */
export interface DataIssue {
  /** file name as given, e.g. `calls.csv` */
  readonly file: string;
  /** 1-based physical line number where the record starts (header = line 1); 0 for a whole-file issue */
  readonly line: number;
  readonly code: string;
  readonly reason: string;
}

/** Per-file counts for metrics.json `dataQuality.files`. */
export interface FileStats {
  readonly name: string;
  readonly rows: number;
  readonly used: number;
  readonly skipped: number;
  readonly missing: boolean;
}
