/**
 * One validator per export: which columns it reads, how each cell is parsed,
 * the cross-column rules and how a record is built. The reader
 * (src/read/reader.ts) runs these generically; headers live in headers.ts.
 */
import {
  CALLER_TYPES, CATEGORIES, CHANNELS, OUTCOMES, SATISFACTIONS,
  type FileName, type RecordsByFile,
} from '../records.js';
import { parseDate, parseDateTime } from './datetime.js';
import { BOOL, enumSpec, maskPhones, parseCount, parseNumber, type EnumSpec } from './values.js';

/** Returned by a cell parser for a value it does not accept. */
export const INVALID: unique symbol = Symbol('invalid');
export type CellParser = (trimmed: string) => unknown;

export interface ColumnRule {
  readonly key: string;
  /** the column must be in the header (else the file cannot be used) */
  readonly needed: boolean;
  /** a blank cell makes the row unusable */
  readonly nonBlank: boolean;
  /** value of a blank cell (and of a bad optional one) */
  readonly blank: unknown;
  /** null = text kept as is (trimmed) */
  readonly parse: CellParser | null;
  /** for messages: `is not ${expected}` */
  readonly expected: string;
  /**
   * an enumerated column's accepted values (canonical, then aliases): the
   * columns a config may give a value mapping (`exports.<name>.values`)
   */
  readonly names?: readonly string[];
  /** an enumeration's canonical values (the hint of a bad value names them) */
  readonly values?: readonly string[];
}

export interface RowProblem {
  readonly code: string;
  readonly reason: string;
}

export interface Schema<F extends FileName> {
  readonly columns: readonly ColumnRule[];
  /** the column whose value must be unique (first occurrence kept), or null */
  readonly idKey: string | null;
  /** the column that places a row in a period (null: callbacks follow their call) */
  readonly periodKey: string | null;
  /** a rule across columns; `label(key)` gives the column's header as written in the file */
  readonly check?: (v: readonly unknown[], label: (key: string) => string) => RowProblem | null;
  readonly build: (v: readonly unknown[]) => RecordsByFile[F];
  /**
   * `build` into a record built before (the same fields, refilled), for
   * readers that hand one object to a fold that keeps none (Fold.transient):
   * no allocation per row. Given for the exports that run to millions of
   * rows; tests check that it agrees with `build`.
   */
  fill?(target: RecordsByFile[F], v: readonly unknown[]): RecordsByFile[F];
}

/** A record's fields, writable (for `fill`). */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

const nanToInvalid = (n: number): unknown => (Number.isNaN(n) ? INVALID : n);
const dateTime: Kind = { parse: (t) => nanToInvalid(parseDateTime(t)), expected: 'a date-time (YYYY-MM-DD HH:mm:ss, YYYY/M/D H:mm or YYYY年M月D日 H:mm:ss)' };
const date: Kind = { parse: (t) => nanToInvalid(parseDate(t)), expected: 'a date (YYYY-MM-DD, YYYY/M/D or YYYY年M月D日)' };
const count: Kind = { parse: (t) => nanToInvalid(parseCount(t)), expected: 'a whole number ≥ 0' };
type Kind = Pick<ColumnRule, 'parse' | 'expected' | 'values' | 'names'>;
const bool: Kind = { parse: (t) => { const b = BOOL.lookup(t); return b === undefined ? INVALID : b === '是'; }, expected: 'a yes or no (是 or 否)', values: BOOL.values, names: BOOL.names };
/** An enumeration; `noun` names what a value is in messages (`来电方式 "移动电话" is not a channel`), whose hint lists the values. */
function oneOf<T extends string>(spec: EnumSpec<T>, noun: string): Kind {
  return { parse: (t) => spec.lookup(t) ?? INVALID, expected: noun, values: spec.values, names: spec.names };
}
const score: Kind = {
  parse: (t) => { const n = parseNumber(t); return Number.isNaN(n) || n < 0 || n > 100 ? INVALID : n; },
  expected: 'a number from 0 to 100',
};
const text: Kind = { parse: null, expected: 'text' };
/** Free text that the report prints: a phone number typed into it is masked. */
const shownText: Kind = { parse: maskPhones, expected: 'text' };
/** `a;b；c` → ['a', 'b', 'c'] */
const list: Kind = {
  parse: (t) => maskPhones(t).split(/[;；]/).map((s) => s.trim()).filter((s) => s !== ''),
  expected: 'a list',
};

