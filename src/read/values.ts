/**
 * Value parsers for enumerated, boolean and numeric cells. Enumerations are
 * interned: a Map from every accepted spelling to the one canonical string,
 * so records share a handful of strings instead of a million copies.
 */

export interface EnumSpec<T extends string> {
  /** canonical value of an accepted spelling (after trimming; English case-insensitive), or undefined */
  readonly lookup: (raw: string) => T | undefined;
  /** for messages: `one of 接通, 呼叫失败 (or aliases)` */
  readonly expected: string;
  /** the canonical values, then the aliases (a config's value mapping is checked against them) */
  readonly names: readonly string[];
}

export function enumSpec<T extends string>(
  values: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): EnumSpec<T> {
  const map = new Map<string, T>();
  for (const v of values) map.set(v, v);
  for (const [alias, v] of Object.entries(aliases)) map.set(alias, v);
  for (const [k, v] of [...map]) map.set(k.toLowerCase(), v);
  const hasAliases = Object.keys(aliases).length > 0;
  return {
    // the exact spelling is the common case: one Map lookup, no allocation
    lookup: (raw) => map.get(raw) ?? map.get(raw.trim().toLowerCase()),
    expected: `one of ${values.join(', ')}${hasAliases ? ' (or aliases)' : ''}`,
    names: [...values, ...Object.keys(aliases)],
  };
}

/** `是`/`否` and the aliases of data-format.md (`upheld`, `passed`). */
export const BOOL = enumSpec<'是' | '否'>(['是', '否'], {
  true: '是', false: '否', '1': '是', '0': '否', 成立: '是', 不成立: '否',
  yes: '是', no: '否', y: '是', n: '否',
});

/** A whole number ≥ 0 (trimmed cell); NaN otherwise. `12.0` is accepted as 12 (Excel). */
export function parseCount(s: string): number {
  let n = 0;
  const len = s.length;
  let i = 0;
  for (; i < len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  if (i === 0) return NaN;
  if (i === len) return n;
  // a trailing `.0…` (numbers re-saved by a spreadsheet)
  if (s.charCodeAt(i) !== 46) return NaN;
  for (i++; i < len; i++) if (s.charCodeAt(i) !== 48) return NaN;
  return n;
}

/** A decimal number (trimmed cell); NaN otherwise. */
export function parseNumber(s: string): number {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return NaN;
  return Number(s);
}

/** Shows a cell in a message: quoted, on one line, cut when long. */
export function quote(value: string): string {
  const one = maskPhones(value).replace(/[\r\n]+/g, ' ');
  return `"${one.length > 40 ? `${one.slice(0, 40)}…` : one}"`;
}

// mobile numbers (optionally +86 / 0086), and landlines with their 0-led area
// code (optionally in brackets); each may be written in groups split by a
// hyphen or a space, as people type them (`139 1234 5678`, `(0851)8680-1234`)
const PHONE = /(?<!\d)(?:(?:(?:\+|00)?86[- ]?)?(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})|([(（]?0\d{2,3}[)）]?)([- ]?)(\d{3,4})[- ]?(\d{4}))(?!\d)/g;

/**
 * Caller numbers are personal data (data-format.md): wherever a value from
 * the data can reach a message or a report as text, a phone-like number in it
 * is shown as `138****1234` (a landline as `0851-****1234`). Digit runs that
 * are not phone-shaped (ids, counts, 12348) are left as they are.
 */
export function maskPhones(text: string): string {
  // every form ends in a run of 4 digits: most text (Chinese, short codes) is passed at once
  if (!/\d{4}/.test(text)) return text;
  return text.replace(PHONE, (_m, mp?: string, _mm?: string, ml?: string, area?: string, sep?: string, _lm?: string, ll?: string) =>
    mp !== undefined ? `${mp}****${ml}` : `${area}${sep}****${ll}`,
  );
}
