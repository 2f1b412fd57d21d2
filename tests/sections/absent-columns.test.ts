import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { buildDocument } from '../../src/document/build.js';
import { buildModel } from '../../src/model/build.js';
import type { ReportModel } from '../../src/model/types.js';
import { absentColumns } from '../../src/sections/input.js';
import { call, periodsOf, qualityOf, review, summarize, type DataSet } from '../model/helpers.js';
import { sectionTexts } from '../document/text.js';

// 2025-03: 4 answered calls, none through key 3, none rated; one 投诉 re-check of a February key-3 call, not upheld
const data: DataSet = {
  calls: [call('C1', '2025-03-03 10:00'), call('C2', '2025-03-04 10:00'), call('C3', '2025-03-05 10:00'), call('C4', '2025-03-06 10:00')],
  qa_reviews: [review('R1', 'C0', '2025-03-10 09:00', { reviewType: '复核', trigger: '投诉', upheld: false })],
};

function model(absent?: ReadonlySet<string>): ReportModel {
  const periods = periodsOf('2025-03');
  return buildModel({ periods, config: DEFAULT_CONFIG, summaries: summarize(periods, data), dataQuality: qualityOf(data), issued: '2025-04-03', absent });
}

describe('optional columns absent from their export', () => {
  it('lists the optional columns found under no header, as file.column', () => {
    const col = (key: string, header: string | null, required = false): { key: string; header: string | null; required: boolean } => ({ key, header, required });
    const tables = [
      { file: 'calls' as const, columns: [col('call_id', 'call_id', true), col('ivr_key', null), col('satisfaction', '满意度'), col('agent_id', null)] },
      { file: 'qa_reviews' as const, columns: [col('trigger', null), col('call_id', null, true)] },
    ];
    expect([...absentColumns(tables)]).toEqual(['calls.ivr_key', 'calls.agent_id', 'qa_reviews.trigger']);
  });

  it('an absent satisfaction column makes the rated rate unknown (null), not 0 %', () => {
    expect(model().satisfaction).toMatchObject({ rated: 0, ratedRate: 0, satisfactionRate: null });
    expect(model(new Set(['calls.satisfaction'])).satisfaction).toMatchObject({ rated: 0, ratedRate: null, satisfactionRate: null });
  });

  it('an absent ivr_key column makes the key-3 calls unknown (null), and the text does not say none came', () => {
    const known = model();
    expect(known.complaints).toEqual({ calls: 0, genuine: 1, upheld: 0, consultationOnly: -1 });
    const unknown = model(new Set(['calls.ivr_key']));
    expect(unknown.complaints).toEqual({ calls: null, genuine: 1, upheld: 0, consultationOnly: null });
    for (const m of [known, unknown]) {
      const qa = sectionTexts(buildDocument(m, [])).qa ?? '';
      // the re-checked complaint is told, even with no key-3 call in the period
      expect(qa).toContain('2025年3月复核投诉1通，经服务质检和专业质检复核，投诉不成立。');
      expect(qa).not.toContain('未受理3号键');
    }
  });

  it('with no complaint, says no key-3 call came only when the column is there', () => {
    const none: DataSet = { calls: data.calls, qa_reviews: [review('R1', 'C1', '2025-03-10 09:00')] };
    const periods = periodsOf('2025-03');
    const text = (absent?: ReadonlySet<string>): string =>
      sectionTexts(buildDocument(buildModel({ periods, config: DEFAULT_CONFIG, summaries: summarize(periods, none), dataQuality: qualityOf(none), issued: '2025-04-03', absent }), [])).qa ?? '';
    expect(text()).toContain('2025年3月未受理3号键“投诉与建议”来电。');
    expect(text(new Set(['calls.ivr_key']))).not.toContain('3号键');
  });
});
