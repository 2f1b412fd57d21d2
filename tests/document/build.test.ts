import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import type { FigureBlock, HeadingBlock } from '../../src/document/types.js';
import type { ReportModel } from '../../src/model/types.js';
import { emptyModel, sampleModel } from '../fixtures/sample-model.js';
import { CHART_IDS, fakeCharts } from './fake-charts.js';
import { allText, sectionTexts, tables } from './text.js';

const HEADINGS = [
  '一、运营情况概述', '二、各市州话务分布情况', '三、群众来电方式情况', '四、来电业务类型', '五、来电群众画像及业务情况分析',
  '六、工单转交办理情况', '七、人民群众满意度情况', '八、质检情况', '九、培训情况', '十、以案释法情况',
];

describe('buildDocument on the sample model', () => {
  const model = sampleModel();
  const doc = buildDocument(model, []);
  const s = sectionTexts(doc);

  it('has the title, the ten headings in order and the closing block', () => {
    expect(doc.blocks[0]).toEqual({ kind: 'title', lines: ['贵州省12348公共法律服务热线', '2025年第一季度运营服务情况'] });
    const headings = doc.blocks.filter((b): b is HeadingBlock => b.kind === 'heading' && b.level === 1);
    expect(headings.map((h) => h.text)).toEqual(HEADINGS);
    expect(headings.map((h) => h.sectionId)).toEqual(Object.keys(model.sections));
    expect(doc.blocks.at(-1)).toEqual({ kind: 'closing', issuer: '省法律援助中心', dateLine: '2025年4月3日印发' });
    expect(doc).toMatchObject({ title: model.meta.title, author: '省法律援助中心', issued: '2025-04-03' });
  });

  it('words the overview with the model figures, the unanswered breakdown adding up', () => {
    expect(s.overview).toContain('2025年第一季度呼入话务量共计65448通，有效接听64482通，整体接通率为98.52%');
    expect(s.overview).toContain('未接通966通，其中呼叫失败483通、排队中用户放弃400通、排队超时22通、排队溢出61通');
    expect(s.overview).toContain('日均呼入量727通');
    expect(s.overview).toContain('工作日的话务量相对较高，日均呼入量816通');
    expect(s.overview).toContain('休息日（含周末及法定节假日）的呼入量相对较低，日均呼入量为558通');
    expect(s.overview).not.toContain('周末的呼入量');
    expect(s.overview).toContain('整体满意度为98.57%');
    expect(s.overview).toContain('867通来电已回访867通，回访率100.00%');
    expect(s.overview).toContain('共计质检5138通，整体质检率为7.97%');
    expect(s.overview).toContain('共48名律师参与值班接线，服务总时长8696.58小时');
    expect(s.overview).toContain('00:00-08:00是话务的最低时段，话务高峰集中在09:00-21:00时段');
  });

  it('words the regions with 环比 against the previous period and no 同比 without year-ago data', () => {
    expect(s.regions).toContain('贵州省内来电量占比63.47%，省外来电量占比36.53%');
    expect(s.regions).toContain('贵阳市、遵义市和毕节市群众的来电量较高');
    expect(s.regions).toContain('黔东南州、黔西南州和黔南州3个少数民族自治州的来电量分别为766通、789通和812通');
    expect(s.regions).toContain('从环比情况看（与2024年第四季度相比），黔西南州、黔东南州和其他省市来电量环比上升，分别上升5.62%、3.23%和0.29%');
    expect(s.regions).not.toContain('同比');
  });

  it('words channels, categories and caller groups', () => {
    expect(s.channels).toContain('手机号码呼入，占比为99.63%；座机占比为0.09%；12345政务服务便民热线转接占比为0.28%');
    expect(s.categories).toContain('群众来电咨询共计62535条，其中民事类占比最多，共计38968条，占比62.31%；司法行政类19825条，占比31.70%；行政类1915条，占比3.06%；刑事类1827条，占比2.92%');
    expect(s.categories).toContain('民事类咨询中，占比最高的是“合同、无因管理、不当得利纠纷”（53.28%），其次是“劳动争议、人事争议”（12.55%）和“婚姻家庭、继承纠纷”（11.49%）');
    expect(s.callerTypes).toContain('大部分群众类别为普通咨询人，占比61.07%，其他类别占比38.93%，其中涉及未成年人类别占比2.02%，农民工类别占比4.36%，妇女类别占比32.55%');
    expect(s.callerTypes).toContain('涉及未成年人的民事类咨询共计1020条，占未成年人整体咨询量的80.76%');
    expect(s.callerTypes).toContain('其中以婚姻家庭、继承纠纷为主，占比47.16%；其次为合同、无因管理、不当得利纠纷，占比20.59%；再次为人格权纠纷，占比10.88%');
    expect(s.callerTypes).toContain('涉及农民工的民事类咨询共计2296条，占农民工整体咨询量的84.26%');
    expect(s.callerTypes).toContain('涉及妇女的民事类咨询共计13361条，占妇女整体咨询量的65.63%');
  });

  it('words tickets, satisfaction, QA, complaints, training and articles', () => {
    expect(s.tickets).toContain('共计转办工单450条，其中，线上法律援助申请449条，人民调解预申请1条');
    expect(s.tickets).toContain('建议拨打12345政务服务便民热线的335通，建议拨打110警务热线的1721通');
    expect(s.tickets).toContain('12345政务服务便民热线直接转接180通');
    expect(s.satisfaction).toContain('共计60666位群众参与满意度测评，测评率为94.08%，评价为“非常满意”的57913通，占比95.46%；“满意”1886通，占比3.11%；“基本满意”628通，占比1.04%；“不满意”239通，占比0.39%，整体满意度为98.57%');
    expect(s.satisfaction).toContain('针对评价为“不满意”和“基本满意”的867通来电，已回访867通，回访率为100.00%');
    expect(s.qa).toContain('共计质检5138通，质检率为7.97%');
    expect(s.qa).toContain('共计复核174通，其中反馈“解答不专业”的40通，反馈成立0通；反馈“问题未解决”的119通，反馈成立0通；反馈“态度问题”的15通，反馈成立0通');
    expect(s.qa).toContain('受理3号键“投诉与建议”来电506通，经复核，505通来电群众诉求为咨询法律问题，通过3号键进入队列；1通为投诉，经服务质检和专业质检复核，投诉不成立');
    expect(s.qa).not.toContain('第四季度');
    expect(s.training).toBe('新律师培训：2025年第一季度对19名新律师完成了入职培训，其中15名律师达到上岗标准。');
    expect(s.articles).toContain('共编辑发布《租到“串串房”可以解约吗？》《酒后驾车的后果及共同饮酒人的责任》等案例说法2篇');
    expect(s.articles).toContain('黔微普法微信公众号、司法行政门户网站和贵州法律服务网');
  });

  it('copies none of the seed prose that the data do not support', () => {
    const text = allText(doc);
    for (const phrase of ['民间借贷纠纷', '培训班', '嬉戏打闹', '起到了良好的普法宣传效果', '无法具体统计', '第四季度客服热线']) {
      expect(text).not.toContain(phrase);
    }
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });

  it('builds the tables from the model, numbered in order', () => {
    const t = tables(doc);
    expect(t.map((x) => x.number)).toEqual(t.map((_, i) => `表${i + 1}`));
    expect(t.map((x) => x.caption)).toEqual([
      '各市州话务分布情况', '民事类咨询来电统计表', '司法行政类咨询来电统计表', '行政类咨询来电统计表', '刑事类咨询来电统计表',
      '满意度测评情况', '回访结果情况', '质检复核情况',
    ]);
    const regions = t[0]!;
    expect(regions.header).toEqual(['市州', '本期', '占比', '上期', '环比']);
    expect(regions.rows.map((r) => r[0])).toEqual(model.regions.rows.map((r) => r.name));
    expect(regions.rows[0]).toEqual(['贵阳市', '15700', '24.35%', '18119', '-13.35%']);
    expect(regions.align).toEqual(['left', 'right', 'right', 'right', 'right']);
    const civil = t[1]!;
    expect(civil.header).toEqual(['分类', '咨询量', '咨询占比']);
    expect(civil.rows).toHaveLength(11);
    expect(civil.rows[0]).toEqual(['合同、无因管理、不当得利纠纷', '20165', '53.28%']);
    expect(civil.totalRow).toEqual(['小计', '37849', '100.00%']);
    expect(civil.note).toBe('注：另有未分类咨询1119条，未计入上表。');
    expect(t[2]!.note).toBeUndefined();
    expect(t[5]!.rows.map((r) => r[0])).toEqual(['非常满意', '满意', '基本满意', '不满意']);
    expect(t[5]!.totalRow).toEqual(['合计', '60666', '100.00%']);
    expect(t[6]!.rows).toEqual(model.callbacks.results.map((r) => [r.name, String(r.count)]));
    expect(t[7]!.rows).toEqual([['解答不专业', '40', '0'], ['问题未解决', '119', '0'], ['态度问题', '15', '0']]);
    expect(t[7]!.totalRow).toEqual(['合计', '174', '0']);
  });
});

