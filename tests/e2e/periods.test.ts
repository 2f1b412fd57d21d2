/**
 * A month, a quarter and a year through the command line, on a small data
 * set (fixtures/e2e/small) whose figures are worked out by hand below.
 *
 * Calls: K1 2025-03-03 Mon 贵阳 answered 满意; K2 2025-03-08 Sat 遵义 answered
 * 不满意 key 3; K3 2025-03-31 23:59:59 四川 failed; K4 2025-02-10 黔东南
 * answered (12345转接); K5 2024-03-15 贵阳 answered; K6 2025-04-01 00:00 贵阳 answered.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, readJson, tempDir } from './helpers.js';

const DATA = 'fixtures/e2e/small';

async function metrics(period: string): Promise<any> {
  const out = tempDir('periods');
  const run = await cli([period, '--data', DATA, '--out', out, '--format', 'json', '--quiet', '--issued', '2025-04-03']);
  expect(run.status, run.stderr).toBe(0);
  const id = run.status === 0 ? readJson(join(out, periodDir(period), 'metrics.json')) : null;
  return id;
}
const periodDir = (p: string): string => ({ '2025-03': '2025-03', 'q1-2025': '2025Q1', '2025': '2025' })[p] ?? p;
const region = (m: any, name: string): any => m.regions.rows.find((r: any) => r.name === name);

describe('a month: 2025-03', () => {
  it('counts K1, K2, K3; compares with February (K4) and March 2024 (K5)', async () => {
    const m = await metrics('2025-03');
    expect(m.period).toMatchObject({ id: '2025-03', label: '2025年3月', start: '2025-03-01', end: '2025-03-31', days: 31, workdays: 21, restdays: 10 });
    expect(m.calls).toMatchObject({ inbound: 3, answered: 2, answerRate: 66.67 });
    expect(m.calls.unanswered).toEqual({ failed: 1, abandoned: 0, queueTimeout: 0, overflow: 0 });
    // 2 workday calls (K1, K3) / 21 = 0.095 → 0; 1 rest-day call / 10 → 0
    expect(m.calls).toMatchObject({ dailyAverage: 0, workdayAverage: 0, restdayAverage: 0 });
    expect(m.calls.byDate).toHaveLength(31);
    expect(m.calls.byDate[30]).toEqual({ date: '2025-03-31', inbound: 1, answered: 0, workday: true });
    expect(m.calls.byHour[23]).toBe(1);
    expect(m.previousPeriod).toMatchObject({ id: '2025-02' });
    expect(m.yearAgoPeriod).toMatchObject({ id: '2024-03' });
    expect(region(m, '贵阳市')).toMatchObject({ current: 1, previous: 0, change: null, yearAgo: 1, yearAgoChange: 0, share: 50 });
    expect(region(m, '黔东南州')).toMatchObject({ current: 0, previous: 1, change: -100 });
    expect(m.regions).toMatchObject({ inProvince: 2, outOfProvince: 0, inProvinceShare: 100 });
    expect(m.satisfaction).toMatchObject({ rated: 2, ratedRate: 100, satisfactionRate: 50 });
    // callbacks.csv is absent: zeros and a null rate (metrics.md dataQuality)
    expect(m.callbacks).toMatchObject({ eligible: 1, calledBack: 0, coverage: null });
    expect(m.complaints).toMatchObject({ calls: 1 });
    expect(m.consultations.total).toBe(2);
    expect(m.referrals).toEqual({ suggest12345: 0, suggest110: 1, transferredFrom12345: 0 });
    // L1 20:00–02:00 (6 h) starts in March and counts whole; L2 3.5 h
    expect(m.staffing).toMatchObject({ lawyersOnDuty: 2, serviceHours: 9.5 });
  });
});

describe('a quarter: 2025Q1', () => {
  it('has no previous quarter in the data, and 2024Q1 a year ago', async () => {
    const m = await metrics('q1-2025');
    expect(m.calls).toMatchObject({ inbound: 4, answered: 3, answerRate: 75 });
    expect(m.previousPeriod).toBeNull();
    expect(m.yearAgoPeriod).toMatchObject({ id: '2024Q1' });
    expect(region(m, '贵阳市')).toMatchObject({ current: 1, previous: null, change: null, yearAgo: 1, yearAgoChange: 0 });
    expect(region(m, '黔东南州')).toMatchObject({ current: 1, yearAgo: 0, yearAgoChange: null });
    expect(m.channels.rows.find((r: any) => r.name === '12345转接')).toMatchObject({ count: 1, share: 33.33 });
    const civil = m.consultations.categories.find((c: any) => c.name === '民事');
    expect(civil).toMatchObject({ count: 2, unclassified: 1, share: 66.67 });
    expect(civil.subcategories).toEqual([{ name: '婚姻家庭、继承纠纷', count: 1, share: 100 }]);
    expect(m.referrals).toEqual({ suggest12345: 1, suggest110: 1, transferredFrom12345: 1 });
    // three shifts: 6 + 3.5 + 1 hours, two lawyers
    expect(m.staffing).toMatchObject({ lawyersOnDuty: 2, serviceHours: 10.5 });
  });
});

describe('the quarter spellings', () => {
  it('q1-2025, 2025q1, 2025-Q1 and 2025Q1 all write 2025Q1/ with the same figures', async () => {
    for (const spec of ['q1-2025', '2025q1', '2025-Q1', '2025Q1']) {
      const out = tempDir('spelling');
      const run = await cli([spec, '--data', DATA, '--out', out, '--format', 'json', '--quiet', '--issued', '2025-04-03']);
      expect(run.status, spec).toBe(0);
      expect(readdirSync(out), spec).toEqual(['2025Q1']);
      expect(readdirSync(join(out, '2025Q1')), spec).toEqual(['metrics.json']);
      const m = readJson(join(out, '2025Q1', 'metrics.json'));
      expect(m.period, spec).toMatchObject({ id: '2025Q1', label: '2025年第一季度', start: '2025-01-01', end: '2025-03-31', days: 90, workdays: 59, restdays: 31 });
      expect(m.calls.inbound, spec).toBe(4);
    }
  });
});

describe('calendar: "weekdays" in the config', () => {
  it('makes workdays plain Monday–Friday: 2025Q1 has 64, New Year’s Day among them', async () => {
    const config = join(tempDir('weekdays'), 'hotline.config.json');
    writeFileSync(config, JSON.stringify({ calendar: 'weekdays' }));
    const out = tempDir('weekdays-out');
    const run = await cli(['q1-2025', '--data', DATA, '--out', out, '--config', config, '--format', 'json', '--quiet', '--issued', '2025-04-03']);
    expect(run.status, run.stderr).toBe(0);
    const m = readJson(join(out, '2025Q1', 'metrics.json'));
    // January 23 + February 20 + March 21 weekdays (the cn calendar gives 59)
    expect(m.period).toMatchObject({ days: 90, workdays: 64, restdays: 26 });
    expect(m.calls.byDate[0]).toMatchObject({ date: '2025-01-01', workday: true });
    expect(m.calls.byDate.find((d: any) => d.date === '2025-01-26')).toMatchObject({ workday: false }); // a 调休 Sunday under cn
  });
});

describe('a year: 2025', () => {
  it('takes April’s K6 and compares with 2024 both ways', async () => {
    const m = await metrics('2025');
    expect(m.period).toMatchObject({ id: '2025', label: '2025年', start: '2025-01-01', end: '2025-12-31', days: 365 });
    expect(m.calls).toMatchObject({ inbound: 5, answered: 4 });
    expect(m.previousPeriod).toMatchObject({ id: '2024' });
    expect(m.yearAgoPeriod).toMatchObject({ id: '2024' });
    // 贵阳: K1 + K6 = 2 against K5 = 1 → +100.00%
    expect(region(m, '贵阳市')).toMatchObject({ current: 2, previous: 1, change: 100, yearAgo: 1, yearAgoChange: 100 });
    expect(m.calls.byDate).toHaveLength(365);
  });
});

describe('optional files', () => {
  it('a missing export is a warning, its figures zeros, and the run succeeds', async () => {
    const out = tempDir('periods');
    const run = await cli(['2025-03', '--data', DATA, '--out', out, '--format', 'json', '--issued', '2025-04-03']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/tickets\.csv/);
    const m = readJson(join(out, '2025-03', 'metrics.json'));
    expect(m.dataQuality.files.find((f: any) => f.name === 'tickets.csv')).toMatchObject({ missing: true, rows: 0 });
    expect(m.tickets).toMatchObject({ total: 0, byType: [] });
    expect(m.qa).toMatchObject({ inspected: 0, inspectionRate: null });
  });
});
