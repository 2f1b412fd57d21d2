import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shippedFontPath } from '../../src/fonts/cache.js';
import { openFontFace } from '../../src/render/pdf/font-file.js';
import { activeGlyphs, PlainRun, withPlainLayout, type ShapingFont } from '../../src/render/pdf/plain-layout.js';

interface Run {
  readonly glyphs: readonly { readonly id: number; readonly codePoints: readonly number[] }[];
  readonly positions: readonly { readonly xAdvance: number; readonly yAdvance: number; readonly xOffset: number; readonly yOffset: number }[];
  readonly advanceWidth: number;
}

/** What pdfkit reads of a run, as plain data. */
function seen(run: unknown): unknown {
  const r = run as Run;
  return {
    glyphs: r.glyphs.map((g) => [g.id, [...g.codePoints]]),
    positions: r.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
    advanceWidth: r.advanceWidth,
  };
}

const FACES = [
  shippedFontPath('serif', 400),
  shippedFontPath('serif', 700),
  shippedFontPath('sans', 700),
  shippedFontPath('serif', 400, 'latin'),
];

const SEED_TEXT = '贵州省12348公共法律服务热线2025年第一季度运营服务情况。来电量65448个，接通率98.52%；其他省市（不含）「满意」—《》…！？ A-Z a-z 0.5';

/**
 * Characters of a report and around them: ideographs, CJK and general
 * punctuation, ASCII, Latin-1, full-width forms; some the fonts lack, some
 * that fontkit hides (which caught glyph objects cached with another
 * character's code points).
 */
const char = fc.oneof(
  fc.constantFrom(...SEED_TEXT),
  fc.integer({ min: 0x4e00, max: 0x9fff }),
  fc.integer({ min: 0x3000, max: 0x303f }),
  fc.integer({ min: 0xff00, max: 0xffef }),
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0xa0, max: 0xff }),
  fc.integer({ min: 0x2000, max: 0x206f }),
  fc.constantFrom(0xfeff, 0x3164, 0xffa0, 0xfe0f), // ignorables (and two that fontkit does not hide)
).map((c) => (typeof c === 'number' ? String.fromCharCode(c) : c));

describe('withPlainLayout', () => {
  for (const path of FACES) {
    const face = openFontFace(path);
    const wrapped = face.pdfFont as unknown as ShapingFont;
    // the wrapper reads everything through to the parsed font it was made from
    const font = Object.getPrototypeOf(wrapped) as ShapingFont;
    const name = path.split('/').pop();

    it(`lays out any string exactly as fontkit does (${name})`, () => {
      fc.assert(
        fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
          const text = chars.join('');
          expect(seen(wrapped.layout(text))).toEqual(seen(font.layout(text)));
        }),
        { numRuns: 400 },
      );
    });

    it(`takes the seed's ideographs and punctuation without fontkit, and leaves strings with active glyphs to it (${name})`, () => {
      const active = activeGlyphs(font);
      expect(active).not.toBeNull();
      const ideographs = [...SEED_TEXT].filter((c) => /\p{Script=Han}/u.test(c) && face.has(c.codePointAt(0) as number)).join('');
      if (ideographs !== '') expect(wrapped.layout(ideographs)).toBeInstanceOf(PlainRun);
      const busy = [...SEED_TEXT].find((c) => active?.has(font.glyphForCodePoint(c.charCodeAt(0)).id));
      if (busy !== undefined) expect(wrapped.layout(`${ideographs}${busy}`)).not.toBeInstanceOf(PlainRun);
    });
  }

  it('leaves user features to fontkit', () => {
    const face = openFontFace(FACES[0] as string);
    const wrapped = face.pdfFont as unknown as ShapingFont;
    expect(wrapped.layout('法律', ['vert'])).not.toBeInstanceOf(PlainRun);
  });
});

/** A font of hand-made tables: glyph id = code point − 0x4e00 + 1 for U+4E00–U+9FFF, 98 for the space, U+200B maps to glyph 99, nothing else is mapped. */
function fakeFont(tables: Partial<ShapingFont>): ShapingFont {
  const id = (cp: number): number => (cp >= 0x4e00 && cp <= 0x9fff ? cp - 0x4e00 + 1 : cp === 0x20 ? 98 : cp === 0x200b ? 99 : 0);
  return {
    GDEF: { glyphClassDef: { version: 1, startGlyph: 1, classValueArray: [1, 1] } },
    hasGlyphForCodePoint: (cp) => id(cp) !== 0,
    _cmapProcessor: { lookup: id },
    glyphForCodePoint: (cp) => ({ id: id(cp), advanceWidth: 1000, codePoints: [cp] }),
    layout: () => {
      throw new Error('fontkit was asked');
    },
    ...tables,
  };
}