describe('figures', () => {
  it('places each chart by id, numbered in order, with caption and alt from the chart', () => {
    const doc = buildDocument(sampleModel(), fakeCharts());
    const figs = doc.blocks.filter((b): b is FigureBlock => b.kind === 'figure');
    expect(figs.map((f) => f.chartId)).toEqual([...CHART_IDS]);
    expect(figs.map((f) => f.number)).toEqual(CHART_IDS.map((_, i) => `图${i + 1}`));
    expect(figs[3]).toMatchObject({ caption: '示例图 04-hourly-inbound', alt: '示例替代文字 04-hourly-inbound', widthPx: 300, heightPx: 180 });
  });
  it('skips a marker whose chart is absent and keeps the numbering dense', () => {
    const doc = buildDocument(sampleModel(), fakeCharts(['02-weekday-average', '12-satisfaction']));
    const figs = doc.blocks.filter((b): b is FigureBlock => b.kind === 'figure');
    expect(figs.map((f) => [f.number, f.chartId])).toEqual([['图1', '02-weekday-average'], ['图2', '12-satisfaction']]);
  });
});

describe('sections without data', () => {
  it('keeps every heading and says exactly 本期无相关数据。', () => {
    const doc = buildDocument(emptyModel(), fakeCharts());
    const s = sectionTexts(doc);
    expect(Object.keys(s)).toHaveLength(10);
    for (const text of Object.values(s)) expect(text).toBe('本期无相关数据。');
    expect(doc.blocks.filter((b) => b.kind === 'table' || b.kind === 'figure')).toEqual([]);
  });
  it('words zero figures without crashing when a section is marked available', () => {
    const m = emptyModel();
    const doc = buildDocument({ ...m, sections: Object.fromEntries(Object.keys(m.sections).map((k) => [k, true])) }, []);
    const text = allText(doc);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
    const s = sectionTexts(doc);
    expect(s.training).toBe('2025年第一季度未开展新律师入职培训。');
    expect(s.articles).toBe('2025年第一季度未发布案例说法。');
    expect(s.callerTypes).toContain('本期无涉及未成年人的咨询。');
  });
});

