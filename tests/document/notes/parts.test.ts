import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveHeading, splitHeading } from '../../../src/document/notes/headings.js';
import { chineseNumeral, parseNumeral } from '../../../src/document/notes/numerals.js';
import { parseNotes } from '../../../src/document/notes/parse.js';
import { boldRuns } from '../../../src/document/notes/runs.js';
import { SECTIONS } from '../../../src/document/sections.js';

const HEADINGS = SECTIONS.map((s) => s.heading);

describe('section numbers', () => {
  it('spells the numbers as the report prints them', () => {
    expect([1, 4, 10, 11, 12, 19, 20, 23, 99].map(chineseNumeral)).toEqual(['一', '四', '十', '十一', '十二', '十九', '二十', '二十三', '九十九']);
  });
  it('reads back what it spells, and arabic numbers', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), (n) => parseNumeral(chineseNumeral(n)) === n && parseNumeral(String(n)) === n));
  });
  it('reads no number from what spells none', () => {
    for (const s of ['', '十十', '四五', '零', '0', '一百', 'x']) expect(parseNumeral(s)).toBeNull();
  });
});

describe('a heading names a section', () => {
  it('by its number, its heading as printed, or its title', () => {
    for (const h of ['四', '四、来电业务类型', '来电业务类型', '四 来电业务类型', '4', '4、来电业务类型', ' 四、 来电业务类型 ']) {
      expect(resolveHeading(h, HEADINGS)).toEqual({ kind: 'section', index: 3 });
    }
    expect(resolveHeading('十', HEADINGS)).toEqual({ kind: 'section', index: 9 });
    expect(resolveHeading('十、以案释法情况', HEADINGS)).toEqual({ kind: 'section', index: 9 });
  });
  it('names none with a wrong title, an unknown title, or a number with the wrong title', () => {
    for (const h of ['来电类型', '四、来电类型', '五、来电业务类型', '十一', '零、来电业务类型']) expect(resolveHeading(h, HEADINGS)).toBeNull();
  });
  it('past the last section with a title: a section to add', () => {
    expect(resolveHeading('十一、下一步工作打算', HEADINGS)).toEqual({ kind: 'added', number: 11, title: '下一步工作打算' });
    expect(splitHeading('十二 Next steps')).toEqual({ number: 12, title: 'Next steps' });
  });
  it('does not read a title that begins with a numeral as a number', () => {
    expect(splitHeading('十大典型案例')).toEqual({ number: null, title: '十大典型案例' });
  });
});

describe('parseNotes', () => {
  it('reads headings, paragraphs (lines kept for joining) and placements, with their lines', () => {
    const text = ['## 四', '', '第一段', '第一段续', '', '[[after  table category 民事 ]]', '表后一段', '', '## 十一、下一步工作打算', '一、', '二、'].join('\r\n');
    expect(parseNotes(`\uFEFF${text}`, 'n.md')).toEqual([
      {
        line: 1,
        text: '四',
        paragraphs: [
          { line: 3, lines: ['第一段', '第一段续'], placement: null },
          { line: 7, lines: ['表后一段'], placement: { line: 6, block: 'table category 民事' } },
        ],
      },
      { line: 9, text: '十一、下一步工作打算', paragraphs: [{ line: 10, lines: ['一、', '二、'], placement: null }] },
    ]);
  });
  it('starts a new paragraph at a placement line even without a blank line', () => {
    const [h] = parseNotes('## 四\n前一段\n[[after figure 07-categories]]\n图后', 'n.md');
    expect(h!.paragraphs.map((p) => [p.lines.join(''), p.placement?.block ?? null])).toEqual([['前一段', null], ['图后', 'figure 07-categories']]);
  });
  it('keeps other Markdown as text: ### headings, lists, a single #', () => {
    const [h] = parseNotes('## 四\n### 小标题\n\n- 一项\n# 不是标题', 'n.md');
    expect(h!.paragraphs.map((p) => p.lines)).toEqual([['### 小标题'], ['- 一项', '# 不是标题']]);
  });
  it('drops HTML comments, keeping the line numbers', () => {
    const [h] = parseNotes('<!-- 草稿\n还没写完 -->\n## 四\n甲<!-- 待核实 -->乙\n\n<!-- 整段注释 -->\n丙', 'n.md');
    expect(h!.line).toBe(3);
    expect(h!.paragraphs).toEqual([
      { line: 4, lines: ['甲乙'], placement: null },
      { line: 7, lines: ['丙'], placement: null },
    ]);
  });
  it('allows a closing run of # on a heading', () => {
    expect(parseNotes('## 四、来电业务类型 ##\n', 'n.md')[0]!.text).toBe('四、来电业务类型');
  });
  it('fails with file and line: text before any heading, an empty heading, a placement with no paragraph, an unknown marker', () => {
    expect(() => parseNotes('\n# 备注\n## 四', 'notes/2025Q1.md')).toThrow(/^notes\/2025Q1\.md:2: text before the first heading/);
    expect(() => parseNotes('## 四\n##\n', 'n.md')).toThrow(/^n\.md:2: an empty heading/);
    expect(() => parseNotes('## 四\n\n[[after figure 07-categories]]\n\n正文', 'n.md')).toThrow(/^n\.md:3: a placement line must be followed/);
    expect(() => parseNotes('## 四\n[[before figure 07-categories]]\n正文', 'n.md')).toThrow(/^n\.md:2: \[\[before figure 07-categories\]\]: a placement reads/);
  });
  it('an empty file has no notes', () => {
    expect(parseNotes('', 'n.md')).toEqual([]);
    expect(parseNotes('\n\n', 'n.md')).toEqual([]);
  });
});

describe('boldRuns', () => {
  it('makes **…** bold and keeps the rest as written', () => {
    expect(boldRuns('共**65448**通，*斜体*和[链接](x)')).toEqual([{ text: '共' }, { text: '65448', bold: true }, { text: '通，*斜体*和[链接](x)' }]);
    expect(boldRuns('**全部**')).toEqual([{ text: '全部', bold: true }]);
    expect(boldRuns('未闭合**粗体')).toEqual([{ text: '未闭合**粗体' }]);
  });
  it('keeps every character of the text but the bold marks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '中', '*', '**', ' ')).map((xs) => xs.join('')), (s) => {
        const runs = boldRuns(s);
        const bolds = runs.filter((r) => r.bold).length;
        return runs.map((r) => r.text).join('').length === s.length - 4 * bolds && runs.every((r) => r.text !== '');
      }),
    );
  });
});
