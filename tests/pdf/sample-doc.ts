import { createCanvas } from '@napi-rs/canvas';
import { deflateSync } from 'node:zlib';
import { rgbPng, rgbRows } from '../../src/charts/png.js';
import type { Block, FigureBlock, ReportDocument, TableBlock } from '../../src/document/types.js';

/** A chart-like PNG: white ground, a few bars (RGB, as the charts are encoded: src/charts/png.ts). */
export function chartPng(width: number, height: number, seed: number): Uint8Array {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.strokeStyle = '#333333';
  ctx.strokeRect(40, 20, width - 60, height - 60);
  for (let i = 0; i < 12; i++) {
    const h = ((seed * 37 + i * 53) % 100) / 100 * (height - 100) + 10;
    ctx.fillStyle = i % 2 === 0 ? '#4472c4' : '#ed7d31';
    ctx.fillRect(60 + i * ((width - 100) / 12), height - 40 - h, (width - 100) / 12 - 8, h);
  }
  return rgbPng(deflateSync(rgbRows(canvas.data(), width, height)), width, height, { dpi: 200, title: '', description: '' });
}

function figure(n: number, caption: string, w = 1600, h = 900): FigureBlock {
  return { kind: 'figure', number: `图${n}`, caption, alt: caption, chartId: `0${n}-chart`, widthPx: w, heightPx: h };
}

const LONG =
  '第一季度呼入话务量共计65448通，有效接听64482通，整体接通率为98.52%（呼叫失败2528通、排队中用户放弃2095通、排队超时117通、排队溢出316通）；' +
  '日均呼入量727通，工作日的话务量相对较高，日均呼入量816通，周末的呼入量相对会出现明显降低，日均呼入量为506通；整体满意度为98.57%，' +
  '针对不满意的通话已安排100%回访。共计质检5138通，整体质检率为7.97%。共48名律师参与值班接线，服务总时长8696.58小时。';

const PUNCT =
  '根据第一季度时段呼入量数据分析，话务量波动明显，日间话务量相对较高，夜间的话务量相对较少，尤其00:00-08:00，是话务的最低时段。' +
  '日间话务高峰集中在09:00-21:00时段。群众关心的问题包括《劳动合同法》《民法典》“婚姻家庭编”以及「工伤认定」等，' +
  '其中（一）民间借贷纠纷、（二）买卖合同纠纷……占比较高——具体见下表。';

const REGIONS = ['贵阳市', '遵义市', '六盘水市', '安顺市', '毕节市', '铜仁市', '黔东南州', '黔南州', '黔西南州'];

function bigTable(): TableBlock {
  const rows: string[][] = [];
  for (let i = 0; i < 60; i++) {
    const region = `${REGIONS[i % REGIONS.length] as string}第${i + 1}片区`;
    rows.push([region, String(1000 + i * 37), String(900 + i * 29), `${((i * 7) % 19 - 9).toFixed(2)}%`]);
  }
  return {
    kind: 'table',
    number: '表2',
    caption: '各片区话务量明细（测试用长表）',
    header: ['片区', '本期', '上期', '环比'],
    rows,
    totalRow: ['合计', '123456', '110000', '12.23%'],
    align: ['left', 'right', 'right', 'right'],
    widths: [3, 2, 2, 2],
    note: '另有未分类咨询1119条，未计入上表。',
  };
}

/** A report-shaped document: every kind of block, long paragraphs, a table that runs over pages, figures. */
export function sampleDocument(options: { charts?: number } = {}): ReportDocument {
  const blocks: Block[] = [
    { kind: 'title', lines: ['贵州省12348公共法律服务热线2025年', '第一季度运营服务情况'] },
    { kind: 'heading', level: 1, text: '一、运营情况概述', sectionId: 'overview' },
    { kind: 'paragraph', runs: [{ text: LONG }] },
    { kind: 'paragraph', runs: [{ text: '其中，' }, { text: '工作日日均呼入量816通', bold: true }, { text: '，较上季度上升3.23%。' + PUNCT }] },
    figure(1, '第一季度每日呼入量'),
    figure(2, '第一季度周平均呼入量分布'),
    { kind: 'paragraph', runs: [{ text: PUNCT + LONG }] },
    { kind: 'heading', level: 1, text: '二、各市州话务分布情况', sectionId: 'regions' },
    {
      kind: 'table',
      number: '表1',
      caption: '各市州话务分布情况',
      header: ['地区', '本期', '上期', '环比', '同比'],
      rows: REGIONS.map((r, i) => [r, String(5000 - i * 311), String(4800 - i * 290), `${(i - 4) * 1.37}%`.replace(/(\.\d\d)\d+/, '$1'), `${(5 - i) * 0.91}%`.replace(/(\.\d\d)\d+/, '$1')]),
      totalRow: ['合计', '41552', '39740', '4.56%', '3.21%'],
      align: ['left', 'right', 'right', 'right', 'right'],
      widths: [2, 1.5, 1.5, 1.2, 1.2],
    },
    figure(3, '各市州话务量本期与上期对比'),
    { kind: 'heading', level: 2, text: '（一）省外来电情况', sectionId: 'regions-outside' },
    { kind: 'paragraph', runs: [{ text: LONG + PUNCT }] },
    bigTable(),
    { kind: 'paragraph', runs: [{ text: '以上数据来源于热线系统导出，统计口径与上季度一致。' }], style: 'note' },
    { kind: 'heading', level: 1, text: '三、群众来电方式情况', sectionId: 'channels' },
    { kind: 'paragraph', runs: [{ text: '第一季度群众来电方式绝大部分的来电为手机号码呼入，占比为99.63%，座机占比为0.09%，12345政务服务便民热线转接占比为0.28%。具体情况见下图：' }] },
    figure(4, '群众来电方式', 1200, 1200),
    figure(5, '来电业务类型占比'),
    { kind: 'heading', level: 1, text: '四、来电业务类型', sectionId: 'categories' },
    { kind: 'paragraph', runs: [{ text: PUNCT }] },
    figure(6, '民事类咨询细分'),
  ];
  // more chart-sized figures (1260 × 720, as src/charts draws them), each after a paragraph
  for (let n = 7; n <= (options.charts ?? 6); n++) {
    blocks.push({ kind: 'paragraph', runs: [{ text: LONG }] }, figure(n, `第${n}张测试图`, 1260, 720));
  }
  blocks.push({ kind: 'closing', issuer: '省法律援助中心', dateLine: '2025年4月3日印发' });
  return { title: '贵州省12348公共法律服务热线2025年第一季度运营服务情况', author: '省法律援助中心', subject: '2025年第一季度运营服务情况', issued: '2025-04-03', blocks };
}

/** The PNGs of a sample document's figures, by chart id (the renderers take them apart from the document). */
export function sampleImages(doc: ReportDocument): Map<string, Uint8Array> {
  const images = new Map<string, Uint8Array>();
  for (const b of doc.blocks) if (b.kind === 'figure') images.set(b.chartId, chartPng(b.widthPx, b.heightPx, Number(b.number.slice(1))));
  return images;
}