describe('periods and comparisons', () => {
  function relabel(m: ReportModel, kind: 'month' | 'year', id: string, label: string): ReportModel {
    return {
      ...m,
      meta: { ...m.meta, title: `${m.meta.hotline}${label}运营服务情况` },
      period: { ...m.period, kind, id, label },
      previousPeriod: null,
      calls: { ...m.calls, averagesCompared: [] },
    };
  }
  it('uses the month label and never 第一季度', () => {
    const doc = buildDocument(relabel(sampleModel(), 'month', '2025-03', '2025年3月'), []);
    const text = allText(doc);
    expect(text).toContain('2025年3月呼入话务量共计65448通');
    expect(doc.blocks[0]).toEqual({ kind: 'title', lines: ['贵州省12348公共法律服务热线', '2025年3月运营服务情况'] });
    expect(text).not.toContain('第一季度');
    expect(text).not.toContain('环比');
    expect(tables(doc)[0]!.header).toEqual(['市州', '本期', '占比']);
  });
  it('uses the year label', () => {
    const text = allText(buildDocument(relabel(sampleModel(), 'year', '2025', '2025年'), []));
    expect(text).toContain('2025年呼入话务量共计65448通');
    expect(text).toContain('2025年共计质检5138通');
    expect(text).not.toContain('季度');
  });
  it('says 同比 against the year-ago period, with its columns in the table', () => {
    const m = sampleModel();
    const model: ReportModel = {
      ...m,
      yearAgoPeriod: { ...m.period, id: '2024Q1', label: '2024年第一季度', start: '2024-01-01', end: '2024-03-31', days: 91 },
      regions: {
        ...m.regions,
        rows: m.regions.rows.map((r) => (r.name === '遵义市' ? { ...r, yearAgo: 8000, yearAgoChange: 6.09 } : { ...r, yearAgo: r.current + 100, yearAgoChange: -1.5 })),
        risingVsYearAgo: ['遵义市'],
      },
    };
    const doc = buildDocument(model, []);
    const s = sectionTexts(doc);
    expect(s.regions).toContain('从同比情况看（与2024年第一季度相比），遵义市来电量同比上升，上升6.09%。');
    expect(s.regions).toContain('从环比情况看（与2024年第四季度相比）');
    const t = tables(doc)[0]!;
    expect(t.header).toEqual(['市州', '本期', '占比', '上期', '环比', '去年同期', '同比']);
    expect(t.rows[1]).toEqual(['遵义市', '8487', '13.16%', '8561', '-0.86%', '8000', '6.09%']);
  });
});

