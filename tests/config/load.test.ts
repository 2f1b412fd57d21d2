import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { cityKey, loadConfig, provinceMatcher, regionMatcher } from '../../src/config/load.js';
import { InputError } from '../../src/read/index.js';

const dir = mkdtempSync(join(tmpdir(), 'hotline-config-'));
const write = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const cwd = process.cwd();
afterEach(() => process.chdir(cwd));

describe('loadConfig', () => {
  it('gives the default without a file, and finds ./hotline.config.json', () => {
    const empty = mkdtempSync(join(tmpdir(), 'hotline-cwd-'));
    process.chdir(empty);
    expect(loadConfig()).toBe(DEFAULT_CONFIG);
    writeFileSync(join(empty, 'hotline.config.json'), JSON.stringify({ issuer: '某中心' }));
    expect(loadConfig().issuer).toBe('某中心');
  });

  it('lays the file over the default', () => {
    const p = write('a.json', JSON.stringify({
      hotlineName: '云南省12348公共法律服务热线',
      province: '云南省',
      regions: [{ name: '昆明市', aliases: ['昆明'] }, { name: '大理州', aliases: ['大理白族自治州'], minority: true }, '玉溪市'],
      calendar: 'weekdays',
      fonts: { docx: { body: '宋体' }, pdf: { body: '/fonts/x.ttf' } },
    }));
    const c = loadConfig(p);
    expect(c.hotlineName).toBe('云南省12348公共法律服务热线');
    expect(c.issuer).toBe(DEFAULT_CONFIG.issuer);
    expect(c.calendar).toBe('weekdays');
    expect(c.regions).toEqual([
      { name: '昆明市', aliases: ['昆明'], minority: false },
      { name: '大理州', aliases: ['大理白族自治州'], minority: true },
      // a bare name takes its other spellings from the province's divisions
      { name: '玉溪市', aliases: ['玉溪'], minority: false },
    ]);
    expect(c.fonts.docx).toEqual({ ...DEFAULT_CONFIG.fonts.docx, body: '宋体' });
    expect(c.fonts.pdf).toEqual({ body: '/fonts/x.ttf', heading: null });
  });

  it('one-line InputErrors naming the file and the field', () => {
    const cases: [string, RegExp][] = [
      ['{ "issuer": ', /^.*bad1\.json: not valid JSON \(/],
      ['{ "calender": "cn" }', /bad2\.json: unknown field "calender" \(known: /],
      ['{ "calendar": "lunar" }', /bad3\.json: calendar must be "cn" or "weekdays"$/],
      ['{ "regions": [{ "aliases": [] }] }', /bad4\.json: regions\[0\]\.name is required$/],
      ['{ "regions": [{ "name": "a", "minority": "yes" }] }', /bad5\.json: regions\[0\]\.minority must be true or false$/],
      ['[1]', /bad6\.json: the top level must be a JSON object$/],
      ['{ "province": "" }', /bad7\.json: province must be a non-empty string$/],
    ];
    cases.forEach(([text, re], i) => {
      const p = write(`bad${i + 1}.json`, text);
      let err: unknown;
      try {
        loadConfig(p);
      } catch (e) {
        err = e;
      }
      expect(err, text).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(re);
      expect((err as Error).message).not.toContain('\n');
    });
    expect(() => loadConfig(join(dir, 'none.json'))).toThrow(/none\.json: cannot be read \(ENOENT\)/);
  });

  it('a config saved as GBK or UTF-16 is told to be saved as UTF-8, rather than read into nonsense names', () => {
    const text = '{ "province": "四川省" }';
    for (const [name, bytes] of [['gbk.json', iconv.encode(text, 'gbk')], ['utf16.json', iconv.encode(text, 'utf-16')]] as const) {
      const p = join(dir, name);
      writeFileSync(p, bytes);
      expect(() => loadConfig(p)).toThrow(new RegExp(`^.*${name.replace('.', '\\.')}: not UTF-8 text; save it again as UTF-8`));
    }
    // with or without its BOM, UTF-8 is read
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(loadConfig(bom).province).toBe('四川省');
  });
});

describe('regionMatcher', () => {
  const region = regionMatcher(DEFAULT_CONFIG);

  it('matches names, aliases and suffix forms', () => {
    expect(region('贵州省', '贵阳市')).toBe('贵阳市');
    expect(region('贵州省', '贵阳')).toBe('贵阳市');
    expect(region('贵州', ' 遵义市 ')).toBe('遵义市');
    expect(region('贵州省', '黔东南苗族侗族自治州')).toBe('黔东南州');
    expect(region('贵州省', '黔东南州')).toBe('黔东南州');
    expect(region('贵州省', '黔东南')).toBe('黔东南州');
    expect(region('贵州省', '黔南布依族苗族自治州')).toBe('黔南州');
    expect(region('贵州省', '黔西南布依族苗族自治州')).toBe('黔西南州');
    expect(region('贵州省', '黔西南州')).toBe('黔西南州');
  });

  it('sends in-province blank/unmatched cities and blank provinces to 未知, other provinces to 其他省市', () => {
    expect(region('贵州省', null)).toBe('未知');
    expect(region('贵州省', '  ')).toBe('未知');
    expect(region('贵州省', '成都市')).toBe('未知');
    expect(region(null, '贵阳市')).toBe('未知');
    expect(region(' ', null)).toBe('未知');
    expect(region('四川省', '成都市')).toBe('其他省市');
    expect(region('四川', null)).toBe('其他省市');
  });

  it('provinceMatcher and cityKey', () => {
    const p = provinceMatcher(DEFAULT_CONFIG);
    expect([p('贵州省'), p('贵州'), p('云南省'), p(null), p('')]).toEqual(['in', 'in', 'out', 'blank', 'blank']);
    expect(cityKey('黔东南苗族侗族自治州')).toBe('黔东南');
    expect(cityKey('贵阳市')).toBe('贵阳');
    expect(cityKey('毕节地区')).toBe('毕节');
  });
});
