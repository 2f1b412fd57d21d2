/**
 * The demo data through the real pipeline: every figure of demo-data.md's
 * 2025Q1 table, typed in here from the table (not read from the generator).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, demoData, readJson, tempDir } from './helpers.js';

let m: any;

beforeAll(async () => {
  const data = await demoData();
  const out = tempDir('demo-out');
  const run = await cli(['q1-2025', '--data', data, '--out', out, '--format', 'json', '--issued', '2025-04-03', '--quiet']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  m = readJson(join(out, '2025Q1', 'metrics.json'));
}, 120_000);

const row = (rows: any[], name: string): any => rows.find((r) => r.name === name);

describe('demo 2025Q1 figures (demo-data.md)', () => {
  it('period: 90 days, 59 workdays, 31 rest days', () => {
    expect(m.schema).toBe('hotline-report/metrics@1');
    expect(m.period).toMatchObject({ id: '2025Q1', label: '2025年第一季度', start: '2025-01-01', end: '2025-03-31', days: 90, workdays: 59, restdays: 31 });
    expect(m.previousPeriod).toMatchObject({ id: '2024Q4' });
    expect(m.yearAgoPeriod).toBeNull();
  });

  it('calls, answer rate and the unanswered breakdown', () => {
    expect(m.calls).toMatchObject({ inbound: 65448, answered: 64482, answerRate: 98.52 });
    expect(m.calls.unanswered).toEqual({ failed: 483, abandoned: 400, queueTimeout: 22, overflow: 61 });
  });

  it('daily, workday and rest-day averages', () => {
    expect(m.calls).toMatchObject({ dailyAverage: 727, workdayAverage: 816, restdayAverage: 558 });
    expect(m.calls.byDate).toHaveLength(90);
    const wd = m.calls.byDate.filter((d: any) => d.workday).reduce((n: number, d: any) => n + d.inbound, 0);
    expect(wd).toBe(48144);
  });

  it('hourly shape: lowest 00:00–08:00, peak 09:00–21:00', () => {
    expect(m.calls.lowWindow).toEqual({ from: 0, to: 8 });
    expect(m.calls.peakWindow).toEqual({ from: 9, to: 21 });
  });

  it('answered calls by region, with 2024Q4 and the changes', () => {
    const expected: [string, number, number, number][] = [
      ['贵阳市', 15700, 18119, -13.35], ['遵义市', 8487, 8561, -0.86], ['毕节市', 5361, 5565, -3.67],
      ['六盘水市', 3539, 3640, -2.77], ['铜仁市', 2820, 2897, -2.66], ['安顺市', 2653, 2718, -2.39],
      ['黔南州', 812, 813, -0.12], ['黔西南州', 789, 747, 5.62], ['黔东南州', 766, 742, 3.23], ['其他省市', 23555, 23487, 0.29],
    ];
    for (const [name, current, previous, change] of expected) {
      expect(row(m.regions.rows, name), name).toMatchObject({ current, previous, change, yearAgo: null, yearAgoChange: null });
    }
    expect(m.regions).toMatchObject({ inProvince: 40927, outOfProvince: 23555, inProvinceShare: 63.47, outOfProvinceShare: 36.53 });
  });

  it('channels of answered calls', () => {
    expect(row(m.channels.rows, '手机')).toMatchObject({ count: 64244, share: 99.63 });
    expect(row(m.channels.rows, '座机')).toMatchObject({ count: 58, share: 0.09 });
    expect(row(m.channels.rows, '12345转接')).toMatchObject({ count: 180, share: 0.28 });
  });

  it('consultations by category, 民事 with 1119 unclassified', () => {
    expect(m.consultations.total).toBe(62535);
    expect(row(m.consultations.categories, '民事')).toMatchObject({ count: 38968, unclassified: 1119 });
    expect(row(m.consultations.categories, '刑事')).toMatchObject({ count: 1827, unclassified: 0 });
    expect(row(m.consultations.categories, '行政')).toMatchObject({ count: 1915 });
    expect(row(m.consultations.categories, '司法行政')).toMatchObject({ count: 19825 });
    const civil = row(m.consultations.categories, '民事');
    expect(civil.subcategories.reduce((n: number, s: any) => n + s.count, 0)).toBe(37849);
    // the seed's own table: 合同、无因管理、不当得利纠纷 20165 (53.28%), 转接律师 10540 (53.17%)
    expect(row(civil.subcategories, '合同、无因管理、不当得利纠纷')).toMatchObject({ count: 20165, share: 53.28 });
    expect(row(row(m.consultations.categories, '司法行政').subcategories, '转接律师')).toMatchObject({ count: 10540, share: 53.17 });
    expect(row(row(m.consultations.categories, '司法行政').subcategories, '投诉与建议')).toMatchObject({ count: 506, share: 2.55 });
  });

  it('caller types and the three groups', () => {
    expect(row(m.callerTypes.rows, '普通咨询人').count).toBe(38189);
    expect(row(m.callerTypes.rows, '未成年人').count).toBe(1263);
    expect(row(m.callerTypes.rows, '农民工').count).toBe(2725);
    expect(row(m.callerTypes.rows, '妇女').count).toBe(20358);
    const g = (name: string): any => m.callerTypes.groups.find((x: any) => x.name === name);
    expect(g('未成年人')).toMatchObject({ civil: 1020 });
    expect(g('未成年人').civilSubcategories.slice(0, 3).map((s: any) => [s.name, s.count, s.share])).toEqual([
      ['婚姻家庭、继承纠纷', 481, 47.16], ['合同、无因管理、不当得利纠纷', 210, 20.59], ['人格权纠纷', 111, 10.88],
    ]);
    expect(g('农民工')).toMatchObject({ civil: 2296 });
    expect(g('农民工').civilSubcategories.slice(0, 2).map((s: any) => [s.name, s.count, s.share])).toEqual([
      ['合同、无因管理、不当得利纠纷', 1742, 75.87], ['劳动争议、人事争议', 400, 17.42],
    ]);
    expect(g('妇女')).toMatchObject({ civil: 13361 });
    expect(g('妇女').civilSubcategories.slice(0, 2).map((s: any) => [s.name, s.count, s.share])).toEqual([
      ['合同、无因管理、不当得利纠纷', 6284, 47.03], ['婚姻家庭、继承纠纷', 2056, 15.39],
    ]);
  });

  it('referrals and tickets', () => {
    expect(m.referrals).toEqual({ suggest12345: 335, suggest110: 1721, transferredFrom12345: 180 });
    expect(m.tickets.total).toBe(450);
    expect(m.tickets.byType).toEqual([{ name: '线上法律援助申请', count: 449 }, { name: '人民调解预申请', count: 1 }]);
  });

  it('satisfaction', () => {
    expect(m.satisfaction).toMatchObject({ rated: 60666, ratedRate: 94.08, satisfactionRate: 98.57 });
    expect(row(m.satisfaction.rows, '非常满意').count).toBe(57913);
    expect(row(m.satisfaction.rows, '满意').count).toBe(1886);
    expect(row(m.satisfaction.rows, '基本满意').count).toBe(628);
    expect(row(m.satisfaction.rows, '不满意').count).toBe(239);
  });

  it('callbacks: 867 eligible, all called back, latest result counted', () => {
    expect(m.callbacks).toMatchObject({ eligible: 867, calledBack: 867, coverage: 100 });
    const results = Object.fromEntries(m.callbacks.results.map((r: any) => [r.name, r.count]));
    expect(results).toEqual({ 误评: 412, 对法律规定或处理结果不满: 221, 其他: 60, 解答不专业: 40, 问题未解决: 119, 态度问题: 15 });
  });

  it('QA and complaints', () => {
    expect(m.qa).toMatchObject({ inspected: 5138, inspectionRate: 7.97, recheckTotal: 174 });
    expect(m.qa.rechecks).toEqual([
      { reason: '解答不专业', count: 40, upheld: 0 },
      { reason: '问题未解决', count: 119, upheld: 0 },
      { reason: '态度问题', count: 15, upheld: 0 },
    ]);
    expect(m.complaints).toMatchObject({ calls: 506, genuine: 1, upheld: 0, consultationOnly: 505 });
  });

  it('staffing, training, articles', () => {
    expect(m.staffing).toMatchObject({ lawyersOnDuty: 48, serviceHours: 8696.58 });
    expect(m.training).toMatchObject({ trained: 19, qualified: 15 });
    expect(m.articles).toHaveLength(13);
    expect(m.articles.map((a: any) => a.title)).toContain('直播带货中的消费维权');
    expect(m.articles[0].channels).toEqual(['黔微普法微信公众号', '司法行政门户网站', '贵州法律服务网']);
  });

  it('data quality: every file read, nothing skipped', () => {
    expect(m.dataQuality.files.map((f: any) => f.name)).toEqual([
      'calls.csv', 'consultations.csv', 'tickets.csv', 'qa_reviews.csv', 'callbacks.csv', 'duty_shifts.csv', 'trainings.csv', 'articles.csv',
    ]);
    expect(m.dataQuality.files.every((f: any) => f.skipped === 0 && !f.missing)).toBe(true);
    expect(m.dataQuality.issues).toEqual([]);
  });
});
