/**
 * hotline.config.json → the resolved HotlineConfig (report.md "Config"), and
 * the region matcher built from it (metrics.md `regions.rows`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../read/errors.js';
import { DEFAULT_CONFIG } from './default.js';
import type { DocxFonts, HotlineConfig, PdfFonts, RegionConfig } from './types.js';

export const CONFIG_FILE = 'hotline.config.json';

type Json = Record<string, unknown>;

/**
 * Reads `path` (an error when it is missing), else `./hotline.config.json`
 * when present, else the built-in Guizhou default. The file's fields are laid
 * over the default: a field left out keeps its default (`regions`, when
 * given, replaces the whole list; `fonts` merge field by field). A bad file
 * is an InputError with one line naming the file and the field.
 */
export function loadConfig(path?: string): HotlineConfig {
  const file = path ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  if (file === undefined) return DEFAULT_CONFIG;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  return resolveConfig(raw, file);
}

const KNOWN = ['hotlineName', 'province', 'regions', 'issuer', 'calendar', 'fonts'];

/** Validates a parsed config object and lays it over the default. */
export function resolveConfig(raw: unknown, file: string): HotlineConfig {
  const bad = (field: string, what: string): never => {
    throw new InputError(`${file}: ${field} ${what}`);
  };
  if (!isObject(raw)) return bad('the top level', 'must be a JSON object');
  for (const key of Object.keys(raw)) {
    if (!KNOWN.includes(key) && !key.startsWith('$') && !key.startsWith('_')) {
      bad(`unknown field "${key}"`, `(known: ${KNOWN.join(', ')})`);
    }
  }
  const str = (obj: Json, key: string, path: string, fallback: string): string => {
    const v = obj[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || v.trim() === '') return bad(path, 'must be a non-empty string');
    return v.trim();
  };
  const d = DEFAULT_CONFIG;
  let regions: readonly RegionConfig[] = d.regions;
  if (raw.regions !== undefined) {
    if (!Array.isArray(raw.regions)) bad('regions', 'must be a list of { name, aliases, minority }');
    regions = (raw.regions as unknown[]).map((r, i): RegionConfig => {
      const at = `regions[${i}]`;
      if (typeof r === 'string' && r.trim() !== '') return { name: r.trim(), aliases: [], minority: false };
      if (!isObject(r)) return bad(at, 'must be an object { name, aliases, minority }');
      const name = str(r, 'name', `${at}.name`, '');
      if (name === '') bad(`${at}.name`, 'is required');
      const aliases = r.aliases ?? [];
      if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) bad(`${at}.aliases`, 'must be a list of strings');
      const minority = r.minority ?? false;
      if (typeof minority !== 'boolean') bad(`${at}.minority`, 'must be true or false');
      return { name, aliases: (aliases as string[]).map((a) => a.trim()).filter((a) => a !== ''), minority: minority as boolean };
    });
    const names = new Set<string>();
    for (const r of regions) {
      if (names.has(r.name)) bad('regions', `name "${r.name}" appears twice`);
      names.add(r.name);
    }
  }
  const calendar = raw.calendar ?? d.calendar;
  if (calendar !== 'cn' && calendar !== 'weekdays') bad('calendar', 'must be "cn" or "weekdays"');

  let fonts = d.fonts;
  if (raw.fonts !== undefined) {
    if (!isObject(raw.fonts)) bad('fonts', 'must be an object { docx, pdf }');
    const f = raw.fonts as Json;
    let docx: DocxFonts = d.fonts.docx;
    if (f.docx !== undefined) {
      if (!isObject(f.docx)) bad('fonts.docx', 'must be an object');
      const x = f.docx as Json;
      docx = {
        title: str(x, 'title', 'fonts.docx.title', docx.title),
        body: str(x, 'body', 'fonts.docx.body', docx.body),
        heading1: str(x, 'heading1', 'fonts.docx.heading1', docx.heading1),
        heading2: str(x, 'heading2', 'fonts.docx.heading2', docx.heading2),
        latin: str(x, 'latin', 'fonts.docx.latin', docx.latin),
      };
    }
    let pdf: PdfFonts = d.fonts.pdf;
    if (f.pdf !== undefined) {
      if (!isObject(f.pdf)) bad('fonts.pdf', 'must be an object');
      const x = f.pdf as Json;
      const pathOrNull = (key: 'body' | 'heading'): string | null => {
        const v = x[key];
        if (v === undefined) return pdf[key];
        if (v === null) return null;
        if (typeof v !== 'string' || v.trim() === '') return bad(`fonts.pdf.${key}`, 'must be a font file path or null');
        return v;
      };
      pdf = { body: pathOrNull('body'), heading: pathOrNull('heading') };
    }
    fonts = { docx, pdf };
  }
  return {
    hotlineName: str(raw, 'hotlineName', 'hotlineName', d.hotlineName),
    province: str(raw, 'province', 'province', d.province),
    regions,
    issuer: str(raw, 'issuer', 'issuer', d.issuer),
    calendar: calendar as 'cn' | 'weekdays',
    fonts,
  };
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/* ------------------------------------------------------------------------ */
/* Regions                                                                   */

