/**
 * Date and date-time cells → LocalSeconds, parsed by hand (no regex, no Date):
 * this runs once per row of a million-row file.
 *
 * Accepted: `YYYY-MM-DD HH:mm:ss`, `YYYY-MM-DD HH:mm`, `YYYY/M/D H:mm[:ss]`,
 * ISO `YYYY-MM-DDTHH:mm:ss`; more generally date separator `-` or `/`, month,
 * day and hour of 1 or 2 digits, optional seconds and optional fraction of a
 * second (dropped). Dates: `YYYY-MM-DD`, `YYYY/M/D`. And the Chinese form
 * (data-format.md, "Your platform's exports as they are"): `2025年1月3日`,
 * `2025年01月03日 10:05:00`, `2025年1月3日 10:05`.
 */
import type { LocalSeconds } from '../records.js';
import { daysFromCivil, daysInMonth } from '../period/local-time.js';

const D0 = 48;
/** 年, 月, 日 */
const YEAR = 0x5e74;
const MONTH = 0x6708;
const DAY = 0x65e5;

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - D0;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Parses from position 0; returns LocalSeconds, or NaN when the text is not
 * one of the forms. `wantTime`: 'required' (date-time column), 'optional'
 * (date column: a date-time is accepted and its date taken).
 */
function parse(s: string, wantTime: boolean): LocalSeconds {
  const len = s.length;
  if (len < 8) return NaN;
  const y0 = digit(s, 0), y1 = digit(s, 1), y2 = digit(s, 2), y3 = digit(s, 3);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0) return NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const sep = s.charCodeAt(4);
  // 年 月 日: the Chinese form, whose separators differ
  const zh = sep === YEAR;
  if (sep !== 45 && sep !== 47 && !zh) return NaN; // - or /
  let i = 5;
  let month = digit(s, i++);
  if (month < 0) return NaN;
  let d = digit(s, i);
  if (d >= 0) { month = month * 10 + d; i++; }
  if (s.charCodeAt(i++) !== (zh ? MONTH : sep)) return NaN;
  let day = digit(s, i++);
  if (day < 0) return NaN;
  d = digit(s, i);
  if (d >= 0) { day = day * 10 + d; i++; }
  if (zh && s.charCodeAt(i++) !== DAY) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  const days = daysFromCivil(year, month, day) * 86_400;
  if (i === len) return wantTime ? NaN : days;
  const t = s.charCodeAt(i);
  if (zh) {
    // `2025年1月3日 10:05:00`, the space optional after 日
    if (t === 32) i++;
  } else {
    if (t !== 32 && t !== 84) return NaN; // space or T
    i++;
  }
  while (s.charCodeAt(i) === 32) i++;
  let hour = digit(s, i++);
  if (hour < 0) return NaN;
  d = digit(s, i);
  if (d >= 0) { hour = hour * 10 + d; i++; }
  if (s.charCodeAt(i++) !== 58) return NaN; // :
  const m0 = digit(s, i), m1 = digit(s, i + 1);
  if (m0 < 0 || m1 < 0) return NaN;
  const minute = m0 * 10 + m1;
  i += 2;
  let second = 0;
  if (i < len && s.charCodeAt(i) === 58) {
    const s0 = digit(s, i + 1), s1 = digit(s, i + 2);
    if (s0 < 0 || s1 < 0) return NaN;
    second = s0 * 10 + s1;
    i += 3;
    if (i < len && s.charCodeAt(i) === 46) { // .fraction
      i++;
      const from = i;
      while (digit(s, i) >= 0) i++;
      if (i === from) return NaN;
    }
  }
  if (i !== len || hour > 23 || minute > 59 || second > 59) return NaN;
  return wantTime ? days + hour * 3600 + minute * 60 + second : days;
}

