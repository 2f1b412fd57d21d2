import { describe, expect, it } from 'vitest';
import { SECTIONS as DOCUMENT_SECTIONS } from '../../src/document/sections.js';
import { SECTIONS } from '../../src/sections/index.js';
import { call, consultation, modelOf, ticket } from '../model/helpers.js';

describe('the ten sections', () => {
  it('in report order with the headings of report.md', () => {
    expect(SECTIONS.map((s) => s.heading)).toEqual([
      '一、运营情况概述', '二、各市州话务分布情况', '三、群众来电方式情况', '四、来电业务类型', '五、来电群众画像及业务情况分析',
      '六、工单转交办理情况', '七、人民群众满意度情况', '八、质检情况', '九、培训情况', '十、以案释法情况',
    ]);
  });
  it('use the ids and headings the document builder uses', () => {
    expect(SECTIONS.map((s) => [s.id, s.heading])).toEqual(DOCUMENT_SECTIONS.map((s) => [s.id, s.heading]));
  });
  it('a section has data when its export holds a row of the period', () => {
    const m = modelOf('2025-03', {
      calls: [call('a', '2025-03-02 10:00')], // not rated: no satisfaction section
      consultations: [consultation('k', '2025-02-27 10:00')], // February only
      tickets: [ticket('t', '2025-03-31 23:59', 'x')],
    });
    expect(m.sections).toEqual({
      overview: true, regions: true, channels: true, categories: false, callerTypes: false,
      tickets: true, satisfaction: false, qa: false, training: false, articles: false,
    });
  });
});
