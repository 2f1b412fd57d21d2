import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhones, quote } from '../../src/read/values.js';

/** Decimal digits of other widths and scripts: full-width, Arabic-Indic, Devanagari, mathematical bold. */
const DIGIT_SETS = ['0123456789', '０１２３４５６７８９', '٠١٢٣٤٥٦٧٨٩', '०१२३४५६७८९', '𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗'].map((s) => Array.from(s));

/** Every decimal digit as ASCII (by its place in its run of ten, as values.ts reads them). */
function ascii(s: string): string {
  return Array.from(s)
    .map((c) => {
      for (const set of DIGIT_SETS) {
        const i = set.indexOf(c);
        if (i >= 0) return String(i);
      }
      return c;
    })
    .join('');
}

const mobile = fc.tuple(fc.constantFrom(...'3456789'), fc.array(fc.nat(9), { minLength: 9, maxLength: 9 }), fc.nat(DIGIT_SETS.length - 1))
  .map(([second, rest, set]) => ['1', second, ...rest.map(String)].map((d) => DIGIT_SETS[set]![Number(d)]).join(''));
const piece = fc.oneof(fc.string(), mobile, fc.constantFrom('\u0000', '\t', '\r\n', '\u001b', '\u007f', '\u0085', '\u2028', ' ', '-', '+86'));

describe('quote', () => {
  it('escapes control characters: a NUL as \\0, a tab as \\t, others as \\xNN', () => {
    expect(quote('a\u0000b')).toBe('"a\\0b"');
    expect(quote('a\tb\r\nc')).toBe('"a\\tb\\r\\nc"');
    expect(quote('\u001b[31m')).toBe('"\\x1b[31m"');
    expect(quote('\u007f\u0085')).toBe('"\\x7f\\x85"');
  });

  it('masks phone numbers in full-width digits too', () => {
    expect(quote('１３８１２３４５６７８')).toBe('"138****5678"');
    expect(quote('电话：１３９-１２３４-５６７８')).toBe('"电话：139****5678"');
    expect(maskPhones('Ｃ２０２５')).toBe('Ｃ２０２５'); // not a phone: left as written
  });

  it('never shows a control character or an 11-digit mobile number, in any digit width', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const q = quote(parts.join(''));
        // eslint-disable-next-line no-control-regex
        expect(q).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        // a maximal run of 11 digits that reads as a mobile number
        expect(ascii(q)).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
      }),
      { numRuns: 2000 },
    );
  });
});