function required(key: string, kind: Kind): ColumnRule {
  return { key, needed: true, nonBlank: true, blank: null, ...kind };
}
function optional(key: string, kind: Kind, blank: unknown = null): ColumnRule {
  return { key, needed: false, nonBlank: false, blank, ...kind };
}

export const CHANNEL = enumSpec(CHANNELS, { mobile: '手机', landline: '座机', transfer_12345: '12345转接', 固话: '座机', '12345': '12345转接' });
export const OUTCOME = enumSpec(OUTCOMES, {
  answered: '接通', failed: '呼叫失败', abandoned: '排队放弃', queue_timeout: '排队超时', overflow: '排队溢出',
  已接通: '接通', 排队中放弃: '排队放弃',
});
export const SATISFACTION = enumSpec(SATISFACTIONS);
export const CATEGORY = enumSpec(CATEGORIES, { 民事类: '民事', 刑事类: '刑事', 行政类: '行政', 司法行政类: '司法行政' });
export const CALLER_TYPE = enumSpec(CALLER_TYPES);
export const REFERRAL = enumSpec(['12345', '110'] as const);
export const REVIEW_TYPE = enumSpec(['常规质检', '复核'] as const, { routine: '常规质检', recheck: '复核' });
export const TRIGGER = enumSpec(['解答不专业', '问题未解决', '态度问题', '投诉'] as const);

/* eslint-disable @typescript-eslint/no-explicit-any -- values are typed by the column rules above */
type V = readonly any[];

const calls: Schema<'calls'> = {
  columns: [
    required('call_id', text),
    required('start_time', dateTime),
    // the column must exist, but blank means "unknown province"
    { key: 'caller_province', needed: true, nonBlank: false, blank: null, ...text },
    optional('caller_city', text),
    required('channel', oneOf(CHANNEL, 'a channel')),
    required('outcome', oneOf(OUTCOME, 'a call outcome')),
    optional('ivr_key', text),
    optional('wait_seconds', count),
    optional('talk_seconds', count),
    optional('agent_id', text),
    optional('satisfaction', oneOf(SATISFACTION, 'a satisfaction rating')),
  ],
  idKey: 'call_id',
  periodKey: 'start_time',
  build: (v: V) => ({
    callId: v[0], startTime: v[1], callerProvince: v[2], callerCity: v[3], channel: v[4], outcome: v[5],
    ivrKey: v[6], waitSeconds: v[7], talkSeconds: v[8], agentId: v[9], satisfaction: v[10],
  }),
  fill: (target, v: V) => {
    const r = target as Writable<RecordsByFile['calls']>;
    r.callId = v[0]; r.startTime = v[1]; r.callerProvince = v[2]; r.callerCity = v[3]; r.channel = v[4]; r.outcome = v[5];
    r.ivrKey = v[6]; r.waitSeconds = v[7]; r.talkSeconds = v[8]; r.agentId = v[9]; r.satisfaction = v[10];
    return r;
  },
};

