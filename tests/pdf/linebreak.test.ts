import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, isClosingMark, isOpeningMark, splitAtoms, splitUnits } from '../../src/render/pdf/linebreak.js';

/** A fixed-pitch measure: full-width characters 1 em (16), ASCII half (8). */
const EM = 16;
function measure(unit: string): number {
  let w = 0;
  for (const ch of unit) w += (ch.codePointAt(0) as number) < 0x2000 ? EM / 2 : EM;
  return w;
}
const texts = (text: string, ems: number, indent = 0): string[] =>
  breakLines(text, measure, { width: ems * EM, firstIndent: indent * EM }).map((l) => l.text);

describe('splitUnits', () => {
  it('keeps numbers, percentages, times and Latin words whole', () => {
    expect(splitUnits('共65448通，占98.52%。')).toEqual(['共', '65448', '通', '，', '占', '98.52%', '。']);
    expect(splitUnits('尤其00:00-08:00时段')).toEqual(['尤', '其', '00:00-', '08:00', '时', '段']);
    expect(splitUnits('环比-5.48%')).toEqual(['环', '比', '-5.48%']);
    expect(splitUnits('PDF报告')).toEqual(['PDF', '报', '告']);
    expect(splitUnits('纠纷……占比——见表')).toEqual(['纠', '纷', '……', '占', '比', '——', '见', '表']);
  });
});

describe('breakLines by hand', () => {
  it('breaks between any two CJK characters', () => {
    expect(texts('一二三四五六七八', 3)).toEqual(['一二三', '四五六', '七八']);
  });

  it('carries the character before a closing mark to the next line', () => {
    // 一二三四五， is 6 em: 五 and ， go down together
    expect(texts('一二三四五，六七', 5)).toEqual(['一二三四', '五，六七']);
    expect(texts('一二三四。”六七', 4)).toEqual(['一二三', '四。”六', '七']);
  });

  it('never ends a line with an opening mark', () => {
    expect(texts('一二三（四五', 4)).toEqual(['一二三', '（四五']);
    expect(texts('一二三《四》', 4)).toEqual(['一二三', '《四》']);
  });

  it('keeps a number unbroken and lets it go down whole', () => {
    // 共 (1 em) + 65448 (2.5 em) > 3 em, and 65448通 is 3.5 em
    expect(texts('共65448通话', 3)).toEqual(['共', '65448', '通话']);
    expect(texts('为98.52%，高', 4)).toEqual(['为', '98.52%，', '高']);
  });

  it('takes the indent off the first line only', () => {
    expect(texts('一二三四五六七八', 4, 2)).toEqual(['一二', '三四五六', '七八']);
  });

  it('lets an unbreakable piece wider than the line stand alone', () => {
    expect(texts('一ABCDEFGHIJ二', 3)).toEqual(['一', 'ABCDEFGHIJ', '二']);
  });

  it('marks only the last line as last, and gives offsets', () => {
    const lines = breakLines('一二三四五', measure, { width: 2 * EM });
    expect(lines.map((l) => [l.start, l.last])).toEqual([
      [0, false],
      [2, false],
      [4, true],
    ]);
  });

  it('gives one empty line for empty text', () => {
    expect(texts('', 3)).toEqual(['']);
  });
});

describe('breakLines properties', () => {
  const pieces = [
    ...'一二三四五六七八九十话务量接听率',
    ...'，。、；：？！）》」’”%',
    ...'（《「‘“',
    '65448',
    '98.52%',
    '00:00-08:00',
    'PDF',
    ' ',
    '——',
    '……',
    '-3.5%',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join(''));
  const width = fc.integer({ min: 3 * EM, max: 30 * EM });
  const indent = fc.constantFrom(0, 2 * EM);

  it('gives the text back, no line starts with a closing mark or ends with an opening one, no line too wide', () => {
    fc.assert(
      fc.property(text, width, indent, (t, w, ind) => {
        const lines = breakLines(t, measure, { width: w, firstIndent: ind });
        // offsets where the text may break: a too-wide line must hold none inside it
        const breaks = new Set<number>();
        let at = 0;
        for (const atom of splitAtoms(t)) {
          breaks.add(at);
          at += atom.join('').length;
        }
        expect(lines.map((l) => l.text).join('')).toBe(t);
        lines.forEach((l, i) => {
          const visible = l.text.replace(/ +$/, '');
          if (i > 0) expect(isClosingMark(l.text[0] ?? ''), `line ${i} "${l.text}"`).toBe(false);
          if (i < lines.length - 1 && visible !== '') expect(isOpeningMark([...visible].pop() as string), `line ${i} "${l.text}"`).toBe(false);
          const limit = w - (i === 0 ? ind : 0);
          const used = splitUnits(visible).reduce((s, u) => s + measure(u), 0);
          if (used > limit + 1e-6) {
            const inside = [...breaks].filter((b) => b > l.start && b < l.start + l.text.length);
            expect(inside, `line ${i} "${l.text}" is ${used} wide, limit ${limit}`).toEqual([]);
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it('never splits a number', () => {
    fc.assert(
      fc.property(text, width, (t, w) => {
        const joined = breakLines(t, measure, { width: w }).map((l) => l.text);
        for (let i = 1; i < joined.length; i++) {
          const prev = joined[i - 1] as string;
          const cur = joined[i] as string;
          // a digit never ends one line and continues on the next, except after a range's hyphen
          expect(/\d$/.test(prev) && /^[\d.%]/.test(cur), `${prev} | ${cur}`).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
