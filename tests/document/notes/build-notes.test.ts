import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/build.js';
import type { NotesSource } from '../../../src/document/notes/index.js';
import { SECTIONS } from '../../../src/document/sections.js';
import type { Block, ParagraphBlock, ReportDocument } from '../../../src/document/types.js';
import { emptyModel, sampleModel } from '../../fixtures/sample-model.js';
import { fakeCharts } from '../fake-charts.js';

const model = sampleModel();
const charts = fakeCharts();
const FILE = 'notes/2025Q1.md';
const plain = buildDocument(model, charts);

function withNotes(text: string): ReportDocument {
  const notes: NotesSource = { file: FILE, text };
  return buildDocument(model, charts, { notes });
}

function textOf(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return b.runs.map((r) => r.text).join('');
    case 'heading':
      return b.text;
    case 'figure':
      return `[figure ${b.chartId}]`;
    case 'table':
      return `[table ${b.caption}]`;
    default:
      return `[${b.kind}]`;
  }
}

/** index of the paragraph whose text is `text` */
function at(doc: ReportDocument, text: string): number {
  const i = doc.blocks.findIndex((b) => b.kind === 'paragraph' && textOf(b) === text);
  expect(i, `paragraph ${text}`).toBeGreaterThan(0);
  return i;
}

function headingAt(doc: ReportDocument, text: string): number {
  return doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === text);
}