const consultations: Schema<'consultations'> = {
  columns: [
    required('consultation_id', text),
    optional('call_id', text),
    required('created_at', dateTime),
    required('category', oneOf(CATEGORY, 'a category')),
    optional('subcategory', shownText),
    optional('caller_type', oneOf(CALLER_TYPE, 'a caller type'), '普通咨询人'),
    optional('referral', oneOf(REFERRAL, 'a referral')),
  ],
  idKey: 'consultation_id',
  periodKey: 'created_at',
  build: (v: V) => ({
    consultationId: v[0], callId: v[1], createdAt: v[2], category: v[3], subcategory: v[4], callerType: v[5], referral: v[6],
  }),
  fill: (target, v: V) => {
    const r = target as Writable<RecordsByFile['consultations']>;
    r.consultationId = v[0]; r.callId = v[1]; r.createdAt = v[2]; r.category = v[3]; r.subcategory = v[4]; r.callerType = v[5]; r.referral = v[6];
    return r;
  },
};

const tickets: Schema<'tickets'> = {
  columns: [
    required('ticket_id', text),
    required('created_at', dateTime),
    required('type', shownText),
    optional('call_id', text),
    optional('assignee', text),
    optional('status', text),
  ],
  idKey: 'ticket_id',
  periodKey: 'created_at',
  build: (v: V) => ({ ticketId: v[0], createdAt: v[1], type: v[2], callId: v[3], assignee: v[4], status: v[5] }),
};

const qaReviews: Schema<'qa_reviews'> = {
  columns: [
    required('review_id', text),
    required('call_id', text),
    required('reviewed_at', dateTime),
    required('review_type', oneOf(REVIEW_TYPE, 'a review type')),
    optional('trigger', oneOf(TRIGGER, 'a re-check reason')),
    optional('upheld', bool),
    optional('score', score),
  ],
  idKey: 'review_id',
  periodKey: 'reviewed_at',
  check: (v, label) =>
    v[3] === '复核' && v[5] === null
      ? { code: 'required-if', reason: `${label('upheld')} is required when ${label('review_type')} is 复核` }
      : null,
  build: (v: V) => ({ reviewId: v[0], callId: v[1], reviewedAt: v[2], reviewType: v[3], trigger: v[4], upheld: v[5], score: v[6] }),
};

const callbacks: Schema<'callbacks'> = {
  columns: [
    required('callback_id', text),
    required('call_id', text),
    required('called_back_at', dateTime),
    required('result', shownText),
  ],
  idKey: 'callback_id',
  periodKey: null,
  build: (v: V) => ({ callbackId: v[0], callId: v[1], calledBackAt: v[2], result: v[3] }),
};

const dutyShifts: Schema<'duty_shifts'> = {
  columns: [
    required('lawyer_id', text),
    optional('lawyer_name', text),
    required('start_time', dateTime),
    required('end_time', dateTime),
  ],
  idKey: null,
  periodKey: 'start_time',
  check: (v, label) =>
    (v[3] as number) <= (v[2] as number)
      ? { code: 'order', reason: `${label('end_time')} is not after ${label('start_time')}` }
      : null,
  build: (v: V) => ({ lawyerId: v[0], lawyerName: v[1], startTime: v[2], endTime: v[3] }),
};

const trainings: Schema<'trainings'> = {
  columns: [
    required('lawyer_id', text),
    optional('lawyer_name', text),
    required('trained_at', date),
    optional('training_type', text, '入职培训'),
    required('passed', bool),
  ],
  idKey: null,
  periodKey: 'trained_at',
  build: (v: V) => ({ lawyerId: v[0], lawyerName: v[1], trainedAt: v[2], trainingType: v[3], passed: v[4] }),
};

const articles: Schema<'articles'> = {
  columns: [
    required('title', shownText),
    required('published_at', date),
    optional('channels', list, []),
  ],
  idKey: null,
  periodKey: 'published_at',
  build: (v: V) => ({ title: v[0], publishedAt: v[1], channels: v[2] }),
};

export const SCHEMAS: { readonly [F in FileName]: Schema<F> } = {
  calls, consultations, tickets, qa_reviews: qaReviews, callbacks, duty_shifts: dutyShifts, trainings, articles,
};