function table(lookups: { lookupType: number; subTables: unknown[] }[], features: [string, number[]][], reqFeatureIndex = 0xffff) {
  return {
    featureList: features.map(([tag, lookupListIndexes]) => ({ tag, feature: { lookupListIndexes } })),
    scriptList: [{ script: { defaultLangSys: { reqFeatureIndex }, langSysRecords: [] } }],
    lookupList: { toArray: () => lookups },
  } as unknown as ShapingFont['GSUB'];
}

describe('activeGlyphs', () => {
  it('takes the first coverage of each subtable of the default features, list and range forms, through extensions', () => {
    const font = fakeFont({
      GSUB: table(
        [
          { lookupType: 4, subTables: [{ coverage: { version: 1, glyphs: [1, 2] } }] },
          { lookupType: 1, subTables: [{ coverage: { version: 1, glyphs: [50] } }] }, // vert: not applied to horizontal text
        ],
        [
          ['liga', [0]],
          ['vert', [1]],
        ],
      ),
      GPOS: table(
        [
          { lookupType: 9, subTables: [{ extension: { coverage: { version: 2, rangeRecords: [{ start: 10, end: 12 }] } } }] },
          { lookupType: 4, subTables: [{ markCoverage: { version: 1, glyphs: [20] } }] },
          { lookupType: 8, subTables: [{ inputCoverage: [{ version: 1, glyphs: [30] }] }] },
        ],
        [
          ['kern', [0]],
          ['mark', [1]],
          ['calt', [2]],
        ],
      ),
      GDEF: { glyphClassDef: { version: 2, classRangeRecord: [{ start: 40, end: 41, class: 3 }, { start: 42, end: 42, class: 1 }] } },
    });
    // with .notdef and U+200B's glyph, which fontkit may hide
    expect([...(activeGlyphs(font) ?? [])].sort((a, b) => a - b)).toEqual([0, 1, 2, 10, 11, 12, 20, 30, 40, 41, 99]);
  });

  it("counts a langsys's required feature whatever its tag", () => {
    const font = fakeFont({ GSUB: table([{ lookupType: 1, subTables: [{ coverage: { version: 1, glyphs: [7] } }] }], [['zzzz', [0]]], 0) });
    expect([...(activeGlyphs(font) ?? [])].sort((a, b) => a - b)).toEqual([0, 7, 99]);
  });

  it('gives up (null) on a subtable or class table it does not know, and on fonts fontkit lays out another way', () => {
    expect(activeGlyphs(fakeFont({ GSUB: table([{ lookupType: 5, subTables: [{ rules: [] }] }], [['ccmp', [0]]]) }))).toBeNull();
    expect(activeGlyphs(fakeFont({ GSUB: table([{ lookupType: 1, subTables: [{ coverage: { version: 3 } }] }], [['ccmp', [0]]]) }))).toBeNull();
    expect(activeGlyphs(fakeFont({ kern: {} }))).toBeNull();
    expect(activeGlyphs(fakeFont({ GDEF: null }))).toBeNull(); // fontkit would tell marks by their code points
    // an ignorable's glyph that a substitution starts at
    expect(activeGlyphs(fakeFont({ GSUB: table([{ lookupType: 1, subTables: [{ coverage: { version: 1, glyphs: [99] } }] }], [['vert', [0]]]) }))).toBeNull();
    expect(activeGlyphs(fakeFont({ morx: {} }))).toBeNull();
  });

  it('lays out a string of inert glyphs itself, at their advances, and hands any other string to fontkit', () => {
    const font = fakeFont({ GSUB: table([{ lookupType: 1, subTables: [{ coverage: { version: 1, glyphs: [2] } }] }], [['ccmp', [0]]]) });
    const wrapped = withPlainLayout(font);
    const run = wrapped.layout('\u4e00\u4e02') as Run; // glyphs 1 and 3
    expect(seen(run)).toEqual({ glyphs: [[1, [0x4e00]], [3, [0x4e02]]], positions: [[1000, 0, 0, 0], [1000, 0, 0, 0]], advanceWidth: 2000 });
    expect(() => wrapped.layout('\u4e00\u4e02\u4e03 ')).not.toThrow(); // glyph 4 and a space: inert too
    expect(() => wrapped.layout('\u4e00\u4e01')).toThrow('fontkit was asked'); // glyph 2 starts a lookup
    expect(() => wrapped.layout('\u4e00\u200b')).toThrow('fontkit was asked'); // a default ignorable: fontkit hides it
    expect(() => wrapped.layout('\u4e00\u3042')).toThrow('fontkit was asked'); // a missing character: .notdef
    expect(() => wrapped.layout('1\u20442')).toThrow('fontkit was asked'); // the fraction slash switches on fraction features
  });
});
