import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import type { HotlineConfig } from '../../src/config/types.js';
import { createRegionIndexer } from '../../src/summarize/region.js';
import { call, modelOf } from '../model/helpers.js';

describe('region matching', () => {
  const ix = createRegionIndexer(DEFAULT_CONFIG);
  const name = (p: string | null, c: string | null): string => ix.names[ix.region(p, c)]!;
  it('names, aliases and administrative suffixes', () => {
    expect(name('贵州省', '贵阳市')).toBe('贵阳市');
    expect(name('贵州', '贵阳')).toBe('贵阳市');
    expect(name('贵州省', '黔东南苗族侗族自治州')).toBe('黔东南州');
    expect(name('贵州省', '黔南')).toBe('黔南州');
    expect(name(' 贵州省 ', ' 遵义市')).toBe('遵义市');
  });
  it('other provinces, blanks and unmatched cities', () => {
    expect(name('四川省', '成都市')).toBe('其他省市');
    expect(name('四川', null)).toBe('其他省市');
    expect(name('贵州省', null)).toBe('未知');
    expect(name('贵州省', '')).toBe('未知');
    expect(name('贵州省', '凯里')).toBe('未知');
    expect(name(null, '贵阳市')).toBe('未知'); // blank province: 未知, counted in neither in- nor out-of-province
    expect(name('  ', '贵阳市')).toBe('未知');
    expect(ix.province('贵州')).toBe(0);
    expect(ix.province('广东省')).toBe(1);
    expect(ix.province(null)).toBe(2);
  });
});

describe('regions facts', () => {
  const config: HotlineConfig = {
    ...DEFAULT_CONFIG,
    regions: [
      { name: 'A市', aliases: [], minority: false },
      { name: 'B市', aliases: [], minority: true },
      { name: 'C市', aliases: [], minority: true },
      { name: 'D市', aliases: [], minority: false },
    ],
  };
  const calls = (city: string | null, n: number, month: string, province = '贵州省'): ReturnType<typeof call>[] =>
    Array.from({ length: n }, (_, i) => call(`${month}-${city}-${province}-${i}`, `${month}-10 10:00`, { callerProvince: province, callerCity: city }));
  const m = modelOf('2025-03', {
    calls: [
      // current: A 4, B 3, C 3, D 1, other 5
      ...calls('A市', 4, '2025-03'), ...calls('B市', 3, '2025-03'), ...calls('C市', 3, '2025-03'), ...calls('D市', 1, '2025-03'),
      ...calls('成都市', 5, '2025-03', '四川省'),
      // previous: A 2 (+100%), B 2 (+50%), C 4 (−25%), D 0, other 4 (+25%)
      ...calls('A市', 2, '2025-02'), ...calls('B市', 2, '2025-02'), ...calls('C市', 4, '2025-02'), ...calls('成都市', 4, '2025-02', '四川省'),
      // year ago: B 1 (+200%), D 1 (0%)
      ...calls('B市', 1, '2024-03'), ...calls('D市', 1, '2024-03'),
    ],
  }, config);

  it('top three by count, ties by config order', () => {
    expect(m.regions.top).toEqual(['A市', 'B市', 'C市']);
  });
  it('minority regions smallest first, ties by config order', () => {
    expect(m.regions.minorityRegions).toEqual(['B市', 'C市']);
  });
  it('rising regions by their rise, 其他省市 included, D (from 0) not', () => {
    // A +100%, B +50%, 其他省市 +25%
    expect(m.regions.risingVsPrevious).toEqual(['A市', 'B市', '其他省市']);
    expect(m.regions.rows.map((r) => r.change)).toEqual([100, 50, -25, null, 25]);
    expect(m.regions.risingVsYearAgo).toEqual(['B市']);
    expect(m.regions.rows.map((r) => r.yearAgoChange)).toEqual([null, 200, null, 0, null]);
  });
});

describe('regions of another province', () => {
  const config: HotlineConfig = {
    ...DEFAULT_CONFIG,
    province: '云南省',
    regions: [
      { name: '昆明市', aliases: ['昆明'], minority: false },
      { name: '大理州', aliases: ['大理白族自治州'], minority: true },
    ],
  };
  const m = modelOf('2025-03', {
    calls: [
      call('a', '2025-03-03 10:00', { callerProvince: '云南省', callerCity: '昆明' }),
      call('b', '2025-03-03 10:00', { callerProvince: '云南', callerCity: '大理白族自治州' }),
      call('c', '2025-03-03 10:00', { callerProvince: '云南省', callerCity: '大理州' }),
      call('d', '2025-03-03 10:00', { callerProvince: '云南省', callerCity: '丽江市' }), // unmatched: 未知
      call('e', '2025-03-03 10:00', { callerProvince: '贵州省', callerCity: '贵阳市' }), // the default's province is another one here
    ],
  }, config);

  it('matches the config’s province, names and aliases; the rest go to 其他省市 and 未知', () => {
    // answered 5: in-province a b c d = 4 (80%), out e = 1 (20%)
    expect([m.regions.inProvince, m.regions.outOfProvince, m.regions.inProvinceShare, m.regions.outOfProvinceShare]).toEqual([4, 1, 80, 20]);
    expect(m.regions.rows.map((r) => [r.name, r.current, r.share])).toEqual([
      ['昆明市', 1, 20], ['大理州', 2, 40], ['其他省市', 1, 20], ['未知', 1, 20],
    ]);
  });
});