describe('notes in the document', () => {
  it('without notes, or with an empty file, the document is as before', () => {
    expect(buildDocument(model, charts, { notes: null })).toEqual(plain);
    expect(withNotes('')).toEqual(plain);
  });

  it('puts a heading’s paragraphs at the end of its section, in body style, in the order written', () => {
    const doc = withNotes('## 四\n\n第一条备注。\n\n第二条\n备注。\n');
    const first = at(doc, '第一条备注。');
    expect(at(doc, '第二条备注。')).toBe(first + 1);
    expect(doc.blocks[first + 2]).toMatchObject({ kind: 'heading', text: '五、来电群众画像及业务情况分析' });
    // the block before is the last of section 四 as the templates built it
    expect(textOf(doc.blocks[first - 1]!)).toBe(textOf(plain.blocks[headingAt(plain, '五、来电群众画像及业务情况分析') - 1]!));
    expect(doc.blocks[first]).toEqual({ kind: 'paragraph', runs: [{ text: '第一条备注。' }], style: 'body' });
    expect(doc.blocks.length).toBe(plain.blocks.length + 2);
  });

  it('names a section by number, heading as printed or title alike', () => {
    const a = withNotes('## 四\n备注');
    expect(withNotes('## 四、来电业务类型\n备注')).toEqual(a);
    expect(withNotes('## 来电业务类型\n备注')).toEqual(a);
  });

  it('puts a placed paragraph right after its figure', () => {
    const doc = withNotes('## 四\n[[after figure 07-categories]]\n图后的备注。');
    const i = at(doc, '图后的备注。');
    expect(doc.blocks[i - 1]).toMatchObject({ kind: 'figure', chartId: '07-categories' });
    // what followed the figure follows the note
    const f = plain.blocks.findIndex((b) => b.kind === 'figure' && b.chartId === '07-categories');
    expect(doc.blocks[i + 1]).toEqual(plain.blocks[f + 1]);
  });

  it('puts a placed paragraph right after its table (its note under it included)', () => {
    const doc = withNotes('## 四、来电业务类型\n\n[[after table category 民事]]\n民事表后的备注。\n\n[[after table category 刑事]]\n刑事表后的备注。');
    const civil = at(doc, '民事表后的备注。');
    expect(doc.blocks[civil - 1]).toMatchObject({ kind: 'table', caption: expect.stringContaining('民事') });
    const criminal = at(doc, '刑事表后的备注。');
    expect(doc.blocks[criminal - 1]).toMatchObject({ kind: 'table', caption: expect.stringContaining('刑事') });
    // the notes change no number: tables and figures keep theirs
    const numbers = (d: ReportDocument): string[] => d.blocks.flatMap((b) => (b.kind === 'table' || b.kind === 'figure' ? [b.number] : []));
    expect(numbers(doc)).toEqual(numbers(plain));
  });

  it('puts several paragraphs after one block in the order written, and the rest of the section stays in place', () => {
    const doc = withNotes('## 二\n[[after figure 05-regions]]\n甲\n\n[[after figure 05-regions]]\n乙\n\n丙');
    const a = at(doc, '甲');
    expect(at(doc, '乙')).toBe(a + 1);
    const withoutNotes = doc.blocks.filter((b) => !(b.kind === 'paragraph' && ['甲', '乙', '丙'].includes(textOf(b))));
    expect(withoutNotes).toEqual(plain.blocks);
    expect(at(doc, '丙')).toBe(headingAt(doc, '三、群众来电方式情况') - 1);
  });

  it('adds a section after the last, numbered on, before the closing block', () => {
    const doc = withNotes('## 十一、下一步工作打算\n一是继续做好值班安排。\n\n二是加强培训。\n\n## 十二、其他\n无。');
    const h = headingAt(doc, '十一、下一步工作打算');
    expect(doc.blocks[h]).toEqual({ kind: 'heading', level: 1, text: '十一、下一步工作打算', sectionId: 'notes-11' });
    expect(textOf(doc.blocks[h + 1]!)).toBe('一是继续做好值班安排。');
    expect(textOf(doc.blocks[h + 2]!)).toBe('二是加强培训。');
    expect(headingAt(doc, '十二、其他')).toBe(h + 3);
    expect(h).toBeGreaterThan(headingAt(doc, '十、以案释法情况'));
    expect(doc.blocks.at(-1)!.kind).toBe('closing');
    expect(doc.blocks.at(-2)).toMatchObject({ kind: 'paragraph', runs: [{ text: '无。' }] });
  });

  it('quotes figures with the templates’ expressions and helpers: the computed ones', () => {
    const doc = withNotes(
      '## 一\n本季度呼入{{num calls.inbound}}通，接通率{{pct calls.answerRate}}，\n民事类{{num by.categories.民事.count}}条（{{pct by.categories.民事.share}}）。\n\n**{{list regions.top}}**来电较多。',
    );
    const expected = `本季度呼入${model.calls.inbound}通，接通率${model.calls.answerRate!.toFixed(2)}%，民事类${model.consultations.categories[0]!.count}条（${model.consultations.categories[0]!.share!.toFixed(2)}%）。`;
    expect(expected).toContain('65448');
    at(doc, expected);
    const bold = doc.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && textOf(b).endsWith('来电较多。'))!;
    expect(bold.runs).toEqual([{ text: '贵阳市、遵义市和毕节市', bold: true }, { text: '来电较多。' }]);
  });

  it('a note whose condition is not met comes out as no paragraph', () => {
    const doc = withNotes('## 一\n{{#if (gt calls.inbound 1000000)}}超过一百万{{/if}}');
    expect(doc).toEqual(plain);
  });

  it('keeps output the same for the same input', () => {
    const text = '## 四\n[[after figure 07-categories]]\n备注{{num calls.inbound}}\n\n## 十一、下一步\n甲';
    expect(JSON.stringify(withNotes(text))).toBe(JSON.stringify(withNotes(text)));
  });

  it('property: notes at the ends of sections, taken out again, leave the document as the templates built it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: SECTIONS.length - 1 }), fc.constantFrom('甲', '乙', '丙')), { maxLength: 8 }), (notes) => {
        const text = notes.map(([s, t], k) => `## ${SECTIONS[s]!.heading}\n${t}${k}\n`).join('\n');
        const doc = withNotes(text);
        const mine = (b: Block): boolean => b.kind === 'paragraph' && /^[甲乙丙]\d+$/.test(textOf(b));
        expect(doc.blocks.filter((b) => !mine(b))).toEqual(plain.blocks);
        // each in its own section, in the order written within it
        for (const [k, [s, t]] of notes.entries()) {
          const i = at(doc, `${t}${k}`);
          const owner = doc.blocks.slice(0, i).filter((b) => b.kind === 'heading' && b.level === 1).at(-1);
          expect(owner).toMatchObject({ text: SECTIONS[s]!.heading });
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('notes that name nothing: one line with the file and the line', () => {
  const fails = (text: string): string => {
    try {
      withNotes(text);
    } catch (err) {
      const msg = (err as Error).message;
      expect(msg).not.toContain('\n');
      expect((err as Error).name).toBe('InputError');
      return msg;
    }
    throw new Error('no error');
  };

  it('a heading that names no section lists the sections', () => {
    const msg = fails('## 四\n甲\n\n## 来电类型\n乙');
    expect(msg).toMatch(/^notes\/2025Q1\.md:4: ## 来电类型 names no section of the report/);
    for (const s of SECTIONS) expect(msg).toContain(s.heading);
  });

  it('an added section not numbered on from the last', () => {
    expect(fails('## 十二、下一步工作打算\n甲')).toMatch(/^notes\/2025Q1\.md:1: ## 十二、下一步工作打算: the next section is 十一/);
    expect(fails('## 十一\n甲')).toMatch(/^notes\/2025Q1\.md:1: ## 十一 names no section/);
  });

  it('a placement that names no block of its section lists the blocks', () => {
    const msg = fails('## 四\n甲\n\n[[after figure 05-regions]]\n乙');
    expect(msg).toMatch(/^notes\/2025Q1\.md:4: \[\[after figure 05-regions\]\] names no block of 四、来电业务类型 \(its blocks: figure 07-categories, table category 民事, /);
    expect(msg).toContain('table category 刑事');
  });

  it('a placement in a section without data, or one that places no block', () => {
    const notes: NotesSource = { file: FILE, text: '## 四\n[[after figure 07-categories]]\n甲' };
    expect(() => buildDocument(emptyModel(), charts, { notes })).toThrow(
      /^notes\/2025Q1\.md:2: \[\[after figure 07-categories\]\] names no block of 四、来电业务类型 \(the section has no data this period \(本期无相关数据\)/,
    );
    expect(fails('## 九\n[[after figure 07-categories]]\n甲')).toMatch(/names no block of 九、培训情况 \(the section places no figure or table/);
  });

  it('a placement in an added section', () => {
    expect(fails('## 十一、下一步\n[[after figure 07-categories]]\n甲')).toMatch(/^notes\/2025Q1\.md:2: /);
  });

  it('an expression that names no figure, on the line it is on', () => {
    const msg = fails('## 一\n\n第一行\n呼入{{num calls.inbund}}通');
    expect(msg).toMatch(/^notes\/2025Q1\.md:4: \{\{num calls\.inbund\}\}: calls\.inbund names no figure: no "inbund" \(calls has: .*inbound/);
    expect(fails('## 一\n{{cals.inbound}}')).toMatch(/^notes\/2025Q1\.md:2: \{\{cals\.inbound\}\}: cals\.inbound names no figure: no "cals" \(the report has: .*calls/);
    expect(fails('## 一\n{{pct calls.inbound.x}}')).toMatch(/calls\.inbound is a number, it has no "x"/);
    expect(fails('## 四\n{{#each categoryViews}}{{nam}}{{/each}}')).toMatch(/^notes\/2025Q1\.md:2: \{\{nam\}\}: nam names no figure: no "nam" \(an item of categoryViews has: name, count/);
    expect(fails('## 四\n{{#with by.categories.民事}}{{num cont}}{{/with}}')).toMatch(/cont names no figure/);
  });

  it('an unknown helper, a block the notes cannot use, an expression that does not read', () => {
    expect(fails('## 一\n{{nume calls.inbound}}')).toMatch(/^notes\/2025Q1\.md:2: \{\{nume calls\.inbound\}\}: no helper "nume" \(helpers: pct, num,/);
    expect(fails('## 一\n{{> part}}')).toMatch(/^notes\/2025Q1\.md:2: .*partials/);
    expect(fails('## 一\n甲\n乙{{num calls.inbound')).toMatch(/^notes\/2025Q1\.md:3: an expression does not read \(Expecting 'ID', got 'INVALID'\)$/);
  });
});

describe('the README example', () => {
  it('builds, its notes in place', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Your own paragraphs'));
    const example = /```markdown\n([^]*?)```/.exec(section)![1]!;
    const doc = withNotes(example);
    expect(headingAt(doc, '十一、下一步工作打算')).toBeGreaterThan(0);
    const civil = at(doc, `民事类咨询主要围绕民间借贷、买卖合同和劳务合同纠纷，共${model.consultations.categories[0]!.count}条。`);
    expect(doc.blocks[civil - 1]).toMatchObject({ kind: 'table', caption: expect.stringContaining('民事') });
  });
});

describe('a placement after a second-level heading of a template', () => {
  it('goes right after that heading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notes-tpl-'));
    writeFileSync(join(dir, '09-training.hbs'), '[[heading2 （一）新律师培训]]\n\n培训{{num training.trained}}人。\n');
    const notes: NotesSource = { file: FILE, text: '## 九\n[[after heading2 （一）新律师培训]]\n小标题后的备注。' };
    const doc = buildDocument(model, charts, { templatesDir: dir, notes });
    const i = at(doc, '小标题后的备注。');
    expect(doc.blocks[i - 1]).toEqual({ kind: 'heading', level: 2, text: '（一）新律师培训', sectionId: 'training' });
    expect(textOf(doc.blocks[i + 1]!)).toMatch(/^培训\d+人。$/);
  });
});

describe('expressions inside blocks', () => {
  it('resolve as Handlebars does: ../ skips #if, #each and #with open a context, @root and @index', () => {
    const doc = withNotes(
      '## 四\n{{#each categoryViews}}{{#if @first}}{{name}}{{../consultations.total}}{{@root.calls.inbound}}{{/if}}{{/each}}；{{#with by.groups.妇女}}{{#if first}}{{first.name}}{{/if}}{{/with}}',
    );
    const c = model.consultations.categories[0]!;
    at(doc, `${c.name}${model.consultations.total}${model.calls.inbound}；${model.callerTypes.groups.find((g) => g.name === '妇女')!.civilSubcategories[0]!.name}`);
  });
  it('a path one level too far up is caught', () => {
    expect(() => withNotes('## 四\n{{#each categoryViews}}{{#if @first}}{{../../calls.inbound}}{{/if}}{{/each}}')).toThrow(/^notes\/2025Q1\.md:2: .*goes above/);
  });
});
