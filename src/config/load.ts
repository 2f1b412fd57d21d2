/**
 * hotline.config.json → the resolved HotlineConfig (report.md "Config"), and
 * the region matcher built from it (metrics.md `regions.rows`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../read/errors.js';
import { DEFAULT_CONFIG } from './default.js';
import { placeStem } from './place-names.js';
import { provinceKey } from './province.js';
import { resolveProvince } from './province-fields.js';
import type { DocxFonts, HotlineConfig, PdfFonts } from './types.js';
import { parseExports } from './exports.js';

export { provinceKey };

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
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new InputError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // an editor's ANSI (GBK on a Chinese Windows) or "Unicode" (UTF-16): read as UTF-8, its Chinese
    // values would turn into nonsense that the field checks then report as wrong names
    throw new InputError(`${file}: not UTF-8 text; save it again as UTF-8 (in Notepad: Save as, Encoding UTF-8)`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  return resolveConfig(raw, file);
}

const KNOWN = ['hotlineName', 'province', 'regions', 'issuer', 'calendar', 'fonts', 'exports'];

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
  let regions: readonly GivenRegion[] | undefined;
  if (raw.regions !== undefined) {
    if (!Array.isArray(raw.regions)) bad('regions', 'must be a list of { name, aliases, minority }');
    // no region: every in-province call would be counted as 未知, a report with an empty section 二
    if ((raw.regions as unknown[]).length === 0) bad('regions', 'is empty: list the regions (市州) of the province, or leave the field out for the built-in ones');
    regions = (raw.regions as unknown[]).map((r, i): GivenRegion => {
      const at = `regions[${i}]`;
      if (typeof r === 'string' && r.trim() !== '') return { name: r.trim() };
      if (!isObject(r)) return bad(at, 'must be a name or an object { name, aliases, minority }');
      const name = str(r, 'name', `${at}.name`, '');
      if (name === '') bad(`${at}.name`, 'is required');
      const aliases = r.aliases;
      if (aliases !== undefined && (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string'))) bad(`${at}.aliases`, 'must be a list of strings');
      const minority = r.minority;
      if (minority !== undefined && typeof minority !== 'boolean') bad(`${at}.minority`, 'must be true or false');
      return {
        name,
        aliases: (aliases as string[] | undefined)?.map((a) => a.trim()).filter((a) => a !== ''),
        minority: minority as boolean | undefined,
      };
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
  // the province, and what it gives the fields the file leaves out (./province-fields.ts)
  const place = resolveProvince(
    {
      province: raw.province === undefined ? undefined : str(raw, 'province', 'province', ''),
      hotlineName: raw.hotlineName === undefined ? undefined : str(raw, 'hotlineName', 'hotlineName', ''),
      issuer: raw.issuer === undefined ? undefined : str(raw, 'issuer', 'issuer', ''),
      regions,
    },
    bad,
  );
  // every mistake in the exports' mapping at once, one line each (src/config/exports.ts)
  const mapped = raw.exports === undefined ? undefined : parseExports(raw.exports, file);
  if (mapped !== undefined && mapped.errors.length > 0) throw new InputError(mapped.errors.join('\n'));
  return {
    hotlineName: place.hotlineName,
    province: place.province,
    regions: place.regions,
    issuer: place.issuer,
    calendar: calendar as 'cn' | 'weekdays',
    fonts,
    ...(mapped === undefined ? {} : { exports: mapped.exports }),
  };
}

/** A region as the file gives it: a bare name, or an object whose left-out fields the province's data fill in. */
export interface GivenRegion {
  readonly name: string;
  readonly aliases?: readonly string[] | undefined;
  readonly minority?: boolean | undefined;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/* ------------------------------------------------------------------------ */
/* Regions                                                                   */

export const OTHER_PROVINCES = '其他省市';
export const UNKNOWN_REGION = '未知';

/**
 * A city name without its administrative suffix and ethnic groups:
 * `贵阳市` → `贵阳`, `黔东南苗族侗族自治州` and `黔东南州` → `黔东南`,
 * `伊犁哈萨克自治州` → `伊犁`, `渝中区` → `渝中` (./place-names.ts). So a city
 * written in any of these forms finds its region.
 */
export function cityKey(name: string): string {
  return placeStem(name);
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
  // a city written after its province (`四川省成都市`, `四川成都`), as some systems give it
  const home = config.province.replace(/\s+/g, '');
  const homeKey = provinceKey(home);
  const find = (s: string): string | undefined => byKey.get(s) ?? byKey.get(cityKey(s));
  return (province, city) => {
    const c = classify(province);
    if (c === 'blank') return UNKNOWN_REGION;
    if (c === 'out') return OTHER_PROVINCES;
    if (city === null) return UNKNOWN_REGION;
    let name = cityCache.get(city);
    if (name === undefined) {
      const s = city.replace(/\s+/g, '');
      const bare = s.startsWith(home) ? s.slice(home.length) : s.startsWith(homeKey) ? s.slice(homeKey.length) : s;
      name = s === '' ? UNKNOWN_REGION : find(s) ?? (bare !== s && bare !== '' ? find(bare) : undefined) ?? UNKNOWN_REGION;
      cityCache.set(city, name);
    }
    return name;
  };
}
