import { loadImage, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { chartSpecs, renderCharts } from '../../src/charts/index.js';
import type { RenderedChart } from '../../src/charts/types.js';
import { emptyModel, sampleModel } from '../fixtures/sample-model.js';
import { longListModel, singleDayModel, spanModel } from './models.js';

const ALL_IDS = [
  '01-daily-inbound',
  '02-weekday-average',
  '03-daily-averages',
  '04-hourly-inbound',
  '05-regions',
  '06-channels',
  '07-categories',
  '08-caller-types',
  '09-civil-minors',
  '10-civil-migrant-workers',
  '11-civil-women',
  '12-satisfaction',
  '13-callbacks',
  '14-qa-rechecks',
];

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { w: number; h: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { w: v.getUint32(16), h: v.getUint32(20) };
}

async function pixelStats(c: RenderedChart): Promise<{ colours: number; inkShare: number; corner: number[]; transparent: number }> {
  const img = await loadImage(Buffer.from(c.png));
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, img.width, img.height);
  const colours = new Set<number>();
  let ink = 0;
  let transparent = 0;
  let samples = 0;
  // every 7th pixel: enough to tell a blank or a washed-out image
  for (let i = 0; i < data.length; i += 4 * 7) {
    const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
    colours.add((r << 16) | (g << 8) | b);
    if (r + g + b < 600) ink++;
    if (a !== 255) transparent++;
    samples++;
  }
  return { colours: colours.size, inkShare: ink / samples, corner: Array.from(data.slice(0, 4)), transparent };
}

describe('chartSpecs', () => {
  it('gives the 14 figures of the sample in report order, with seed-style captions', () => {
    const specs = chartSpecs(sampleModel());
    expect(specs.map((s) => s.id)).toEqual(ALL_IDS);
    expect(specs.map((s) => s.caption)).toEqual([
      '第一季度每日呼入量分布图',
      '第一季度周平均呼入量分布图',
      '第一季度日均呼入量对比图',
      '第一季度时段呼入量分布图',
      '第一季度各市州话务分布图',
      '第一季度群众来电方式分布图',
      '第一季度来电业务类型分布图',
      '第一季度来电群众类别分布图',
      '未成年人民事类明细图',
      '农民工民事类明细图',
      '妇女民事类明细图',
      '第一季度满意度测评情况图',
      '第一季度回访结果分布图',
      '第一季度质检复核情况图',
    ]);
  });

  it('writes the key numbers of the model into the alt text', () => {
    const alt = Object.fromEntries(chartSpecs(sampleModel()).map((s) => [s.id, s.alt]));
    expect(alt['01-daily-inbound']).toContain('2025年第一季度每日呼入量柱状图');
    expect(alt['01-daily-inbound']).toContain('工作日59天，日均816通；休息日31天，日均558通');
    expect(alt['02-weekday-average']).toContain('周一850通');
    expect(alt['03-daily-averages']).toContain('2024年第四季度全部日均741通');
    expect(alt['04-hourly-inbound']).toContain('高峰时段09:00-21:00，低谷时段00:00-08:00');
    expect(alt['05-regions']).toContain('贵阳市15700通（上期18119通，环比-13.35%）');
    expect(alt['06-channels']).toContain('手机64244通，占99.63%');
    expect(alt['07-categories']).toContain('司法行政19825条，占31.70%');
    expect(alt['10-civil-migrant-workers']).toContain('占农民工咨询量的84.26%');
    expect(alt['12-satisfaction']).toContain('整体满意度98.57%');
    expect(alt['14-qa-rechecks']).toContain('共复核174通，其中反馈成立0通');
  });

  it('uses the month label for a month and drops the year only for a quarter', () => {
    const specs = chartSpecs(singleDayModel());
    expect(specs[0]?.caption).toBe('2025年3月每日呼入量分布图');
  });

  it('yields no chart for a model without data', () => {
    expect(chartSpecs(emptyModel())).toEqual([]);
  });

  it('yields no chart for a section flagged without data, even if counts are present', () => {
    const m = sampleModel();
    const ids = chartSpecs({ ...m, sections: { ...m.sections, regions: false, qa: false } }).map((s) => s.id);
    expect(ids).not.toContain('05-regions');
    expect(ids).not.toContain('14-qa-rechecks');
    expect(ids).toHaveLength(12);
  });

  it('keeps a region chart without a previous series when the previous period has no data', () => {
    const spec = chartSpecs(singleDayModel()).find((s) => s.id === '05-regions');
    expect(spec?.config.data.datasets).toHaveLength(1);
  });

  it('wraps long names to at most 15 characters a line and gives every row room for the most lines', () => {
    const spec = chartSpecs(longListModel()).find((s) => s.id === '11-civil-women')!;
    const labels = spec.config.data.labels as (string | string[])[];
    expect(labels).toHaveLength(11);
    const lines = labels.map((l) => (typeof l === 'string' ? [l] : l));
    for (const l of lines.flat()) expect(Array.from(l).length).toBeLessThanOrEqual(15);
    expect(lines.flat().join('')).toBe(longListModel().callerTypes.groups[2]!.civilSubcategories.map((r) => r.name).join(''));
    const most = Math.max(...lines.map((l) => l.length));
    expect(spec.heightPx).toBeGreaterThanOrEqual(11 * most * 33);
  });

  it('dates the daily axis sparsely: every 5th day in a month, each month in a year', () => {
    const month = chartSpecs(spanModel('month', '2025年3月', '2025-03-01', 31))[0]!;
    expect((month.config.data.labels as string[]).filter((l) => l !== '')).toEqual(['3月1日', '3月6日', '3月11日', '3月16日', '3月21日', '3月26日', '3月31日']);
    const year = chartSpecs(spanModel('year', '2025年', '2025-01-01', 365))[0]!;
    expect((year.config.data.labels as string[]).filter((l) => l !== '')).toHaveLength(12);
    const quarter = chartSpecs(sampleModel())[0]!;
    expect((quarter.config.data.labels as string[]).filter((l) => l !== '')).toEqual(['1月1日', '1月16日', '2月1日', '2月16日', '3月1日', '3月16日']);
  });

  it('builds configs of plain data (JSON-able)', () => {
    for (const s of chartSpecs(sampleModel())) {
      expect(JSON.parse(JSON.stringify(s.config)), s.id).toEqual(s.config);
    }
  });

  it('keeps the configs of three charts stable (snapshot)', () => {
    const specs = chartSpecs(sampleModel());
    for (const id of ['02-weekday-average', '06-channels', '07-categories']) {
      expect(specs.find((s) => s.id === id)).toMatchSnapshot(id);
    }
  });
});