/** Years of the month tables of parseDateTimeAt's fast path. */
const TABLE_FIRST_YEAR = 1970;
const TABLE_YEARS = 130;
/** per month from January 1970: its first day (days since 1970-01-01), and its days */
const MONTH_FIRST_DAY = new Int32Array(TABLE_YEARS * 12);
const MONTH_LENGTH = new Uint8Array(TABLE_YEARS * 12);
for (let m = 0; m < TABLE_YEARS * 12; m++) {
  const year = TABLE_FIRST_YEAR + Math.floor(m / 12);
  MONTH_FIRST_DAY[m] = daysFromCivil(year, (m % 12) + 1, 1);
  MONTH_LENGTH[m] = daysInMonth(year, (m % 12) + 1);
}

/** A date-time cell (trimmed); NaN when unparsable. A bare date is not a date-time. */
export function parseDateTime(s: string): LocalSeconds {
  return parse(s, true);
}

/** A date cell (trimmed) → 00:00 of that day; a date-time is accepted and its date taken. NaN when unparsable. */
export function parseDate(s: string): LocalSeconds {
  return parse(s, false);
}

/**
 * `parseDateTime(s.slice(a, b))` without the slice for the common
 * `YYYY-MM-DD HH:mm:ss` form (digits read at fixed places); any other text
 * takes the general parser.
 */
export function parseDateTimeAt(s: string, a: number, b: number): LocalSeconds {
  if (b - a === 19 && s.charCodeAt(a + 4) === 45 && s.charCodeAt(a + 7) === 45 && s.charCodeAt(a + 10) === 32 &&
      s.charCodeAt(a + 13) === 58 && s.charCodeAt(a + 16) === 58) {
    // the digits' values, read in place (no call per digit, which V8 might not inline)
    const y0 = s.charCodeAt(a) - D0, y1 = s.charCodeAt(a + 1) - D0, y2 = s.charCodeAt(a + 2) - D0, y3 = s.charCodeAt(a + 3) - D0;
    const mo0 = s.charCodeAt(a + 5) - D0, mo1 = s.charCodeAt(a + 6) - D0, d0 = s.charCodeAt(a + 8) - D0, d1 = s.charCodeAt(a + 9) - D0;
    const h0 = s.charCodeAt(a + 11) - D0, h1 = s.charCodeAt(a + 12) - D0, mi0 = s.charCodeAt(a + 14) - D0, mi1 = s.charCodeAt(a + 15) - D0;
    const s0 = s.charCodeAt(a + 17) - D0, s1 = s.charCodeAt(a + 18) - D0;
    // a value is a digit when neither it nor 9 minus it is negative: one OR of the signs finds any that is not
    const all = y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1 | h0 | h1 | mi0 | mi1 | s0 | s1;
    const nines = (9 - y0) | (9 - y1) | (9 - y2) | (9 - y3) | (9 - mo0) | (9 - mo1) | (9 - d0) | (9 - d1) | (9 - h0) | (9 - h1) | (9 - mi0) | (9 - mi1) | (9 - s0) | (9 - s1);
    if ((all | nines) >= 0) {
      const month = mo0 * 10 + mo1;
      const day = d0 * 10 + d1;
      const hour = h0 * 10 + h1;
      const minute = mi0 * 10 + mi1;
      const second = s0 * 10 + s1;
      // the month's first day and length from a table (no divisions); years outside it take the general parser
      const m = (y0 * 1000 + y1 * 100 + y2 * 10 + y3 - TABLE_FIRST_YEAR) * 12 + month - 1;
      if (month >= 1 && month <= 12 && m >= 0 && m < MONTH_FIRST_DAY.length) {
        if (day < 1 || day > (MONTH_LENGTH[m] as number) || hour > 23 || minute > 59 || second > 59) return NaN;
        return ((MONTH_FIRST_DAY[m] as number) + day - 1) * 86_400 + hour * 3600 + minute * 60 + second;
      }
    }
  }
  return parse(s.slice(a, b), true);
}
