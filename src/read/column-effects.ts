/**
 * What the report loses when an optional column is absent: the sections and
 * figures that will be empty (or all 未知) for it. `validate` prints it
 * beside an absent column, and a run warns with it when the file has
 * headers that map to nothing (a likely missed mapping; data-format.md,
 * "What a run tells about each export").
 *
 * Kept by hand beside the summaries that read each field (src/summarize);
 * a test checks that every optional column of every export is listed here,
 * so a column that starts to feed a figure cannot be forgotten.
 */
import type { FileName } from '../records.js';

/** `null`: the report reads no figure from the column (it is checked when present, that is all). */
export const COLUMN_EFFECTS: { readonly [F in FileName]: Readonly<Record<string, string | null>> } = {
  calls: {
    caller_city: '二、各市州话务分布情况 (every in-province call counted as 未知)',
    ivr_key: '八、质检情况 (complaints through key 3)',
    wait_seconds: null,
    talk_seconds: null,
    agent_id: null,
    satisfaction: '一、运营情况概述 (satisfaction rate) and 七、人民群众满意度情况 (ratings, satisfaction rate, callbacks due)',
  },
  consultations: {
    call_id: null,
    subcategory: '四、来电业务类型 (sub-tables: all unclassified) and 五、来电群众画像及业务情况分析 (leading civil subcategories)',
    caller_type: '五、来电群众画像及业务情况分析 (every caller counted as 普通咨询人)',
    referral: '六、工单转交办理情况 (suggested 12345 and 110)',
  },
  tickets: { call_id: null, assignee: null, status: null },
  qa_reviews: {
    trigger: '八、质检情况 (re-checks per reason, complaints)',
    upheld: '八、质检情况 (upheld re-checks and complaints)',
    score: null,
  },
  callbacks: {},
  duty_shifts: { lawyer_name: null },
  trainings: { lawyer_name: null, training_type: null },
  articles: { channels: '十、以案释法情况 (publication channels)' },
};

/**
 * The sections and figures an absent column empties; null when none.
 * `regions`: the province's word for its regions (regionTerms: 各市州 for
 * Guizhou, 各区县 for 重庆市), as section 二's heading says it.
 */
export function columnEffect(file: FileName, key: string, regions = '市州'): string | null {
  const effect = COLUMN_EFFECTS[file][key] ?? null;
  return effect === null ? null : effect.replace('各市州', `各${regions}`);
}
