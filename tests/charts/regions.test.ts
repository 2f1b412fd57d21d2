import { describe, expect, it } from 'vitest';
import { regions } from '../../src/charts/figures/regions.js';
import { resolveConfig } from '../../src/config/load.js';
import type { RegionRow, ReportModel } from '../../src/model/types.js';
import { sampleModel } from '../fixtures/sample-model.js';
import { chartTextBoxes, overlapping, type LabelBox } from './label-boxes.js';

/** the sample model with these regions (then 其他省市 and 未知), counts of several widths */
function withRegions(names: readonly string[], previous = true): ReportModel {
  const m = sampleModel();
  const rows: RegionRow[] = [...names, '其他省市', '未知'].map((name, i) => ({
    name,
    current: [7, 95, 1230, 18119, 64244][i % 5]! + i,
    previous: previous ? [18119, 3, 640, 9000, 88][i % 5]! : null,
    change: null,
    yearAgo: null,
    yearAgoChange: null,
    share: 1,
    minority: false,
  }));
  return { ...m, regions: { ...m.regions, rows } };
}
const regionNames = (province: string): string[] => resolveConfig({ province }, 'x').regions.map((r) => r.name);
const show = (pairs: [LabelBox, LabelBox][]): string[] => pairs.map(([a, b]) => `${a.text} × ${b.text}`);

function expectReadable(m: ReportModel): ReturnType<typeof chartTextBoxes> {
  const spec = regions(m)!;
  const boxes = chartTextBoxes(spec);
  expect(boxes.ticks).toHaveLength(m.regions.rows.length);
  expect(show(overlapping(boxes.ticks))).toEqual([]);
  expect(show(overlapping(boxes.values))).toEqual([]);
  expect(show(overlapping([...boxes.ticks, ...boxes.values]))).toEqual([]);
  for (const b of [...boxes.ticks, ...boxes.values]) {
    expect(b.left, b.text).toBeGreaterThanOrEqual(0);
    expect(b.right, b.text).toBeLessThanOrEqual(spec.widthPx);
    expect(b.top, b.text).toBeGreaterThanOrEqual(0);
    expect(b.bottom, b.text).toBeLessThanOrEqual(spec.heightPx);
  }
  return boxes;
}

describe('the regions chart keeps its labels apart', () => {
  it('Guizhou (the sample): names side by side, numbers on both series, as before', () => {
    const b = expectReadable(sampleModel());
    expect(b.ticks.every((t) => t.bottom - t.top < 40)).toBe(true);
    expect(b.values.length).toBe(2 * sampleModel().regions.rows.length);
  });

  it('四川省 (23 rows) and 江苏省 (15): names fit or stand upright, numbers where they fit', () => {
    const sc = expectReadable(withRegions(regionNames('四川')));
    // written top to bottom: a box as tall as its characters
    expect(sc.ticks.find((t) => t.text === '攀枝花市')!.bottom - sc.ticks.find((t) => t.text === '攀枝花市')!.top).toBeGreaterThan(100);
    expect(sc.values.length).toBe(23);
    expectReadable(withRegions(regionNames('江苏')));
    expectReadable(withRegions(regionNames('四川'), false));
  });

  it('municipalities: 北京市 (18 rows), 重庆市 (40)', () => {
    expectReadable(withRegions(regionNames('北京')));
    expectReadable(withRegions(regionNames('重庆')));
    expectReadable(withRegions(regionNames('新疆')));
  });

  it('past what upright names allow: one row per region, in order', () => {
    const many = Array.from({ length: 50 }, (_, i) => `第${i + 1}区`);
    const b = expectReadable(withRegions(many));
    expect(b.ticks.map((t) => t.text).slice(0, 3)).toEqual(['第1区', '第2区', '第3区']);
  });
});
