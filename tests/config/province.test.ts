import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { cityKey, regionMatcher, resolveConfig } from '../../src/config/load.js';
import { placeStem, regionTerms, shortPlaceName } from '../../src/config/place-names.js';
import { derivedRegions, findProvince, namesAProvince, provinces, regionDivisions } from '../../src/config/province.js';
import { InputError } from '../../src/read/index.js';
import type { HotlineConfig } from '../../src/config/types.js';

const resolve = (raw: unknown): HotlineConfig => resolveConfig(raw, 'hotline.config.json');
const error = (raw: unknown): string => {
  try {
    resolve(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error(`no error for ${JSON.stringify(raw)}`);
};

describe('a province from its name alone', () => {
  it('四川省: hotline name, 21 prefectures in code order, short names, full names as aliases, 3 autonomous prefectures', () => {
    const c = resolve({ province: '四川省' });
    expect(c.province).toBe('四川省');
    expect(c.hotlineName).toBe('四川省12348公共法律服务热线');
    expect(c.regions).toHaveLength(21);
    expect(c.regions[0]).toEqual({ name: '成都市', aliases: ['成都'], minority: false });
    expect(c.regions.slice(-3)).toEqual([
      { name: '阿坝州', aliases: ['阿坝藏族羌族自治州', '阿坝'], minority: true },
      { name: '甘孜州', aliases: ['甘孜藏族自治州', '甘孜'], minority: true },
      { name: '凉山州', aliases: ['凉山彝族自治州', '凉山'], minority: true },
    ]);
    expect(c.regions.filter((r) => r.minority).map((r) => r.name)).toEqual(['阿坝州', '甘孜州', '凉山州']);
    // the issuer at the province's level
    expect(c.issuer).toBe('省法律援助中心');
    expect(resolve({ province: '内蒙古' }).issuer).toBe('自治区法律援助中心');
    expect(resolve({ province: '重庆' }).issuer).toBe('市法律援助中心');
    expect(resolve({ province: '重庆', issuer: '重庆市司法局' }).issuer).toBe('重庆市司法局');
  });

  it('accepts the short and the full forms of a name', () => {
    const forms: [string, string][] = [
      ['四川', '四川省'], ['广西', '广西壮族自治区'], ['广西壮族自治区', '广西壮族自治区'], ['内蒙古', '内蒙古自治区'],
      ['新疆', '新疆维吾尔自治区'], ['宁夏', '宁夏回族自治区'], ['西藏', '西藏自治区'], ['重庆', '重庆市'], [' 北京市 ', '北京市'],
      ['黑龙江', '黑龙江省'],
    ];
    for (const [given, full] of forms) {
      const c = resolve({ province: given });
      expect(c.province, given).toBe(full);
      expect(c.hotlineName, given).toBe(`${full}12348公共法律服务热线`);
    }
  });

  it('the 31 provinces of the mainland, each with its regions; keys and names unique within each', () => {
    expect(provinces()).toHaveLength(31);
    for (const p of provinces()) {
      const regions = derivedRegions(p);
      expect(regions.length, p.name).toBeGreaterThan(0);
      const names = new Set(regions.map((r) => r.name));
      expect(names.size, p.name).toBe(regions.length);
      // every form of one region finds it, and no other
      const match = regionMatcher({ ...DEFAULT_CONFIG, province: p.name, regions });
      const divisions = regionDivisions(p);
      divisions.forEach((d, i) => {
        for (const form of [d.name, shortPlaceName(d.name), placeStem(d.name)]) expect(match(p.name, form), `${p.name} ${form}`).toBe(regions[i]!.name);
      });
      // no placeholder (省直辖县级行政区划, 市辖区) and no code grouping left
      for (const r of regions) expect(r.name, p.name).not.toMatch(/直辖|^县$|市辖区/);
    }
  });

  it('only autonomous prefectures are minority; a municipality has districts and counties', () => {
    const all = provinces().flatMap((p) => derivedRegions(p).map((r) => ({ p, r })));
    for (const { r } of all) expect(r.minority, r.name).toBe(r.aliases.some((a) => a.endsWith('自治州')));
    expect(all.filter(({ r }) => r.minority)).toHaveLength(30);
    const cq = resolve({ province: '重庆' });
    expect(cq.regions).toHaveLength(38);
    expect(cq.regions[0]!.name).toBe('万州区');
    expect(cq.regions.map((r) => r.name)).toContain('石柱县');
    expect(cq.regions.find((r) => r.name === '石柱县')).toEqual({ name: '石柱县', aliases: ['石柱土家族自治县', '石柱'], minority: false });
    expect(resolve({ province: '上海' }).regions.find((r) => r.name === '浦东新区')!.aliases).toEqual(['浦东']);
    // cities under the province directly (省直辖县级行政区划) are regions of their own
    expect(resolve({ province: '湖北' }).regions.slice(-4).map((r) => r.name)).toEqual(['仙桃市', '潜江市', '天门市', '神农架林区']);
    // 地区 and 盟 keep their names
    expect(resolve({ province: '内蒙古' }).regions.slice(-3).map((r) => r.name)).toEqual(['兴安盟', '锡林郭勒盟', '阿拉善盟']);
    expect(resolve({ province: '新疆' }).regions.map((r) => r.name)).toContain('阿克苏地区');
    expect(resolve({ province: '新疆' }).regions.find((r) => r.name === '伊犁州')).toEqual({ name: '伊犁州', aliases: ['伊犁哈萨克自治州', '伊犁'], minority: true });
  });

  it('the built-in Guizhou keeps its own order and wording', () => {
    for (const given of ['贵州', '贵州省']) {
      const c = resolve({ province: given });
      expect(c.regions).toBe(DEFAULT_CONFIG.regions);
      expect(c.hotlineName).toBe(DEFAULT_CONFIG.hotlineName);
    }
    // the code order (六盘水 520200 before 遵义 520300, 黔西南 522300 first of the 自治州) is not the seed's
    const byCode = derivedRegions(findProvince('贵州')!).map((r) => r.name);
    expect(byCode.slice(0, 3)).toEqual(['贵阳市', '六盘水市', '遵义市']);
    expect(resolve({ province: '贵州' }).regions.map((r) => r.name).slice(0, 3)).toEqual(['贵阳市', '遵义市', '六盘水市']);
  });

  it('an unknown province is an error listing the nearest names', () => {
    expect(error({ province: '四州' })).toBe('hotline.config.json: province "四州" is not a province of mainland China (nearest: 四川省, 贵州省, 北京市)');
    expect(error({ province: '黑龙省' })).toMatch(/nearest: 黑龙江省/);
  });
});

describe('fields in the file override what is derived', () => {
  it('hotlineName, issuer and regions given stay as given', () => {
    const c = resolve({ province: '四川', hotlineName: '成都市12348热线', issuer: '四川省法律援助中心', regions: ['成都', { name: '凉山州', aliases: ['大凉山'] }, { name: '阿坝州', minority: false }, '天府新区'] });
    expect(c.hotlineName).toBe('成都市12348热线');
    expect(c.issuer).toBe('四川省法律援助中心');
    expect(c.regions).toEqual([
      { name: '成都', aliases: ['成都市'], minority: false },
      { name: '凉山州', aliases: ['大凉山'], minority: true },
      { name: '阿坝州', aliases: ['阿坝藏族羌族自治州', '阿坝'], minority: false },
      { name: '天府新区', aliases: [], minority: false },
    ]);
  });

  it('a field naming another province than `province` is an error naming the field', () => {
    expect(error({ province: '四川省', hotlineName: '贵州省12348公共法律服务热线' })).toBe(
      'hotline.config.json: hotlineName "贵州省12348公共法律服务热线" names 贵州省, but province is 四川省',
    );
    expect(error({ hotlineName: '四川省12348公共法律服务热线' })).toMatch(/hotlineName .* names 四川省, but province is 贵州省 \(the built-in default; set "province"\)$/);
    expect(error({ province: '江苏', issuer: '贵州省司法厅' })).toMatch(/: issuer "贵州省司法厅" names 贵州省, but province is 江苏省$/);
    expect(error({ province: '四川省', regions: ['成都市', '贵阳市'] })).toBe('hotline.config.json: regions[1] "贵阳市" is in 贵州省, but province is 四川省');
    expect(error({ province: '四川省', regions: ['黔东南苗族侗族自治州'] })).toMatch(/regions\[0\] .* is in 贵州省/);
    expect(error({ province: '四川省', regions: ['重庆'] })).toMatch(/regions\[0\] "重庆" is in 重庆市/);
    expect(error({ regions: ['成都市'] })).toMatch(/regions\[0\] "成都市" is in 四川省, but province is 贵州省 \(the built-in default/);
    expect(error({ province: '四川', regions: ['成都', '成都市'] })).toMatch(/regions\[1\] "成都市" is the same place as regions\[0\] "成都"$/);
  });

  it('a place of the province itself is not read as another province', () => {
    // 天津市 has a 河北区, 青海省 a 海南州, 吉林省 a 吉林市
    expect(resolve({ province: '天津', issuer: '天津市河北区司法局', regions: ['河北区'] }).regions[0]!.name).toBe('河北区');
    expect(resolve({ province: '青海', issuer: '海南州司法局' }).issuer).toBe('海南州司法局');
    expect(resolve({ province: '吉林', hotlineName: '吉林省12348', regions: ['吉林市'] }).regions[0]!.name).toBe('吉林市');
  });
});

describe('place names', () => {
  it('short forms and stems', () => {
    const cases: [string, string, string][] = [
      ['凉山彝族自治州', '凉山州', '凉山'],
      ['阿坝藏族羌族自治州', '阿坝州', '阿坝'],
      ['伊犁哈萨克自治州', '伊犁州', '伊犁'],
      ['克孜勒苏柯尔克孜自治州', '克孜勒苏州', '克孜勒苏'],
      ['大理白族自治州', '大理州', '大理'],
      ['龙胜各族自治县', '龙胜县', '龙胜'],
      ['东乡族自治县', '东乡族自治县', '东乡族自治县'],
      ['阿克苏地区', '阿克苏地区', '阿克苏'],
      ['锡林郭勒盟', '锡林郭勒盟', '锡林郭勒'],
      ['成都市', '成都市', '成都'],
      ['忠县', '忠县', '忠县'],
      ['浦东新区', '浦东新区', '浦东'],
    ];
    for (const [full, short, stem] of cases) {
      expect(shortPlaceName(full), full).toBe(short);
      expect(placeStem(full), full).toBe(stem);
      expect(cityKey(short), short).toBe(stem);
    }
  });

  it('property: every autonomous division of the data has a stem free of ethnic names', () => {
    const names = provinces().flatMap((p) => regionDivisions(p).map((d) => d.name)).filter((n) => n.includes('自治'));
    fc.assert(
      fc.property(fc.constantFrom(...names), (n) => {
        const stem = placeStem(n);
        return stem === n || (!stem.includes('族') && !stem.includes('自治') && stem.length >= 2);
      }),
    );
  });

  it('findProvince', () => {
    expect(findProvince('台湾')).toBeUndefined();
    expect(findProvince('广西壮族自治区')!.code).toBe('450000');
  });

  it('namesAProvince: every provincial division in its full and short forms, 港澳台 too; not 未知, 其他, 国外 or a city', () => {
    for (const n of ['贵州省', '贵州', '内蒙古自治区', '内蒙古', '新疆维吾尔自治区', '新疆', '北京市', '北京', '香港特别行政区', '香港', '澳门', '台湾省', '广西壮族自治区']) expect(namesAProvince(n), n).toBe(true);
    for (const n of ['未知', '其他', '国外', '海外', '贵阳市', '省', '']) expect(namesAProvince(n), n).toBe(false);
  });
});

describe('regionTerms', () => {
  it('names the regions and the rest of the country as each province does', () => {
    const terms = (p: string) => {
      const c = resolve({ province: p });
      return regionTerms(c.province, c.regions.map((r) => r.name));
    };
    expect(regionTerms(DEFAULT_CONFIG.province, DEFAULT_CONFIG.regions.map((r) => r.name))).toEqual({ regions: '市州', outside: '省外' });
    expect(terms('四川')).toEqual({ regions: '市州', outside: '省外' });
    expect(terms('江苏')).toEqual({ regions: '市', outside: '省外' });
    expect(terms('内蒙古')).toEqual({ regions: '盟市', outside: '区外' });
    expect(terms('新疆')).toEqual({ regions: '地州市', outside: '区外' });
    expect(terms('西藏')).toEqual({ regions: '地市', outside: '区外' });
    expect(terms('海南')).toEqual({ regions: '市县', outside: '省外' });
    expect(terms('重庆')).toEqual({ regions: '区县', outside: '市外' });
    expect(terms('北京')).toEqual({ regions: '区', outside: '市外' });
  });
});

describe('calls find their region in the forms CTI systems write', () => {
  it('full, short, bare, after the province, and a municipality named as itself', () => {
    const sc = resolve({ province: '四川' });
    const match = regionMatcher(sc);
    for (const city of ['凉山彝族自治州', '凉山州', '凉山', '四川省凉山彝族自治州', '四川凉山', ' 凉山 州 ']) expect(match('四川省', city), city).toBe('凉山州');
    for (const city of ['成都', '成都市', '四川成都']) expect(match('四川', city), city).toBe('成都市');
    expect(match('四川省', '四川省')).toBe('未知');
    expect(match('四川省', '天府新区')).toBe('未知');
    expect(match('广西壮族自治区', '南宁市')).toBe('其他省市');
    // 重庆市's calls by district; the municipality itself only where it is listed as a region
    const cq = resolve({ province: '重庆' });
    expect(regionMatcher(cq)('重庆', '渝中')).toBe('渝中区');
    expect(regionMatcher(cq)('重庆市', '石柱土家族自治县')).toBe('石柱县');
    expect(regionMatcher(cq)('重庆市', '重庆市')).toBe('未知');
    const withCity = resolve({ province: '重庆', regions: ['渝中区', '重庆市'] });
    expect(withCity.regions[1]).toEqual({ name: '重庆市', aliases: [], minority: false });
    expect(regionMatcher(withCity)('重庆市', '重庆')).toBe('重庆市');
    expect(regionMatcher(withCity)('重庆市', '渝中')).toBe('渝中区');
  });
});
