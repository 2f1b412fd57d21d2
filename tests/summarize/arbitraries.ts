/** fast-check generators of records around the periods of 2025-03 (previous 2025-02, year ago 2024-03). */
import fc from 'fast-check';
import {
  CALLER_TYPES, CATEGORIES, CHANNELS, OUTCOMES, SATISFACTIONS,
  type ArticleRecord, type CallbackRecord, type CallRecord, type ConsultationRecord, type DutyShiftRecord,
  type QaReviewRecord, type TicketRecord, type TrainingRecord,
} from '../../src/records.js';
import { t } from '../model/helpers.js';

/** Seconds from 2024-02-25 to 2025-04-05: all three periods and a margin on each side. */
const FROM = t('2024-02-25');
const TO = t('2025-04-05');
export const time = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  // the edges of the current period
  fc.constantFrom(t('2025-03-01'), t('2025-03-01') - 1, t('2025-04-01'), t('2025-04-01') - 1, t('2025-02-01')),
);
/** mostly in March 2025, so the current period gets volume */
export const marchTime = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: t('2025-03-01'), max: t('2025-04-01') - 1 }) }, { weight: 1, arbitrary: time });

const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null, freq: 4 });
const province = maybe(fc.constantFrom('贵州省', '贵州', '四川省', '广东省', ' ', '广西壮族自治区'));
const city = maybe(fc.constantFrom('贵阳市', '贵阳', '遵义', '黔东南苗族侗族自治州', '黔南州', '毕节市', '凯里', '成都市', ''));
const small = fc.integer({ min: 0, max: 40 });

export const callRec: fc.Arbitrary<CallRecord> = fc.record({
  callId: fc.string({ minLength: 1, maxLength: 4 }),
  startTime: marchTime,
  callerProvince: province,
  callerCity: city,
  channel: fc.constantFrom(...CHANNELS),
  outcome: fc.oneof({ weight: 4, arbitrary: fc.constant('接通' as const) }, { weight: 1, arbitrary: fc.constantFrom(...OUTCOMES) }),
  ivrKey: maybe(fc.constantFrom('1', '2', '3')),
  waitSeconds: maybe(small),
  talkSeconds: maybe(small),
  agentId: fc.constant(null),
  satisfaction: maybe(fc.constantFrom(...SATISFACTIONS)),
});

const subcategory = maybe(fc.constantFrom('合同纠纷', '婚姻家庭', '劳动争议', '侵犯财产罪', '投诉与建议', 'A', 'B'));

export const consultationRec: fc.Arbitrary<ConsultationRecord> = fc.record({
  consultationId: fc.string({ maxLength: 4 }),
  callId: fc.constant(null),
  createdAt: marchTime,
  category: fc.constantFrom(...CATEGORIES),
  subcategory,
  callerType: fc.constantFrom(...CALLER_TYPES),
  referral: maybe(fc.constantFrom('12345' as const, '110' as const)),
});

export const ticketRec: fc.Arbitrary<TicketRecord> = fc.record({
  ticketId: fc.string({ maxLength: 3 }),
  createdAt: marchTime,
  type: fc.constantFrom('线上法律援助申请', '人民调解预申请', '其他'),
  callId: fc.constant(null),
  assignee: fc.constant(null),
  status: fc.constant(null),
});

const callIds = fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6');

export const reviewRec: fc.Arbitrary<QaReviewRecord> = fc.record({
  reviewId: fc.string({ maxLength: 3 }),
  callId: callIds,
  reviewedAt: marchTime,
  reviewType: fc.constantFrom('常规质检' as const, '复核' as const),
  trigger: maybe(fc.constantFrom('解答不专业' as const, '问题未解决' as const, '态度问题' as const, '投诉' as const)),
  upheld: maybe(fc.boolean()),
  score: fc.constant(null),
});

export const callbackRec: fc.Arbitrary<CallbackRecord> = fc.record({
  callbackId: fc.string({ maxLength: 3 }),
  callId: callIds,
  // few distinct times, so that ties happen
  calledBackAt: fc.constantFrom(t('2025-03-05'), t('2025-03-06'), t('2025-04-02')),
  result: fc.constantFrom('误评', '其他', '问题未解决', '态度问题'),
});

export const shiftRec: fc.Arbitrary<DutyShiftRecord> = fc
  .record({ lawyerId: fc.constantFrom('L1', 'L2', 'L3', 'L4'), start: marchTime, len: fc.integer({ min: 1, max: 12 * 3600 }) })
  .map(({ lawyerId, start, len }) => ({ lawyerId, lawyerName: null, startTime: start, endTime: start + len }));

export const trainingRec: fc.Arbitrary<TrainingRecord> = fc.record({
  lawyerId: fc.constantFrom('L1', 'L2'),
  lawyerName: fc.constant(null),
  trainedAt: marchTime.map((s) => Math.floor(s / 86400) * 86400),
  trainingType: fc.constant('入职培训'),
  passed: fc.boolean(),
});

export const articleRec: fc.Arbitrary<ArticleRecord> = fc.record({
  title: fc.constantFrom('甲', '乙', '丙'),
  publishedAt: marchTime.map((s) => Math.floor(s / 86400) * 86400),
  channels: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }),
});
