/**
 * Every key of metrics.md on the hand-made data set of ./dataset.ts, with the
 * arithmetic in comments. Shares are count × 100 / base, half-up 2 decimals.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA } from '../../src/model/types.js';
import { SMALL } from './dataset.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { buildModel } from '../../src/model/build.js';
import { call, callback, modelOf, periodsOf, review, summarize } from './helpers.js';

const m = modelOf('2025-03', SMALL);

describe('the model of the small data set', () => {
  it('schema, meta and periods', () => {
    expect(m.schema).toBe(SCHEMA);
    expect(m.meta).toEqual({
      hotline: '贵州省12348公共法律服务热线',
      title: '贵州省12348公共法律服务热线2025年3月运营服务情况',
      province: '贵州省',
      issuer: '省法律援助中心',
      issued: '2025-04-03',
      issuedLabel: '2025年4月3日',
    });
    // March 2025: 31 days; rest days = the 10 weekend days 1,2,8,9,15,16,22,23,29,30
    expect(m.period).toEqual({ id: '2025-03', kind: 'month', label: '2025年3月', start: '2025-03-01', end: '2025-03-31', days: 31, workdays: 21, restdays: 10 });
    // February 2025: rest = 1–4 (春节) + 9, 15, 16, 22, 23 = 9; Saturday the 8th is a 调休 workday
    expect(m.previousPeriod).toEqual({ id: '2025-02', kind: 'month', label: '2025年2月', start: '2025-02-01', end: '2025-02-28', days: 28, workdays: 19, restdays: 9 });
    expect(m.yearAgoPeriod).toEqual({ id: '2024-03', kind: 'month', label: '2024年3月', start: '2024-03-01', end: '2024-03-31', days: 31, workdays: 21, restdays: 10 });
    expect(m.sections).toEqual({
      overview: true, regions: true, channels: true, categories: true, callerTypes: true,
      tickets: true, satisfaction: true, qa: true, training: true, articles: true,
    });
  });

  it('calls: volume and outcomes', () => {
    const c = m.calls;
    expect(c.inbound).toBe(12); // c1–c12; x1 (April 1st 00:00) and x2 are outside
    expect(c.answered).toBe(8); // all but c8, c9, c10, c12
    expect(c.answerRate).toBe(66.67); // 800/12 = 66.666…
    expect(c.unanswered).toEqual({ failed: 1, abandoned: 1, queueTimeout: 1, overflow: 1 }); // c8, c9, c10, c12
    expect(c.unansweredTotal).toBe(4);
  });

  it('calls: days, averages, hours, windows', () => {
    const c = m.calls;
    // workdays: 3rd ×3, 4th, 10th, 20th, 21st, 31st = 8; rest days: 8th ×2, 9th, 15th = 4
    expect(c.workdayInbound).toBe(8);
    expect(c.restdayInbound).toBe(4);
    expect(c.dailyAverage).toBe(0); // 12/31 = 0.39
    expect(c.workdayAverage).toBe(0); // 8/21 = 0.38
    expect(c.restdayAverage).toBe(0); // 4/10 = 0.4
    expect(c.byDate).toHaveLength(31);
    expect(c.byDate[0]).toEqual({ date: '2025-03-01', inbound: 0, answered: 0, workday: false });
    expect(c.byDate[2]).toEqual({ date: '2025-03-03', inbound: 3, answered: 3, workday: true });
    expect(c.byDate[7]).toEqual({ date: '2025-03-08', inbound: 2, answered: 2, workday: false });
    expect(c.byDate[9]).toEqual({ date: '2025-03-10', inbound: 1, answered: 0, workday: true });
    expect(c.byDate[30]).toEqual({ date: '2025-03-31', inbound: 1, answered: 0, workday: true });
    expect(c.byDate.reduce((n, d) => n + d.inbound, 0)).toBe(12);
    // hours: 9 → c1 c2 c5 c7 c8; 10 → c3 c10; 11 → c11; 14 → c4; 16 → c12; 20 → c6; 23 → c9
    const hours = new Array(24).fill(0);
    Object.assign(hours, { 9: 5, 10: 2, 11: 1, 14: 1, 16: 1, 20: 1, 23: 1 });
    expect(c.byHour).toEqual(hours);
    // Monday: 3rd 3 + 10th 1 + 31st 1 = 5 over 5 Mondays = 1; Saturday: 8th 2 + 15th 1 = 3/5 = 0.6 → 1;
    // Tuesday 1/4, Thursday 1/4, Friday 1/4, Sunday 1/5 → 0; Wednesday 0
    expect(c.weekdayAverages).toEqual([1, 0, 0, 0, 0, 1, 0]);
    // mean 12/24 = 0.5: peak = hours ≥ 0.5, i.e. ≥ 1: 9–11 is the longest run (3 h)
    expect(c.peakWindow).toEqual({ from: 9, to: 12 });
    // low = hours < 0.25, i.e. 0: 0–8 is the longest run (9 h)
    expect(c.lowWindow).toEqual({ from: 0, to: 9 });
    // previous: 7 calls / 28 days = 0.25 → 0; 6 on 19 workdays → 0; 1 on 9 rest days → 0
    expect(c.averagesCompared).toEqual([
      { periodId: '2025-03', label: '2025年3月', dailyAverage: 0, workdayAverage: 0, restdayAverage: 0 },
      { periodId: '2025-02', label: '2025年2月', dailyAverage: 0, workdayAverage: 0, restdayAverage: 0 },
    ]);
  });

  it('regions', () => {
    const r = m.regions;
    // answered: in-province c1 c2 c3 c4 c7 c11 = 6; out c5 = 1; blank province c6 = 1
    expect([r.inProvince, r.outOfProvince, r.unknownProvince]).toEqual([6, 1, 1]);
    expect(r.inProvinceShare).toBe(75); // 6/8
    expect(r.outOfProvinceShare).toBe(12.5); // 1/8
    const row = (name: string, current: number, previous: number, change: number | null, yearAgo: number, yearAgoChange: number | null, share: number, minority = false): unknown =>
      ({ name, current, previous, change, yearAgo, yearAgoChange, share, minority });
    expect(r.rows).toEqual([
      // 贵阳市: c1, c2 (贵州/贵阳); previous p1 p5 p6 = 3: (2−3)/3 = −33.33; year ago y1 = 1: (2−1)/1 = 100
      row('贵阳市', 2, 3, -33.33, 1, 100, 25),
      // 遵义市: c4; previous p2 (遵义) p3 = 2: −50
      row('遵义市', 1, 2, -50, 0, null, 12.5),
      row('六盘水市', 0, 0, null, 0, null, 0),
      row('安顺市', 0, 0, null, 0, null, 0), // c12 was not answered
      row('毕节市', 0, 0, null, 0, null, 0),
      row('铜仁市', 0, 0, null, 0, null, 0),
      row('黔东南州', 1, 0, null, 0, null, 12.5, true), // c3 黔东南苗族侗族自治州
      row('黔南州', 0, 0, null, 0, null, 0, true),
      row('黔西南州', 0, 0, null, 0, null, 0, true),
      row('其他省市', 1, 1, 0, 0, null, 12.5), // c5 四川; previous p4 广东
      // c6 (blank province), c7 (blank city), c11 (某某市, unmatched): 3/8 = 37.5
      row('未知', 3, 0, null, 0, null, 37.5),
    ]);
    expect(r.top).toEqual(['贵阳市', '遵义市', '黔东南州']); // 2, 1, 1 (ties by config order)
    expect(r.minorityRegions).toEqual(['黔南州', '黔西南州', '黔东南州']); // 0, 0, 1
    expect(r.risingVsPrevious).toEqual([]); // 贵阳 and 遵义 fell, 其他省市 flat, 黔东南州 from 0
    expect(r.risingVsYearAgo).toEqual(['贵阳市']); // 1 → 2
  });

  it('channels', () => {
    // answered: 手机 c1 c2 c5 c6 c7 c11 = 6 (75%); 座机 c3; 12345转接 c4 — tie by code point: '1' < '座'
    expect(m.channels.rows).toEqual([
      { name: '手机', count: 6, share: 75 },
      { name: '12345转接', count: 1, share: 12.5 },
      { name: '座机', count: 1, share: 12.5 },
    ]);
  });

  it('consultations', () => {
    const c = m.consultations;
    expect(c.total).toBe(9); // k1–k9; k10 is in February
    expect(c.categories).toEqual([
      // 民事 k1 k2 k3 k4 k5 k9 = 6: 6/9 = 66.67; k3 blank → classified 5: 合同 2 (40), 婚姻 2 (40), 劳动 1 (20); 合 < 婚
      {
        name: '民事', count: 6, share: 66.67, unclassified: 1, classified: 5,
        subcategories: [{ name: '合同纠纷', count: 2, share: 40 }, { name: '婚姻家庭', count: 2, share: 40 }, { name: '劳动争议', count: 1, share: 20 }],
      },
      // 1/9 = 11.11 each, ties by code point: 刑 U+5211 < 司 U+53F8 < 行 U+884C
      { name: '刑事', count: 1, share: 11.11, unclassified: 0, classified: 1, subcategories: [{ name: '侵犯财产罪', count: 1, share: 100 }] },
      { name: '司法行政', count: 1, share: 11.11, unclassified: 0, classified: 1, subcategories: [{ name: '投诉与建议', count: 1, share: 100 }] },
      // k7 unclassified: no classified base
      { name: '行政', count: 1, share: 11.11, unclassified: 1, classified: 0, subcategories: [] },
    ]);
  });

  it('caller types', () => {
    const c = m.callerTypes;
    // 普通 k1 k3 k7 k8 = 4 (44.44); 农民工 k6 k9 = 2 (22.22); 妇女 k2 k4 = 2; 未成年人 k5 = 1 (11.11); 农 U+519C < 妇 U+5987
    expect(c.rows).toEqual([
      { name: '普通咨询人', count: 4, share: 44.44 },
      { name: '农民工', count: 2, share: 22.22 },
      { name: '妇女', count: 2, share: 22.22 },
      { name: '未成年人', count: 1, share: 11.11 },
    ]);
    expect(c.groups).toEqual([
      { name: '未成年人', total: 1, civil: 1, civilShare: 100, civilClassified: 1, civilSubcategories: [{ name: '婚姻家庭', count: 1, share: 100 }] },
      // k6 is 刑事, k9 民事: 1/2 = 50
      { name: '农民工', total: 2, civil: 1, civilShare: 50, civilClassified: 1, civilSubcategories: [{ name: '劳动争议', count: 1, share: 100 }] },
      {
        name: '妇女', total: 2, civil: 2, civilShare: 100, civilClassified: 2,
        civilSubcategories: [{ name: '合同纠纷', count: 1, share: 50 }, { name: '婚姻家庭', count: 1, share: 50 }],
      },
    ]);
    expect(c.otherShare).toBe(55.56); // 5/9 = 55.555…
  });

  it('referrals and tickets', () => {
    // 12345: k1; 110: k5 k6; transferred: c4 (answered, 12345转接)
    expect(m.referrals).toEqual({ suggest12345: 1, suggest110: 2, transferredFrom12345: 1 });
    expect(m.tickets).toEqual({ total: 3, byType: [{ name: '线上法律援助申请', count: 2 }, { name: '人民调解预申请', count: 1 }] });
  });

  it('satisfaction and callbacks', () => {
    // rated answered: c1 非常满意, c2 满意, c3 基本满意, c4 c6 不满意 = 5; 5/8 = 62.5
    expect(m.satisfaction).toEqual({
      rated: 5,
      ratedRate: 62.5,
      // 不满意 2 = 40; the 1s by code point: 基 U+57FA < 满 U+6EE1 < 非 U+975E
      rows: [
        { name: '不满意', count: 2, share: 40 },
        { name: '基本满意', count: 1, share: 20 },
        { name: '满意', count: 1, share: 20 },
        { name: '非常满意', count: 1, share: 20 },
      ],
      satisfactionRate: 40, // (1 + 1)/5
    });
    // eligible c3 c4 c6; c3's latest is b2 (问题未解决), c4's two at the same time: the later row b5 (其他) wins;
    // c1 is not eligible; c6 was not called back: 2/3 = 66.67
    expect(m.callbacks).toEqual({ eligible: 3, calledBack: 2, coverage: 66.67, results: [{ name: '其他', count: 1 }, { name: '问题未解决', count: 1 }] });
  });

  it('qa and complaints', () => {
    // reviews in March: q1 q2 (c1), q3 (c3), q4 (c4), q6 (c5), q7 (c7) → 5 distinct calls; q5 is April: 5/8 = 62.5
    expect(m.qa).toEqual({
      inspected: 5,
      inspectionRate: 62.5,
      rechecks: [
        { reason: '解答不专业', count: 1, upheld: 0 }, // q2
        { reason: '问题未解决', count: 2, upheld: 1 }, // q3 upheld, q7
        { reason: '态度问题', count: 1, upheld: 1 }, // q6
      ],
      recheckTotal: 4,
      recheckUpheld: 2,
    });
    // key 3: c4, c8; q4 is the only 投诉 re-check, not upheld
    expect(m.complaints).toEqual({ calls: 2, genuine: 1, upheld: 0, consultationOnly: 1 });
  });

  it('staffing, training, articles, data quality', () => {
    // L1 4 h + 7.5 min, L2 4 h (crosses the period's end, counts whole), L3 starts in February:
    // 14400 + 450 + 14400 = 29250 s = 8.125 h → 8.13
    expect(m.staffing).toEqual({ lawyersOnDuty: 2, serviceHours: 8.13 });
    expect(m.training).toEqual({ trained: 3, qualified: 2 });
    // by date, then title by code point: 乙 U+4E59 < 甲 U+7532
    expect(m.articles).toEqual([
      { title: '丙', publishedAt: '2025-03-02', channels: ['司法行政门户网站', '贵州法律服务网'] },
      { title: '乙', publishedAt: '2025-03-10', channels: ['黔微普法微信公众号'] },
      { title: '甲', publishedAt: '2025-03-10', channels: [] },
    ]);
    // rows = all the records given: calls 12 + 2 outside + 7 previous + 1 year ago = 22
    expect(m.dataQuality.files.map((f) => [f.name, f.rows, f.missing])).toEqual([
      ['calls.csv', 22, false], ['consultations.csv', 10, false], ['tickets.csv', 4, false], ['qa_reviews.csv', 7, false],
      ['callbacks.csv', 5, false], ['duty_shifts.csv', 4, false], ['trainings.csv', 4, false], ['articles.csv', 4, false],
    ]);
    expect(m.dataQuality.issues).toEqual([]);
  });
});

describe('comparisons and empty sections', () => {
  it('previous and year-ago are null without calls in them, and so are the region comparisons', () => {
    const only = modelOf('2025-03', { calls: [call('a', '2025-03-03 10:00'), call('b', '2025-03-03 11:00', { outcome: '呼叫失败' })] });
    expect(only.previousPeriod).toBeNull();
    expect(only.yearAgoPeriod).toBeNull();
    expect(only.regions.rows.every((r) => r.previous === null && r.change === null && r.yearAgo === null && r.yearAgoChange === null)).toBe(true);
    expect(only.regions.rows.map((r) => r.name).at(-1)).toBe('其他省市'); // 未知 is zero: no row
    expect(only.calls.averagesCompared).toHaveLength(1);
    expect(only.sections).toEqual({
      overview: true, regions: true, channels: true, categories: false, callerTypes: false,
      tickets: false, satisfaction: false, qa: false, training: false, articles: false,
    });
    // absent optional files: zeros, empty lists, null rates
    expect(only.consultations.total).toBe(0);
    expect(only.consultations.categories.map((c) => [c.name, c.count, c.share])).toEqual([
      ['刑事', 0, null], ['司法行政', 0, null], ['民事', 0, null], ['行政', 0, null],
    ]);
    expect(only.callerTypes.otherShare).toBeNull();
    expect(only.satisfaction.ratedRate).toBe(0);
    expect(only.satisfaction.satisfactionRate).toBeNull();
    expect(only.callbacks).toEqual({ eligible: 0, calledBack: 0, coverage: null, results: [] });
    const rated = modelOf('2025-03', { calls: [call('a', '2025-03-03 10:00', { satisfaction: '不满意' })] });
    expect(rated.callbacks).toEqual({ eligible: 1, calledBack: 0, coverage: null, results: [] }); // callbacks.csv absent
    const none = modelOf('2025-03', { calls: [call('a', '2025-03-03 10:00', { satisfaction: '不满意' })], callbacks: [], qa_reviews: [] });
    expect(none.callbacks.coverage).toBe(0); // present, but nobody called back
    expect(none.qa.inspectionRate).toBe(0);
    expect(only.qa.inspectionRate).toBeNull(); // qa_reviews.csv absent: unknown, not 0 %
    expect(only.tickets).toEqual({ total: 0, byType: [] });
    expect(only.staffing).toEqual({ lawyersOnDuty: 0, serviceHours: 0 });
    expect(only.articles).toEqual([]);
  });

  it('a period without any call: zeros, null rates and no windows', () => {
    const none = modelOf('2025-03', {});
    expect(none.calls.inbound).toBe(0);
    expect(none.calls.answerRate).toBeNull();
    expect(none.calls.peakWindow).toBeNull();
    expect(none.calls.lowWindow).toBeNull();
    expect(none.calls.byDate.every((d) => d.inbound === 0)).toBe(true);
    expect(none.calls.dailyAverage).toBe(0);
    expect(none.regions.inProvinceShare).toBeNull();
    expect(none.regions.top).toEqual([]);
    expect(none.sections.overview).toBe(false);
  });
});

describe('complaints', () => {
  it('consultationOnly is calls − genuine, as metrics.md defines it, even below zero', () => {
    // key 3 in March: a1 only = 1 call. 投诉 re-checks reviewed in March: r1 (of a1) and r2 (of p1, a
    // February call reviewed in March) = 2 genuine, r2 upheld; r3 is reviewed in April. 1 − 2 = −1
    const m = modelOf('2025-03', {
      calls: [call('a1', '2025-03-03 10:00', { ivrKey: '3' }), call('a2', '2025-03-04 10:00'), call('p1', '2025-02-27 10:00', { ivrKey: '3' })],
      qa_reviews: [
        review('r1', 'a1', '2025-03-05 10:00', { reviewType: '复核', trigger: '投诉', upheld: false }),
        review('r2', 'p1', '2025-03-02 10:00', { reviewType: '复核', trigger: '投诉', upheld: true }),
        review('r3', 'a2', '2025-04-01 09:00', { reviewType: '复核', trigger: '投诉', upheld: true }),
      ],
    });
    expect(m.complaints).toEqual({ calls: 1, genuine: 2, upheld: 1, consultationOnly: -1 });
  });
});

describe('the calendar of the config', () => {
  // February 2025 under cn: 1–4 (春节) and 9, 15, 16, 22, 23 are rest days (9), Saturday the 8th is a
  // 调休 workday, so 19 workdays. Under weekdays: 20 weekdays, 8 weekend days.
  // 30 calls on Monday the 3rd (a 春节 holiday) and 12 on Saturday the 8th (a 调休 workday).
  const calls = [
    ...Array.from({ length: 30 }, (_, i) => call(`m${i}`, '2025-02-03 10:00')),
    ...Array.from({ length: 12 }, (_, i) => call(`s${i}`, '2025-02-08 10:00')),
  ];

  it('cn: holidays are rest days, 调休 Saturdays workdays', () => {
    const m = modelOf('2025-02', { calls });
    expect(m.period).toMatchObject({ days: 28, workdays: 19, restdays: 9 });
    expect(m.calls.byDate[2]).toEqual({ date: '2025-02-03', inbound: 30, answered: 30, workday: false });
    expect(m.calls.byDate[7]).toEqual({ date: '2025-02-08', inbound: 12, answered: 12, workday: true });
    expect([m.calls.workdayInbound, m.calls.restdayInbound]).toEqual([12, 30]);
    expect(m.calls.workdayAverage).toBe(1); // 12/19 = 0.63
    expect(m.calls.restdayAverage).toBe(3); // 30/9 = 3.33
    expect(m.calls.dailyAverage).toBe(2); // 42/28 = 1.5 → 2
  });

  it('weekdays: plain Monday–Friday', () => {
    const m = modelOf('2025-02', { calls }, { ...DEFAULT_CONFIG, calendar: 'weekdays' });
    expect(m.period).toMatchObject({ days: 28, workdays: 20, restdays: 8 });
    expect(m.calls.byDate[2]).toMatchObject({ date: '2025-02-03', workday: true });
    expect(m.calls.byDate[7]).toMatchObject({ date: '2025-02-08', workday: false });
    expect(m.calls.byDate.filter((d) => d.workday)).toHaveLength(20);
    expect([m.calls.workdayInbound, m.calls.restdayInbound]).toEqual([30, 12]);
    expect(m.calls.workdayAverage).toBe(2); // 30/20 = 1.5 → 2
    expect(m.calls.restdayAverage).toBe(2); // 12/8 = 1.5 → 2
    // Monday: 30 calls over 4 Mondays = 7.5 → 8; Saturday: 12/4 = 3; the weekday averages do not depend on the calendar
    expect(m.calls.weekdayAverages).toEqual([8, 0, 0, 0, 0, 3, 0]);
  });
});

describe('callbacks.eligible', () => {
  it('counts every call of the period rated 基本满意 or 不满意, whatever its outcome, as metrics.md words it', () => {
    // e1 answered 基本满意, e2 answered 不满意, e3 queue-abandoned yet rated 不满意: 3 eligible;
    // satisfaction.rated counts answered calls only: e1, e2, r1 = 3. e4 is in February.
    const m = modelOf('2025-03', {
      calls: [
        call('e1', '2025-03-03 10:00', { satisfaction: '基本满意' }),
        call('e2', '2025-03-03 11:00', { satisfaction: '不满意' }),
        call('e3', '2025-03-03 12:00', { outcome: '排队放弃', satisfaction: '不满意' }),
        call('r1', '2025-03-03 13:00', { satisfaction: '满意' }),
        call('e4', '2025-02-28 13:00', { satisfaction: '不满意' }),
      ],
      // e3 and e4 called back; e4 is not eligible in March: 1 of 3 = 33.33
      callbacks: [callback('b1', 'e3', '2025-03-04 10:00', '误评'), callback('b2', 'e4', '2025-03-01 10:00', '误评')],
    });
    expect(m.satisfaction.rated).toBe(3);
    expect(m.callbacks).toEqual({ eligible: 3, calledBack: 1, coverage: 33.33, results: [{ name: '误评', count: 1 }] });
  });
});

describe('regions: the 未知 row', () => {
  it('is kept when it is zero now but not in the previous period, so the 上期 column adds up', () => {
    // March: one call from 贵阳. February: one from 贵阳, one with a blank city (未知): 未知 0 against 1 = −100%
    const m = modelOf('2025-03', {
      calls: [call('a', '2025-03-03 10:00'), call('p1', '2025-02-03 10:00'), call('p2', '2025-02-04 10:00', { callerCity: null })],
    });
    expect(m.regions.rows.at(-1)).toMatchObject({ name: '未知', current: 0, previous: 1, change: -100, yearAgo: null, share: 0 });
    expect(m.regions.rows.reduce((n, r) => n + (r.previous ?? 0), 0)).toBe(2);
  });
});

describe('dataQuality', () => {
  it('keeps the first 1,000 issues and counts them all', () => {
    const periods = periodsOf('2025-03');
    const issues = Array.from({ length: 1005 }, (_, i) => ({ file: 'calls.csv', line: i + 2, reason: 'bad' }));
    const files = [{ name: 'calls.csv', rows: 1005, used: 0, skipped: 1005, missing: false }];
    const m = buildModel({ periods, config: DEFAULT_CONFIG, summaries: summarize(periods, {}), dataQuality: { files, groups: [], issues, issueCount: 1005, issuesLimit: 1000, problemRows: 1005, warnings: [] }, issued: '2025-04-03' });
    expect(m.dataQuality.files).toEqual(files);
    expect(m.dataQuality.issues).toHaveLength(1000);
    expect(m.dataQuality.issues.at(-1)).toEqual({ file: 'calls.csv', line: 1001, reason: 'bad' });
    expect(m.dataQuality.issueCount).toBe(1005);
  });
});

describe('averages on a larger volume', () => {
  // day d of March 2025 gets d calls at 10:00: 1 + 2 + … + 31 = 496
  const calls = [];
  for (let d = 1; d <= 31; d++) for (let k = 0; k < d; k++) calls.push(call(`v${d}-${k}`, `2025-03-${String(d).padStart(2, '0')} 10:00`));
  const v = modelOf('2025-03', { calls });

  it('daily, workday, rest-day and weekday averages, half-up', () => {
    expect(v.calls.inbound).toBe(496);
    expect(v.calls.dailyAverage).toBe(16); // 496/31 = 16
    // rest days 1,2,8,9,15,16,22,23,29,30 sum to 155; workdays 496 − 155 = 341
    expect(v.calls.restdayInbound).toBe(155);
    expect(v.calls.workdayInbound).toBe(341);
    expect(v.calls.workdayAverage).toBe(16); // 341/21 = 16.24
    expect(v.calls.restdayAverage).toBe(16); // 155/10 = 15.5 → 16
    // Mon 3+10+17+24+31 = 85/5 = 17; Tue 4+11+18+25 = 58/4 = 14.5 → 15; Wed 62/4 = 15.5 → 16;
    // Thu 66/4 = 16.5 → 17; Fri 70/4 = 17.5 → 18; Sat 1+8+15+22+29 = 75/5 = 15; Sun 80/5 = 16
    expect(v.calls.weekdayAverages).toEqual([17, 15, 16, 17, 18, 15, 16]);
    // every call at 10:00: the peak is that hour, the low run is 0–9 (10 h) vs 11–23 (13 h)
    expect(v.calls.peakWindow).toEqual({ from: 10, to: 11 });
    expect(v.calls.lowWindow).toEqual({ from: 11, to: 24 });
  });
});
