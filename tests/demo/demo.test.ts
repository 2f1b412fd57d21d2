import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FILES, DEMO_ISSUED, ensureDemoData, generateDemo } from '../../fixtures/demo/generate.js';
import { computeFigures, Q1_2025, Q4_2024, readDemo, wallSeconds, type DemoData, type Figures } from './checker.js';
import { SEED_SUBCATEGORY_TABLES } from './expected-tables.js';

const root = mkdtempSync(join(tmpdir(), 'demo-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let data: DemoData;
let q1: Figures;
let q4: Figures;
let elapsedMs = 0;

beforeAll(async () => {
  const t0 = performance.now();
  await generateDemo(join(root, 'a'));
  elapsedMs = performance.now() - t0;
  console.log(`demo generation took ${Math.round(elapsedMs)} ms`);
  data = readDemo(join(root, 'a'));
  q1 = computeFigures(data, Q1_2025);
  q4 = computeFigures(data, Q4_2024);
});

describe('demo data: files', () => {
  it('writes the eight exports, UTF-8 without BOM, LF line ends, English headers', () => {
    expect(readdirSync(join(root, 'a')).sort()).toEqual([...DEMO_FILES].sort());
    for (const f of DEMO_FILES) {
      const buf = readFileSync(join(root, 'a', f));
      expect(buf[0]).not.toBe(0xef);
      expect(buf.includes('\r')).toBe(false);
      expect(buf.at(-1)).toBe(0x0a);
    }
    expect(readFileSync(join(root, 'a', 'calls.csv'), 'utf8').split('\n', 1)[0]).toBe(
      'call_id,start_time,caller,caller_province,caller_city,channel,outcome,ivr_key,wait_seconds,talk_seconds,agent_id,satisfaction',
    );
    expect(DEMO_ISSUED).toBe('2025-04-03');
  });


  it('is deterministic: a second generation is byte-identical; another seed differs', async () => {
    await generateDemo(join(root, 'b'));
    await generateDemo(join(root, 'c'), { seed: 7 });
    for (const f of DEMO_FILES) {
      expect(readFileSync(join(root, 'b', f)).equals(readFileSync(join(root, 'a', f))), f).toBe(true);
    }
    expect(readFileSync(join(root, 'c', 'calls.csv')).equals(readFileSync(join(root, 'a', 'calls.csv')))).toBe(false);
  });

  it('switches to the Chinese headers and changes nothing else', async () => {
    await generateDemo(join(root, 'zh'), { chineseHeaders: true });
    const heads: Record<string, string> = {
      'calls.csv': '通话ID,来电时间,主叫号码,号码归属省,号码归属市,来电方式,呼叫结果,按键,排队时长,通话时长,坐席工号,满意度评价',
      'consultations.csv': '咨询ID,通话ID,登记时间,业务大类,业务小类,来电人类别,建议拨打',
      'tickets.csv': '工单编号,创建时间,工单类型,通话ID,承办机构,办理状态',
      'qa_reviews.csv': '质检编号,通话ID,质检时间,质检类型,复核原因,反馈是否成立,质检得分',
      'callbacks.csv': '回访编号,通话ID,回访时间,回访结果',
      'duty_shifts.csv': '律师编号,律师姓名,上线时间,下线时间',
      'trainings.csv': '律师编号,律师姓名,培训时间,培训类型,是否达到上岗标准',
      'articles.csv': '标题,发布时间,发布渠道',
    };
    for (const f of DEMO_FILES) {
      const zh = readFileSync(join(root, 'zh', f), 'utf8');
      const en = readFileSync(join(root, 'a', f), 'utf8');
      const cut = (s: string): string => s.slice(s.indexOf('\n'));
      expect(zh.slice(0, zh.indexOf('\n'))).toBe(heads[f]);
      expect(cut(zh) === cut(en), f).toBe(true);
    }
  });

  it('replaces an existing folder atomically and leaves no temporary folder behind', async () => {
    await generateDemo(join(root, 'b'), { seed: 7 });
    expect(readFileSync(join(root, 'b', 'calls.csv')).equals(readFileSync(join(root, 'c', 'calls.csv')))).toBe(true);
    expect(readdirSync(root).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('ensureDemoData generates into a cache folder once and reuses it', async () => {
    const cache = join(root, 'cache');
    const dir = await ensureDemoData(cache);
    const mtime = statSync(join(dir, 'calls.csv')).mtimeMs;
    expect(await ensureDemoData(cache)).toBe(dir);
    expect(statSync(join(dir, 'calls.csv')).mtimeMs).toBe(mtime);
    expect(readFileSync(join(dir, 'calls.csv')).equals(readFileSync(join(root, 'a', 'calls.csv')))).toBe(true);
  });
});

describe('demo data: 2025Q1 figures (demo-data.md table)', () => {
  it('calls', () => {
    expect([q1.days, q1.workdays]).toEqual([90, 59]);
    expect(q1.inbound).toBe(65448);
    expect(q1.answered).toBe(64482);
    expect(q1.answerRate).toBe(98.52);
    expect(q1.unanswered).toEqual({ 呼叫失败: 483, 排队放弃: 400, 排队超时: 22, 排队溢出: 61 });
    expect(q1.dailyAverage).toBe(727);
    expect([q1.workdayInbound, q1.restdayInbound]).toEqual([48144, 17304]);
    expect([q1.workdayAverage, q1.restdayAverage]).toEqual([816, 558]);
  });

  it('hourly shape: low 00:00–08:00, peak 09:00–21:00', () => {
    expect(q1.lowWindow).toEqual([0, 8]);
    expect(q1.peakWindow).toEqual([9, 21]);
  });

  it('regions and channels', () => {
    expect(q1.regions).toEqual({
      贵阳市: 15700, 遵义市: 8487, 毕节市: 5361, 六盘水市: 3539, 铜仁市: 2820, 安顺市: 2653,
      黔南州: 812, 黔西南州: 789, 黔东南州: 766, 其他省市: 23555,
    });
    expect([q1.inProvince, q1.outOfProvince, q1.inProvinceShare, q1.outOfProvinceShare]).toEqual([40927, 23555, 63.47, 36.53]);
    expect(q1.channels).toEqual({ 手机: 64244, 座机: 58, '12345转接': 180 });
  });

  it('consultations by category, with the seed\'s subcategory tables', () => {
    expect(q1.consultations).toBe(62535);
    expect(q1.categories['民事']!.count).toBe(38968);
    expect(q1.categories['民事']!.unclassified).toBe(1119);
    expect(q1.categories['刑事']!.count).toBe(1827);
    expect(q1.categories['行政']!.count).toBe(1915);
    expect(q1.categories['司法行政']!.count).toBe(19825);
    for (const [cat, table] of Object.entries(SEED_SUBCATEGORY_TABLES)) {
      const got = q1.categories[cat]!;
      expect(Object.fromEntries(table.map(([n, c]) => [n, c])), cat).toEqual(got.subcategories);
      const classified = got.count - got.unclassified;
      for (const [name, count, share] of table) {
        expect(Math.floor((2 * count * 10000 + classified) / (2 * classified)) / 100, `${cat} ${name}`).toBe(share);
      }
    }
    expect(q1.unclassifiedCallerTypes).toEqual({ 普通咨询人: 1119 });
  });

  it('caller types and the three groups', () => {
    expect(q1.callerTypes).toEqual({ 普通咨询人: 38189, 未成年人: 1263, 农民工: 2725, 妇女: 20358 });
    const minors = q1.groups['未成年人']!;
    expect([minors.total, minors.civil, minors.civilShare]).toEqual([1263, 1020, 80.76]);
    expect(minors.civilSubcategories.slice(0, 3)).toEqual([
      ['婚姻家庭、继承纠纷', 481, 47.16],
      ['合同、无因管理、不当得利纠纷', 210, 20.59],
      ['人格权纠纷', 111, 10.88],
    ]);
    const migrants = q1.groups['农民工']!;
    expect([migrants.total, migrants.civil, migrants.civilShare]).toEqual([2725, 2296, 84.26]);
    expect(migrants.civilSubcategories.slice(0, 2)).toEqual([
      ['合同、无因管理、不当得利纠纷', 1742, 75.87],
      ['劳动争议、人事争议', 400, 17.42],
    ]);
    const women = q1.groups['妇女']!;
    expect([women.total, women.civil, women.civilShare]).toEqual([20358, 13361, 65.63]);
    expect(women.civilSubcategories.slice(0, 2)).toEqual([
      ['合同、无因管理、不当得利纠纷', 6284, 47.03],
      ['婚姻家庭、继承纠纷', 2056, 15.39],
    ]);
  });

  it('referrals and tickets', () => {
    expect(q1.referrals).toEqual({ suggest12345: 335, suggest110: 1721, transferredFrom12345: 180 });
    expect(q1.tickets).toEqual({ total: 450, byType: { 人民调解预申请: 1, 线上法律援助申请: 449 } });
  });

  it('satisfaction and callbacks', () => {
    expect(q1.satisfaction).toEqual({
      rated: 60666,
      ratedRate: 94.08,
      rows: { 非常满意: 57913, 满意: 1886, 基本满意: 628, 不满意: 239 },
      satisfactionRate: 98.57,
    });
    expect(q1.callbacks).toEqual({
      eligible: 867,
      calledBack: 867,
      coverage: 100,
      results: { 误评: 412, 对法律规定或处理结果不满: 221, 其他: 60, 解答不专业: 40, 问题未解决: 119, 态度问题: 15 },
    });
  });

  it('QA and complaints', () => {
    expect(q1.qa).toEqual({
      inspected: 5138,
      inspectionRate: 7.97,
      rechecks: { 解答不专业: { count: 40, upheld: 0 }, 问题未解决: { count: 119, upheld: 0 }, 态度问题: { count: 15, upheld: 0 } },
    });
    expect(q1.complaints).toEqual({ calls: 506, genuine: 1, upheld: 0, consultationOnly: 505 });
  });

  it('staffing, training, articles', () => {
    expect(q1.staffing).toEqual({ lawyersOnDuty: 48, serviceHours: 8696.58 });
    expect(q1.training).toEqual({ trained: 19, qualified: 15 });
    expect(q1.articles.map((a) => a.title)).toEqual(
      [
        '离婚后，父亲悄悄抵押未成年子女“所有”的房屋，抵押行为有效吗？',
        '租到“串串房”可以解约吗？',
        '过年期间孩子收到的“压岁钱“归谁所有？',
        '酒后驾车的后果及共同饮酒人的责任',
        '开车带朋友返城出事故，驾驶员需要赔偿吗？',
        '商家在朋友圈销售烟花爆竹违法吗？',
        '美容美发店转让了，充值卡里面的钱怎么办？',
        '业主想在自家车位安装充电桩，物业公司是否有权不予配合？',
        '因饮酒致死，能否要求共同饮酒人赔偿？',
        '直播带货中的消费维权',
        '哪些民间借贷合同是无效的？',
        '朋友虚构事实借钱，能不能告他诈骗？',
        '父母离婚后，孩子还有继承权吗？',
      ],
    );
    for (const a of q1.articles) expect(a.channels).toBe('黔微普法微信公众号;司法行政门户网站;贵州法律服务网');
  });
});

describe('demo data: another seed', () => {
  it('gives other rows but the same 2025Q1 figures and 2024Q4 regions', async () => {
    await generateDemo(join(root, 's7'), { seed: 7 });
    const other = readDemo(join(root, 's7'));
    expect(computeFigures(other, Q1_2025)).toEqual(q1);
    expect(computeFigures(other, Q4_2024).regions).toEqual(q4.regions);
  });
});

describe('demo data: 2024Q4', () => {
  it('answered calls by region are the spec\'s', () => {
    expect(q4.answered).toBe(67289);
    expect(q4.regions).toEqual({
      贵阳市: 18119, 遵义市: 8561, 毕节市: 5565, 六盘水市: 3640, 铜仁市: 2897, 安顺市: 2718,
      黔南州: 813, 黔西南州: 747, 黔东南州: 742, 其他省市: 23487,
    });
  });

  it('has the other figures in proportions like 2025Q1', () => {
    expect(q4.answerRate).toBeGreaterThan(98);
    expect(q4.lowWindow).toEqual([0, 8]);
    expect(q4.peakWindow).toEqual([9, 21]);
    expect(q4.consultations).toBeGreaterThan(60000);
    expect(q4.callbacks.coverage).toBe(100);
    expect(q4.complaints).toEqual({ calls: 477, genuine: 1, upheld: 0, consultationOnly: 476 });
    expect(q4.staffing.lawyersOnDuty).toBeGreaterThan(40);
    expect(q4.articles.length).toBeGreaterThan(5);
  });
});

describe('demo data: rows look real', () => {
  it('ids are unique in every file', () => {
    const unique = (rows: readonly Record<string, string>[], key: string): void => {
      expect(new Set(rows.map((r) => r[key])).size, key).toBe(rows.length);
    };
    unique(data.calls, 'call_id');
    unique(data.consultations, 'consultation_id');
    unique(data.tickets, 'ticket_id');
    unique(data.reviews, 'review_id');
    unique(data.callbacks, 'callback_id');
  });

  it('caller numbers are masked, never whole', () => {
    expect(data.calls.filter((c) => !/^\d{3,4}\*{4}\d{4}$/.test(c.caller!)).map((c) => c.call_id)).toEqual([]);
    const text = readFileSync(join(root, 'a', 'calls.csv'), 'utf8');
    expect(/\d{11}/.test(text.replace(/CL\d{13}/g, ''))).toBe(false);
    const provinces = new Set(data.calls.map((c) => c.caller_province));
    expect([...provinces]).toEqual(expect.arrayContaining(['贵州省', '四川省', '云南省', '湖南省']));
    expect(data.calls.some((c) => c.caller_city === '黔东南苗族侗族自治州')).toBe(true);
  });

  it('unanswered calls have a province, no talk time, no agent, no rating, never key 3', () => {
    const unanswered = data.calls.filter((c) => c.outcome !== '接通');
    const bad = unanswered.filter(
      (c) => c.caller_province === '' || c.talk_seconds !== '0' || c.agent_id !== '' || c.satisfaction !== '' || c.ivr_key === '3',
    );
    expect(bad).toEqual([]);
    expect(data.calls.filter((x) => x.outcome === '接通' && !(Number(x.talk_seconds) > 0))).toEqual([]);
  });

  it('daily volumes vary from day to day', () => {
    const perDay = new Map<string, number>();
    for (const c of data.calls) perDay.set(c.start_time!.slice(0, 10), (perDay.get(c.start_time!.slice(0, 10)) ?? 0) + 1);
    const counts = [...perDay.values()];
    expect(perDay.size).toBe(182);
    expect(new Set(counts).size).toBeGreaterThan(100);
    // the Spring Festival eve is quieter than an ordinary Saturday
    expect(perDay.get('2025-01-28')!).toBeLessThan(perDay.get('2025-03-08')!);
  });

  it('consultations are registered minutes after their answered call, in the same quarter', () => {
    const calls = new Map(data.calls.map((c) => [c.call_id, c]));
    const quarterOf = (t: string): string => (t < '2025-01-01' ? 'Q4' : t < '2025-04-01' ? 'Q1' : 'later');
    const bad = data.consultations.filter((z) => {
      const call = calls.get(z.call_id!);
      if (!call || call.outcome !== '接通') return true;
      const delay = wallSeconds(z.created_at!) - wallSeconds(call.start_time!);
      // after the talk, a few minutes to type it in; never in another quarter
      return delay < 0 || delay > Number(call.talk_seconds) + 900 || quarterOf(z.created_at!) !== quarterOf(call.start_time!);
    });
    expect(bad).toEqual([]);
    // every key-3 call has exactly one 投诉与建议 consultation, and only those do
    const complaints = data.consultations.filter((z) => z.subcategory === '投诉与建议');
    expect(new Set(complaints.map((z) => z.call_id)).size).toBe(complaints.length);
    for (const z of complaints) expect(calls.get(z.call_id!)!.ivr_key).toBe('3');
    expect(complaints.length).toBe(data.calls.filter((c) => c.ivr_key === '3').length);
  });

  it('callbacks: a few calls called back twice (the earlier one unanswered), some in April', () => {
    const byCall = new Map<string, Record<string, string>[]>();
    for (const cb of data.callbacks) byCall.set(cb.call_id!, [...(byCall.get(cb.call_id!) ?? []), cb]);
    const twice = [...byCall.values()].filter((l) => l.length > 1);
    expect(twice.length).toBeGreaterThan(10);
    for (const l of twice) {
      const sorted = [...l].sort((a, b) => a.called_back_at!.localeCompare(b.called_back_at!));
      expect(sorted[0]!.result).toBe('未接通');
      expect(sorted[1]!.result).not.toBe('未接通');
    }
    expect(data.callbacks.some((cb) => cb.called_back_at! >= '2025-04-01')).toBe(true);
  });

  it('QA reviews: answered calls of the same quarter, some reviewed twice, re-checks after their callback', () => {
    const calls = new Map(data.calls.map((c) => [c.call_id, c]));
    const perCall = new Map<string, number>();
    const bad = data.reviews.filter((r) => {
      const call = calls.get(r.call_id!);
      const score = Number(r.score);
      return (
        !call ||
        call.outcome !== '接通' ||
        r.reviewed_at! <= call.start_time! ||
        r.reviewed_at! < '2025-01-01' !== call.start_time! < '2025-01-01' ||
        r.reviewed_at! >= '2025-04-01' ||
        (r.review_type === '复核' && !['是', '否'].includes(r.upheld!)) ||
        !(score >= 0 && score <= 100)
      );
    });
    expect(bad).toEqual([]);
    for (const r of data.reviews) perCall.set(r.call_id!, (perCall.get(r.call_id!) ?? 0) + 1);
    expect([...perCall.values()].some((n) => n > 1)).toBe(true);
    const lastCallback = new Map<string, string>();
    for (const cb of data.callbacks) if (cb.called_back_at! > (lastCallback.get(cb.call_id!) ?? '')) lastCallback.set(cb.call_id!, cb.called_back_at!);
    for (const r of data.reviews.filter((x) => x.review_type === '复核' && x.trigger !== '投诉')) {
      expect(r.reviewed_at! > lastCallback.get(r.call_id!)!).toBe(true);
    }
    const complaint = data.reviews.filter((r) => r.trigger === '投诉' && r.reviewed_at! >= '2025-01-01');
    expect(complaint.map((r) => calls.get(r.call_id!)!.ivr_key)).toEqual(['3']);
  });

  it('duty shifts last a few hours, one at a time per lawyer', () => {
    const hours = data.shifts.map((s) => (wallSeconds(s.end_time!) - wallSeconds(s.start_time!)) / 3600);
    expect(Math.min(...hours)).toBeGreaterThan(2);
    expect(Math.max(...hours)).toBeLessThan(6);
    expect(data.shifts.filter((s) => s.lawyer_name === '')).toEqual([]);
    // nobody holds two shifts at once
    const last = new Map<string, string>();
    const overlapping = [...data.shifts]
      .sort((x, y) => x.start_time!.localeCompare(y.start_time!))
      .filter((sh) => {
        const clash = (last.get(sh.lawyer_id!) ?? '') > sh.start_time!;
        last.set(sh.lawyer_id!, sh.end_time!);
        return clash;
      });
    expect(overlapping).toEqual([]);
  });
});