export const OTHER_PROVINCES = '其他省市';
export const UNKNOWN_REGION = '未知';

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;

/** `贵州省`, `贵州` → `贵州`; `广西壮族自治区` → `广西`. */
export function provinceKey(name: string): string {
  const s = name.replace(/\s+/g, '');
  const k = s.replace(PROVINCE_SUFFIX, '');
  return k.length >= 2 ? k : s;
}

const ETHNIC = /(?:苗族|侗族|布依族|彝族|回族|土家族|壮族|藏族|羌族|白族|哈尼族|傣族|景颇族|傈僳族|蒙古族|朝鲜族|哈萨克族|柯尔克孜族|黎族|瑶族|水族|纳西族|仡佬族|土族|撒拉族|维吾尔族|畲族|满族|锡伯族|达斡尔族|鄂伦春族|京族|毛南族|仫佬族|普米族|怒族|独龙族|阿昌族|德昂族|布朗族|拉祜族|佤族|基诺族)$/;

/**
 * A city name without its administrative suffix: `贵阳市` → `贵阳`,
 * `黔东南苗族侗族自治州` and `黔东南州` → `黔东南`. So a city written in any of
 * these forms finds its region.
 */
export function cityKey(name: string): string {
  const s = name.replace(/\s+/g, '');
  let k = s;
  if (k.endsWith('自治州')) {
    k = k.slice(0, -3);
    while (ETHNIC.test(k)) k = k.replace(ETHNIC, '');
  } else {
    k = k.replace(/(?:地区|市|州|盟)$/, '');
  }
  return k.length >= 2 ? k : s;
}

export type ProvinceClass = 'in' | 'out' | 'blank';

/** Tells a caller_province as the configured province, another one, or blank. */
export function provinceMatcher(config: HotlineConfig): (province: string | null) => ProvinceClass {
  const home = provinceKey(config.province);
  const cache = new Map<string, ProvinceClass>();
  return (province) => {
    if (province === null) return 'blank';
    let c = cache.get(province);
    if (c === undefined) {
      const t = province.trim();
      c = t === '' ? 'blank' : provinceKey(t) === home ? 'in' : 'out';
      cache.set(province, c);
    }
    return c;
  };
}

/**
 * The `regions.rows` name a call counts under:
 * - in-province (`贵州` and `贵州省` alike) with a city matching a configured
 *   region's name or alias (exactly, or after dropping 市/州/自治州 and
 *   ethnic-group names) → that region;
 * - in-province with a blank or unmatched city → `未知`;
 * - another, non-blank province → `其他省市`;
 * - a blank province → `未知` as well. metrics.md counts such calls in
 *   neither `inProvince` nor `outOfProvince` (they are `unknownProvince`);
 *   sending them to `未知` keeps the rows adding up to `answered`.
 * Results are cached: a report asks this once per call.
 */
export function regionMatcher(config: HotlineConfig): (province: string | null, city: string | null) => string {
  const byKey = new Map<string, string>();
  // exact spellings first, so a configured alias always wins over a suffix-stripped one
  for (const r of config.regions) for (const n of [r.name, ...r.aliases]) byKey.set(n.replace(/\s+/g, ''), r.name);
  for (const r of config.regions) {
    for (const n of [r.name, ...r.aliases]) {
      const k = cityKey(n);
      if (!byKey.has(k)) byKey.set(k, r.name);
    }
  }
  const classify = provinceMatcher(config);
  const cityCache = new Map<string, string>();
  return (province, city) => {
    const c = classify(province);
    if (c === 'blank') return UNKNOWN_REGION;
    if (c === 'out') return OTHER_PROVINCES;
    if (city === null) return UNKNOWN_REGION;
    let name = cityCache.get(city);
    if (name === undefined) {
      const s = city.replace(/\s+/g, '');
      name = s === '' ? UNKNOWN_REGION : byKey.get(s) ?? byKey.get(cityKey(s)) ?? UNKNOWN_REGION;
      cityCache.set(city, name);
    }
    return name;
  };
}
