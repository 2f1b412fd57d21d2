/**
 * Every column of every export (data-format.md): canonical English header and
 * Chinese header, in one place. Headers are matched after removing spaces,
 * `_` and `-`, lower-casing and making full-width letters plain, so
 * `Start Time`, `START_TIME`, ` 来电 时间` and `通话ＩＤ` all match.
 *
 * `caller` (主叫号码) is deliberately absent: the phone number is personal
 * data, so the reader never even looks at that column (it is an "extra"
 * column, ignored like any other).
 */
import type { FileName } from '../records.js';
import { columnTable, type ColumnsMapping } from './column-table.js';

export interface HeaderName {
  readonly key: string;
  readonly zh: string;
}

export const HEADERS: { readonly [F in FileName]: readonly HeaderName[] } = {
  calls: [
    { key: 'call_id', zh: '通话ID' },
    { key: 'start_time', zh: '来电时间' },
    { key: 'caller_province', zh: '号码归属省' },
    { key: 'caller_city', zh: '号码归属市' },
    { key: 'channel', zh: '来电方式' },
    { key: 'outcome', zh: '呼叫结果' },
    { key: 'ivr_key', zh: '按键' },
    { key: 'wait_seconds', zh: '排队时长' },
    { key: 'talk_seconds', zh: '通话时长' },
    { key: 'agent_id', zh: '坐席工号' },
    { key: 'satisfaction', zh: '满意度评价' },
  ],
  consultations: [
    { key: 'consultation_id', zh: '咨询ID' },
    { key: 'call_id', zh: '通话ID' },
    { key: 'created_at', zh: '登记时间' },
    { key: 'category', zh: '业务大类' },
    { key: 'subcategory', zh: '业务小类' },
    { key: 'caller_type', zh: '来电人类别' },
    { key: 'referral', zh: '建议拨打' },
  ],
  tickets: [
    { key: 'ticket_id', zh: '工单编号' },
    { key: 'created_at', zh: '创建时间' },
    { key: 'type', zh: '工单类型' },
    { key: 'call_id', zh: '通话ID' },
    { key: 'assignee', zh: '承办机构' },
    { key: 'status', zh: '办理状态' },
  ],
  qa_reviews: [
    { key: 'review_id', zh: '质检编号' },
    { key: 'call_id', zh: '通话ID' },
    { key: 'reviewed_at', zh: '质检时间' },
    { key: 'review_type', zh: '质检类型' },
    { key: 'trigger', zh: '复核原因' },
    { key: 'upheld', zh: '反馈是否成立' },
    { key: 'score', zh: '质检得分' },
  ],
  callbacks: [
    { key: 'callback_id', zh: '回访编号' },
    { key: 'call_id', zh: '通话ID' },
    { key: 'called_back_at', zh: '回访时间' },
    { key: 'result', zh: '回访结果' },
  ],
  duty_shifts: [
    { key: 'lawyer_id', zh: '律师编号' },
    { key: 'lawyer_name', zh: '律师姓名' },
    { key: 'start_time', zh: '上线时间' },
    { key: 'end_time', zh: '下线时间' },
  ],
  trainings: [
    { key: 'lawyer_id', zh: '律师编号' },
    { key: 'lawyer_name', zh: '律师姓名' },
    { key: 'trained_at', zh: '培训时间' },
    { key: 'training_type', zh: '培训类型' },
    { key: 'passed', zh: '是否达到上岗标准' },
  ],
  articles: [
    { key: 'title', zh: '标题' },
    { key: 'published_at', zh: '发布时间' },
    { key: 'channels', zh: '发布渠道' },
  ],
};

/**
 * The form headers are compared in: full-width forms made plain (NFKC:
 * `通话ＩＤ`, `ＣＡＬＬ＿ＩＤ`, as a Chinese input method types them), no BOM,
 * no spaces, `_` or `-`, lower case.
 */
export function normalizeHeader(h: string): string {
  return h.normalize('NFKC').replace(/[\s_\-\uFEFF\u3000]/g, '').toLowerCase();
}

/**
 * Maps each column key of `file` to its index in the header row (-1 when
 * absent). When a column appears twice, the first one is used.
 */
export function mapHeader(file: FileName, header: readonly string[], mapping: ColumnsMapping = {}): Map<string, number> {
  return new Map(columnTable(file, header, mapping).columns.map((c) => [c.key, c.index]));
}
