/**
 * The small hand-made data set of the model tests: period 2025-03 (31 days:
 * 21 workdays, 10 rest days — weekends only, no holiday in March 2025),
 * previous 2025-02, year-ago 2024-03. The expected figures are worked out by
 * hand in tests/model/build.test.ts.
 */
import { article, call, callback, consultation, review, shift, ticket, training, type DataSet } from './helpers.js';

export const SMALL: DataSet = {
  calls: [
    // current period: 12 calls, 8 answered
    call('c1', '2025-03-03 09:10', { satisfaction: '非常满意' }),
    call('c2', '2025-03-03 09:40', { callerProvince: '贵州', callerCity: '贵阳', satisfaction: '满意' }),
    call('c3', '2025-03-03 10:05', { callerCity: '黔东南苗族侗族自治州', channel: '座机', satisfaction: '基本满意' }),
    call('c4', '2025-03-04 14:00', { callerCity: '遵义市', channel: '12345转接', ivrKey: '3', satisfaction: '不满意' }),
    call('c5', '2025-03-08 09:30', { callerProvince: '四川省', callerCity: '成都市' }),
    call('c6', '2025-03-08 20:00', { callerProvince: null, callerCity: null, satisfaction: '不满意' }),
    call('c7', '2025-03-09 09:15', { callerCity: null }),
    call('c8', '2025-03-10 09:50', { callerCity: '遵义市', outcome: '呼叫失败', ivrKey: '3' }),
    call('c9', '2025-03-31 23:59:59', { outcome: '排队放弃' }),
    call('c10', '2025-03-15 10:20', { channel: '座机', outcome: '排队超时' }),
    call('c11', '2025-03-20 11:00', { callerCity: '某某市' }),
    call('c12', '2025-03-21 16:30', { callerCity: '安顺市', outcome: '排队溢出' }),
    // outside every period
    call('x1', '2025-04-01 00:00'),
    call('x2', '2024-12-31 12:00'),
    // previous period (2025-02): 7 calls, 6 answered
    call('p1', '2025-02-10 10:00'),
    call('p2', '2025-02-28 23:59:59', { callerCity: '遵义' }),
    call('p3', '2025-02-11 10:00', { callerCity: '遵义市' }),
    call('p4', '2025-02-12 10:00', { callerProvince: '广东省', callerCity: '广州市' }),
    call('p5', '2025-02-13 10:00', { callerCity: '贵阳' }),
    call('p6', '2025-02-08 10:00'), // a Saturday made a workday (调休)
    call('p7', '2025-02-15 10:00', { outcome: '排队放弃' }),
    // year-ago period (2024-03): 1 answered call
    call('y1', '2024-03-05 10:00'),
  ],
  consultations: [
    consultation('k1', '2025-03-03 09:20', { subcategory: '合同纠纷', referral: '12345' }),
    consultation('k2', '2025-03-03 09:50', { subcategory: '合同纠纷', callerType: '妇女' }),
    consultation('k3', '2025-03-03 10:10'),
    consultation('k4', '2025-03-04 14:10', { subcategory: '婚姻家庭', callerType: '妇女' }),
    consultation('k5', '2025-03-08 09:40', { subcategory: '婚姻家庭', callerType: '未成年人', referral: '110' }),
    consultation('k6', '2025-03-08 20:10', { category: '刑事', subcategory: '侵犯财产罪', callerType: '农民工', referral: '110' }),
    consultation('k7', '2025-03-09 09:20', { category: '行政' }),
    consultation('k8', '2025-03-10 09:55', { category: '司法行政', subcategory: '投诉与建议' }),
    consultation('k9', '2025-03-20 11:05', { subcategory: '劳动争议', callerType: '农民工' }),
    consultation('k10', '2025-02-28 10:00', { subcategory: '合同纠纷' }),
  ],
  tickets: [
    ticket('t1', '2025-03-05 10:00', '线上法律援助申请'),
    ticket('t2', '2025-03-06 10:00', '线上法律援助申请'),
    ticket('t3', '2025-03-07 10:00', '人民调解预申请'),
    ticket('t4', '2025-04-01 10:00', '人民调解预申请'),
  ],
  qa_reviews: [
    review('q1', 'c1', '2025-03-05 10:00'),
    review('q2', 'c1', '2025-03-06 10:00', { reviewType: '复核', trigger: '解答不专业', upheld: false }),
    review('q3', 'c3', '2025-03-07 10:00', { reviewType: '复核', trigger: '问题未解决', upheld: true }),
    review('q4', 'c4', '2025-03-08 10:00', { reviewType: '复核', trigger: '投诉', upheld: false }),
    review('q5', 'c2', '2025-04-01 00:00'),
    review('q6', 'c5', '2025-03-10 10:00', { reviewType: '复核', trigger: '态度问题', upheld: true }),
    review('q7', 'c7', '2025-03-11 10:00', { reviewType: '复核', trigger: '问题未解决', upheld: false }),
  ],
  callbacks: [
    callback('b1', 'c3', '2025-03-05 10:00', '误评'),
    callback('b2', 'c3', '2025-03-06 10:00', '问题未解决'),
    callback('b3', 'c1', '2025-03-06 10:00', '误评'),
    callback('b4', 'c4', '2025-04-02 10:00', '态度问题'),
    callback('b5', 'c4', '2025-04-02 10:00', '其他'),
  ],
  duty_shifts: [
    shift('L1', '2025-03-01 08:00', '2025-03-01 12:00'),
    shift('L1', '2025-03-02 08:00', '2025-03-02 08:07:30'),
    shift('L2', '2025-03-31 22:00', '2025-04-01 02:00'),
    shift('L3', '2025-02-28 22:00', '2025-03-01 01:00'),
  ],
  trainings: [
    training('L1', '2025-03-03', true),
    training('L2', '2025-03-04', true),
    training('L4', '2025-03-31', false),
    training('L5', '2025-04-01', true),
  ],
  articles: [
    article('乙', '2025-03-10', ['黔微普法微信公众号']),
    article('甲', '2025-03-10'),
    article('丙', '2025-03-02', ['司法行政门户网站', '贵州法律服务网']),
    article('丁', '2025-04-01'),
  ],
};