describe('templates', () => {
  it('a custom folder overrides one template; the others fall back to the built-in ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpl-'));
    writeFileSync(join(dir, '09-training.hbs'), '本期培训新律师{{num training.trained}}名，合格{{num training.qualified}}名。\n');
    const s = sectionTexts(buildDocument(sampleModel(), [], { templatesDir: dir }));
    expect(s.training).toBe('本期培训新律师19名，合格15名。');
    expect(s.overview).toContain('呼入话务量共计65448通');
  });
  it('rejects a missing folder, an unknown marker and an unknown table with a clear message', () => {
    expect(() => buildDocument(sampleModel(), [], { templatesDir: '/no/such/dir' })).toThrow(/--templates \/no\/such\/dir: not a folder/);
    const dir = mkdtempSync(join(tmpdir(), 'tpl-'));
    writeFileSync(join(dir, '09-training.hbs'), '[[chart 01]]\n');
    expect(() => buildDocument(sampleModel(), [], { templatesDir: dir })).toThrow(/09-training\.hbs: unknown marker \[\[chart\]\]/);
    writeFileSync(join(dir, '09-training.hbs'), '[[table nonsense]]\n');
    expect(() => buildDocument(sampleModel(), [], { templatesDir: dir })).toThrow(/unknown table "nonsense"/);
    writeFileSync(join(dir, '09-training.hbs'), '{{#if x}}\n');
    expect(() => buildDocument(sampleModel(), [], { templatesDir: dir })).toThrow(/09-training\.hbs: Parse error/);
  });
  it('places a heading2 and a note marker, and joins wrapped lines without a space', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpl-'));
    writeFileSync(join(dir, '09-training.hbs'), '[[heading2 （一）新律师培训]]\n第一行\n第二行\n\n[[note 注：示例。]]\n');
    const doc = buildDocument(sampleModel(), [], { templatesDir: dir });
    const i = doc.blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
    expect(doc.blocks.slice(i, i + 3)).toEqual([
      { kind: 'heading', level: 2, text: '（一）新律师培训', sectionId: 'training' },
      { kind: 'paragraph', runs: [{ text: '第一行第二行' }], style: 'body' },
      { kind: 'paragraph', runs: [{ text: '注：示例。' }], style: 'note' },
    ]);
  });
});