describe('renderCharts', () => {
  it('renders every sample chart as a sane, non-blank, opaque PNG sized for print', async () => {
    const charts = await renderCharts(sampleModel());
    expect(charts.map((c) => c.id)).toEqual(ALL_IDS);
    for (const c of charts) {
      expect(Array.from(c.png.slice(0, 8)), c.id).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(pngSize(c.png), c.id).toEqual({ w: c.widthPx, h: c.heightPx });
      // 16 cm at ≥ 200 dpi, height 0.38–0.72 of the width
      expect(c.widthPx).toBeGreaterThanOrEqual(1260);
      expect(c.heightPx / c.widthPx).toBeGreaterThanOrEqual(0.38);
      expect(c.heightPx / c.widthPx).toBeLessThanOrEqual(0.72);
      expect(c.png.length, c.id).toBeGreaterThan(10_000);
      expect(c.png.length, c.id).toBeLessThan(500_000);
      const px = await pixelStats(c);
      expect(px.corner, c.id).toEqual([255, 255, 255, 255]);
      expect(px.transparent, c.id).toBe(0);
      expect(px.colours, c.id).toBeGreaterThan(20);
      expect(px.inkShare, c.id).toBeGreaterThan(0.02);
    }
  });

  it('renders a model with a single day of data', async () => {
    const charts = await renderCharts(singleDayModel());
    expect(charts.map((c) => c.id)).toEqual(ALL_IDS);
    for (const c of charts) expect((await pixelStats(c)).inkShare, c.id).toBeGreaterThan(0.005);
  });

  it('renders long lists, a month and a year', async () => {
    for (const model of [longListModel(), spanModel('month', '2025年3月', '2025-03-01', 31), spanModel('year', '2025年', '2025-01-01', 365)]) {
      const charts = await renderCharts(model);
      expect(charts).toHaveLength(14);
      for (const c of charts) expect(pngSize(c.png)).toEqual({ w: c.widthPx, h: c.heightPx });
    }
  });

  it('renders nothing, without throwing, for the all-zero model', async () => {
    expect(await renderCharts(emptyModel())).toEqual([]);
  });

  it('gives byte-identical PNGs for the same model', async () => {
    const a = await renderCharts(sampleModel());
    const b = await renderCharts(sampleModel());
    expect(b.map((c) => c.id)).toEqual(a.map((c) => c.id));
    a.forEach((c, i) => expect(Buffer.compare(Buffer.from(c.png), Buffer.from(b[i]!.png)), c.id).toBe(0));
  });

});
