/**
 * Section numbers as the report prints them (一 … 十, 十一 …) and as an
 * analyst may write them in a notes heading (四, 十一, or 4, 11).
 */
const DIGITS = '〇一二三四五六七八九';

/** 1 … 99 in Chinese numerals: 4 → 四, 10 → 十, 11 → 十一, 20 → 二十, 23 → 二十三. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`section number ${n} out of 1…99`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]!}十${ones === 0 ? '' : DIGITS[ones]!}`;
}

/** The number a section number spells (四 → 4, 十一 → 11, 11 → 11), or null when it spells none in 1 … 99. */
export function parseNumeral(text: string): number | null {
  if (/^[0-9]{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= 1 ? n : null;
  }
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return null;
  const [, a = '', ten = '', b = ''] = m;
  if (ten === '') return a !== '' && b === '' ? DIGITS.indexOf(a) : null;
  return (a === '' ? 1 : DIGITS.indexOf(a)) * 10 + (b === '' ? 0 : DIGITS.indexOf(b));
}
