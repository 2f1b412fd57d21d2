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
  /** the canonical values */
  readonly values: readonly T[];
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
    values,
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

/** How many characters of a value a message shows before cutting it with `…`. */
const SHOWN_CHARS = 40;

/**
 * Shows a cell in a message: quoted, phone numbers masked (in any digit
 * width), control characters escaped (a NUL as `\0`, a tab as `\t`, others
 * as `\xNN`), so that a message is one line of plain text whatever the file
 * holds; cut when long.
 */
export function quote(value: string): string {
  const masked = maskPhones(value);
  const chars = Array.from(masked); // by code point: a cut never splits a surrogate pair
  // masked again after the cut: cutting a longer digit run can leave a phone-shaped one
  const cut = chars.length > SHOWN_CHARS ? `${maskPhones(chars.slice(0, SHOWN_CHARS).join(''))}…` : masked;
  return `"${escapeControls(cut)}"`;
}

/** Text from the data (a header, a city name) shown in a message, unquoted: phone numbers masked, control characters escaped. */
export function shown(text: string): string {
  return escapeControls(maskPhones(text));
}

const ESCAPES: Readonly<Record<string, string>> = { '\0': '\\0', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators, as escapes. */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const e = ESCAPES[c];
    if (e !== undefined) return e;
    const n = c.charCodeAt(0);
    return n > 0xff ? `\\u${n.toString(16)}` : `\\x${n.toString(16).padStart(2, '0')}`;
  });
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
  // digits of other widths (１３８…, as a Chinese input method types them) are read as ASCII digits
  const t = OTHER_DIGIT.test(text) ? asciiDigits(text) : text;
  // every form ends in a run of 4 digits: most text (Chinese, short codes) is passed at once
  if (!/\d{4}/.test(t)) return text;
  const masked = t.replace(PHONE, (_m, mp?: string, _mm?: string, ml?: string, area?: string, sep?: string, _lm?: string, ll?: string) =>
    mp !== undefined ? `${mp}****${ml}` : `${area}${sep}****${ll}`,
  );
  return masked === t ? text : masked;
}

/** a decimal digit that is not ASCII (full-width, or of another script) */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;

/**
 * Every decimal digit made ASCII. Unicode lays each script's digits out as
 * runs of 0 to 9 (several runs back to back for the mathematical digits),
 * so a digit's value is its distance from the start of its run, modulo 10.
 */
function asciiDigits(text: string): string {
  return text.replace(/(?![0-9])\p{Nd}/gu, (d) => {
    let cp = d.codePointAt(0) as number;
    const at = cp;
    while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) cp--;
    return String((at - cp) % 10);
  });
}
