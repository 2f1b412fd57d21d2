/**
 * A cell's text as the export's rows carry it: what the CSV of the same sheet
 * would hold, so that the same row rules apply.
 *
 * - Number cells whose style is a date format are date-times: Excel stores
 *   them as days since 1899-12-30 (or 1904-01-01), fractions of a day for the
 *   time, so 10:00:00 may be 0.41666666…; they are rounded to the nearest
 *   second and written `YYYY-MM-DD HH:mm:ss`, also when the format shows
 *   the date alone (`HH:mm:ss` for a time-only format under one day). No time zone is involved: the serial number is the wall
 *   clock it shows.
 * - Other number cells are written as Excel's General format shows a whole
 *   number or a decimal: `3`, not `3.0`; an integral value is never written
 *   in exponent form, and the digits are those of the XML (an 18-digit id
 *   stored as a number has already lost its last digits in Excel; what the
 *   file says is kept, not rounded again through a double).
 */
import { civilFromDays } from '../../period/local-time.js';

/** How a number format shows a number. */
export const enum Shown {
  number = 0,
  date = 1,
  dateTime = 2,
  time = 3,
}

/**
 * Built-in formats (ECMA-376 18.8.30): 14–17 dates, 18–21 times, 22 date
 * and time, 45–47 times (mm:ss, [h]:mm:ss, mm:ss.0). 27–36 and 50–58 are
 * the East Asian built-ins, dates and times in a Chinese, Japanese or Korean
 * Excel (e.g. 31 `yyyy"年"m"月"d"日"`, 32–35 `h"时"mm"分"…`), which Chinese
 * platforms' workbooks do use.
 */
export function builtinShown(id: number): Shown {
  if (id >= 14 && id <= 17) return Shown.date;
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || (id >= 32 && id <= 35)) return Shown.time;
  if (id === 22) return Shown.dateTime;
  if ((id >= 27 && id <= 31) || id === 36 || (id >= 50 && id <= 58)) return Shown.date;
  return Shown.number;
}

/**
 * A custom format code: a date when, outside quoted text, escaped characters
 * and bracketed parts (colours, locales, conditions), it has y, m, d, h or s
 * codes; a time when it has h or s (or elapsed `[h]`, `[mm]`, `[ss]`) and
 * no y or d. Only the first section (positive numbers) counts.
 */
export function customShown(code: string): Shown {
  let s = '';
  let elapsed = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i] as string;
    if (c === '"') {
      const j = code.indexOf('"', i + 1);
      i = j < 0 ? code.length : j;
    } else if (c === '\\' || c === '_' || c === '*') {
      i++;
    } else if (c === '[') {
      const j = code.indexOf(']', i + 1);
      const inner = code.slice(i + 1, j < 0 ? code.length : j).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) elapsed = true;
      i = j < 0 ? code.length : j;
    } else if (c === ';') {
      break;
    } else {
      s += c.toLowerCase();
    }
  }
  // `General` and scientific `0.00E+00` hold an e that is no era year
  s = s.replace(/general/g, '').replace(/e[+-]/g, '');
  const date = /[yde]/.test(s);
  const time = elapsed || /[hs]/.test(s);
  if (date && time) return Shown.dateTime;
  if (date) return Shown.date;
  if (time) return Shown.time;
  // m alone: months (`mmm yyyy` has y; a format of only m codes is a month)
  return /m/.test(s) ? Shown.date : Shown.number;
}

const p2 = (n: number): string => (n < 10 ? `0${n}` : String(n));


/** Serial 25569 is 1970-01-01 in the 1900 system; 24107 in the 1904 one. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

/**
 * A date serial → wall-clock seconds since 1970-01-01, rounded to the
 * nearest second. In the 1900 system Excel counts a 1900-02-29 that never
 * was (serial 60): serials before it are one day later than the count says.
 */
export function serialSeconds(serial: number, date1904: boolean): number {
  let days = serial - (date1904 ? EPOCH_1904 : EPOCH_1900);
  if (!date1904 && serial < 60) days += 1;
  return Math.round(days * 86_400);
}

/** The text of a date cell; null when the number is no date Excel would show (negative, or past year 9999). */
export function dateText(serial: number, shown: Shown, date1904: boolean): string | null {
  if (!(serial >= 0) || serial > 2_958_465) return null;
  const secs = serialSeconds(serial, date1904);
  const days = Math.floor(secs / 86_400);
  const t = secs - days * 86_400;
  const time = `${p2(Math.floor(t / 3600))}:${p2(Math.floor(t / 60) % 60)}:${p2(t % 60)}`;
  if (shown === Shown.time && serial < 1) return time;
  const { year: y, month: m, day: d } = civilFromDays(days);
  // a date-time even when the format shows the date alone: data-format.md reads date cells as date-times, and a
  // date-time column refuses a bare date (a date column takes the date of a date-time)
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${p2(m)}-${p2(d)} ${time}`;
}

/**
 * A number cell's `<v>` as General shows it: integral values in plain digits
 * (`3.0` → `3`, `1.2345E+17` → `123450000000000000`), others as the shortest
 * decimal of the double (`0.1`, not `0.10000000000000001`).
 */
export function numberText(v: string): string {
  // the common case: plain digits, optionally signed
  const i = v.charCodeAt(0) === 45 ? 1 : 0;
  if (i < v.length) {
    let k = i;
    for (; k < v.length; k++) {
      const c = v.charCodeAt(k);
      if (c < 48 || c > 57) break;
    }
    if (k === v.length) return v;
  }
  const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(v);
  if (m === null || (m[2] === '' && (m[3] ?? '') === '')) return v.trim();
  const sign = m[1] === '-' ? '-' : '';
  const intPart = m[2] as string;
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0');
  // the digits and where the point goes, in decimal, so an integral value keeps the file's digits
  const digits = intPart + frac;
  const point = intPart.length + exp;
  const fracDigits = point >= digits.length ? '' : digits.slice(Math.max(0, point));
  if (/^0*$/.test(fracDigits) && point <= 400) {
    const whole = point <= 0 ? '0' : (digits + '0'.repeat(Math.max(0, point - digits.length))).slice(0, point).replace(/^0+(?=\d)/, '');
    return whole === '0' ? '0' : sign + whole;
  }
  const n = Number(v);
  return Number.isFinite(n) ? String(n) : v.trim();
}
