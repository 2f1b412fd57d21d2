/**
 * The analyst's notes through the real command line: placed in the DOCX and
 * the PDF at the same places (checked against the neighbouring blocks),
 * figures quoted as computed, metrics.json untouched, a range taking each
 * period's own file (on the render workers of the built command line), and
 * errors as one line naming the file and its line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { notesFolder } from '../../src/pipeline/notes.js';
import { demoNotesDir } from '../../src/demo.js';
import { parts, paragraphs, unescapeXml } from '../docx/unzip.js';
import { cli, demoData, readJson, smallData, tempDir } from './helpers.js';
import { has, run, squeeze } from './look.js';

const BIN = join(process.cwd(), 'bin', 'hotline-report.js');
const SMALL = join(process.cwd(), 'fixtures', 'e2e', 'small');
const ISSUED = ['--issued', '2025-04-03'];
const poppler = has('pdftotext');

const NOTES = `## 四、来电业务类型

[[after figure 07-categories]]
图后备注：本季度咨询共{{num consultations.total}}条。

[[after table category 民事]]
民事表后备注：民事类占{{pct by.categories.民事.share}}，**需重点关注**。

节末备注：以上为来电业务类型。

## 十一、下一步工作打算

下一步备注：巩固{{pct calls.answerRate}}的接通率。
`;

function notesDir(files: Record<string, string>): string {
  const dir = tempDir('notes');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The non-empty paragraphs of a DOCX, cells included, in document order. */
function docxParagraphs(file: string): string[] {
  const xml = parts(readFileSync(file)).text('word/document.xml');
  return paragraphs(xml)
    .map((p) => unescapeXml(p.text))
    .filter((t) => t !== '');
}

/** The PDF's text in the order it was drawn, without spaces, line ends or page numbers. */
function pdfFlat(file: string): string {
  return squeeze(run('pdftotext', ['-raw', file, '-'])).replace(/—\d+—/g, '');
}

describe('notes in the demo report', () => {
  let dir: string;
  let m: any;
  let docx: string[];
  beforeAll(async () => {
    const out = tempDir('notes-demo');
    const r = await cli(['q1-2025', '--data', await demoData(), '--out', out, '--quiet', '--notes', notesDir({ '2025Q1.md': NOTES }), ...ISSUED]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    dir = join(out, '2025Q1');
    m = readJson(join(dir, 'metrics.json'));
    docx = docxParagraphs(join(dir, 'report.docx'));
  }, 180_000);

  const civil = (): any => m.consultations.categories.find((c: any) => c.name === '民事');
  const figureNote = (): string => `图后备注：本季度咨询共${m.consultations.total}条。`;
  const tableNote = (): string => `民事表后备注：民事类占${civil().share.toFixed(2)}%，需重点关注。`;
  const endNote = '节末备注：以上为来电业务类型。';
  const nextNote = (): string => `下一步备注：巩固${m.calls.answerRate.toFixed(2)}%的接通率。`;

  it('quotes the computed figures', () => {
    expect(figureNote()).toContain(String(m.consultations.total));
    for (const n of [figureNote(), tableNote(), endNote, nextNote()]) expect(docx, n).toContain(n);
  });

  it('DOCX: each note between the blocks it belongs between', () => {
    const at = (t: string): number => docx.indexOf(t);
    const before = (t: string): string => docx[at(t) - 1]!;
    const after = (t: string): string => docx[at(t) + 1]!;
    // after the figure's caption, before the civil sentence the template put next
    expect(before(figureNote())).toMatch(/^图\d+\s*第一季度来电业务类型分布图$/);
    expect(after(figureNote())).toMatch(/^民事类咨询中，占比最高的是/);
    // after the civil table and its note under it, before the next category's sentence
    expect(before(tableNote())).toBe(`注：另有未分类咨询${civil().unclassified}条，未计入上表。`);
    expect(after(tableNote())).toMatch(/^司法行政类咨询中，占比最高的是/);
    // the end of section 四: the last cell of the last table, then the note, then 五
    expect(before(endNote)).toBe('100.00%');
    expect(after(endNote)).toBe('五、来电群众画像及业务情况分析');
    // the added section after 十, before the closing block
    // section 十 is one paragraph in the demo
    expect(at('十一、下一步工作打算')).toBe(at('十、以案释法情况') + 2);
    expect(before('十一、下一步工作打算')).toMatch(/^2025年第一季度以“12348律师”说法形式/);
    expect(after('十一、下一步工作打算')).toBe(nextNote());
    expect(after(nextNote())).toMatch(/^省法律援助中心/);
  });

  it('DOCX: a note in the body style, its bold kept, the added heading a Heading1', () => {
    const xml = parts(readFileSync(join(dir, 'report.docx'))).text('word/document.xml');
    const ps = paragraphs(xml);
    const body = ps.find((p) => p.text.startsWith('2025年第一季度群众来电咨询共计'))!;
    expect(ps.find((p) => p.text === tableNote())!.style).toBe(body.style);
    expect(ps.find((p) => p.text === '十一、下一步工作打算')!.style).toBe('Heading1');
    expect(xml).toMatch(/<w:b\/>[^]*?<w:t[^>]*>需重点关注<\/w:t>/);
  });

  it.skipIf(!poppler)('PDF: the same notes at the same places', () => {
    const t = pdfFlat(join(dir, 'report.pdf'));
    const civilStart = '民事类咨询中，占比最高的是';
    expect(t).toContain(`第一季度来电业务类型分布图${figureNote()}${civilStart}`);
    expect(t).toContain(`注：另有未分类咨询${civil().unclassified}条，未计入上表。${tableNote()}司法行政类咨询中`);
    expect(t).toContain(`100.00%${endNote}五、来电群众画像及业务情况分析`);
    expect(t).toMatch(new RegExp(`十一、下一步工作打算${nextNote().replace(/[.%]/g, '\\$&')}省法律援助中心`));
    expect(t.indexOf('十、以案释法情况')).toBeLessThan(t.indexOf('十一、下一步工作打算'));
  });

  it('leaves metrics.json as without notes, and the outputs the same on a re-run', async () => {
    const plain = tempDir('notes-none');
    expect((await cli(['q1-2025', '--data', await demoData(), '--out', plain, '--quiet', '--format', 'json', ...ISSUED])).status).toBe(0);
    expect(readFileSync(join(plain, '2025Q1', 'metrics.json')).equals(readFileSync(join(dir, 'metrics.json')))).toBe(true);
    const again = tempDir('notes-again');
    const notes = notesDir({ '2025Q1.md': NOTES });
    expect((await cli(['q1-2025', '--data', await demoData(), '--out', again, '--quiet', '--format', 'docx,pdf', '--notes', notes, ...ISSUED])).status).toBe(0);
    for (const f of ['report.docx', 'report.pdf']) expect(readFileSync(join(again, '2025Q1', f)).equals(readFileSync(join(dir, f))), f).toBe(true);
  });

  it('the shipped demo notes fit the demo data, and --demo uses them unless --notes is given', async () => {
    expect(notesFolder(undefined, demoNotesDir())).toBe(demoNotesDir());
    expect(notesFolder(undefined, undefined)).toBe('notes');
    const mine = notesDir({});
    expect(notesFolder(mine, demoNotesDir())).toBe(mine);
    expect(() => notesFolder(join(mine, 'missing'), undefined)).toThrow(/^--notes .*missing: notes folder not found$/);
    const out = tempDir('notes-shipped');
    const r = await cli(['q1-2025', '--data', await demoData(), '--out', out, '--quiet', '--format', 'docx', '--notes', demoNotesDir(), ...ISSUED]);
    expect(r.stderr).toBe('');
    const ps = docxParagraphs(join(out, '2025Q1', 'report.docx'));
    expect(ps).toContain('十一、下一步工作打算');
    expect(ps.some((p) => p.startsWith('刑事类咨询集中在'))).toBe(true);
  });
});

describe('notes errors on the command line', () => {
  it('one line naming the file and its line, exit 1, nothing written', async () => {
    const out = tempDir('notes-bad');
    const cases: [string, RegExp][] = [
      ['## 来电类型\n甲', /^error: .*2025Q1\.md:1: ## 来电类型 names no section of the report \(its sections: 一、运营情况概述, .*十、以案释法情况;/],
      ['## 四\n\n[[after figure 05-regions]]\n甲', /^error: .*2025Q1\.md:3: \[\[after figure 05-regions\]\] names no block of 四、来电业务类型 \(its blocks: figure 07-categories, table category 民事/],
      ['## 一\n甲\n共{{num calls.inbund}}通', /^error: .*2025Q1\.md:3: \{\{num calls\.inbund\}\}: calls\.inbund names no figure/],
    ];
    for (const [text, expected] of cases) {
      const r = await cli(['q1-2025', '--data', await demoData(), '--out', out, '--quiet', '--format', 'docx', '--notes', notesDir({ '2025Q1.md': text }), ...ISSUED]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(spawnSync('ls', ['-A', out], { encoding: 'utf8' }).stdout).toBe('');
  });

  it('a --notes folder that does not exist', async () => {
    const r = await cli(['q1-2025', '--data', SMALL, '--out', tempDir('notes-nodir'), '--notes', '/nonexistent/notes']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: --notes /nonexistent/notes: notes folder not found\n');
  });

  it('a notes file that is not UTF-8', async () => {
    const dir = tempDir('notes-gbk');
    writeFileSync(join(dir, '2025Q1.md'), Buffer.from([0x23, 0x23, 0x20, 0xcb, 0xc4, 0x0a, 0xbc, 0xd7]));
    const r = await cli(['q1-2025', '--data', SMALL, '--out', tempDir('notes-gbk-out'), '--notes', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: .*2025Q1\.md: not UTF-8 text/);
  });
});

describe('a range with each period’s notes (built command line, render workers)', () => {
  const spawnCli = (args: string[], cwd = process.cwd()): { status: number | null; stderr: string } => {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd });
    return { status: r.status, stderr: r.stderr };
  };

  it('places each quarter’s own notes, with its own figures', () => {
    const notes = notesDir({
      '2024Q1.md': '## 一\n一季度备注：呼入{{num calls.inbound}}通。\n',
      '2024Q2.md': '## 一\n二季度备注：呼入{{num calls.inbound}}通。\n\n## 十一、下一步工作打算\n二季度的打算。\n',
    });
    const out = tempDir('notes-range');
    const r = spawnCli(['q1-2024..q3-2024', '--data', smallData(), '--out', out, '--format', 'docx,json', '--notes', notes, '--quiet', ...ISSUED]);
    expect(r.status, r.stderr).toBe(0);
    const q = (id: string): { m: any; ps: string[] } => ({ m: readJson(join(out, id, 'metrics.json')), ps: docxParagraphs(join(out, id, 'report.docx')) });
    const q1 = q('2024Q1');
    const q2 = q('2024Q2');
    const q3 = q('2024Q3');
    expect(q1.m.calls.inbound).not.toBe(q2.m.calls.inbound);
    const n1 = `一季度备注：呼入${q1.m.calls.inbound}通。`;
    const n2 = `二季度备注：呼入${q2.m.calls.inbound}通。`;
    expect(q1.ps).toContain(n1);
    expect(q1.ps.join('\n')).not.toMatch(/二季度/);
    expect(q2.ps).toContain(n2);
    expect(q2.ps.join('\n')).not.toMatch(/一季度备注/);
    // at the end of section 一, right before 二
    expect(q2.ps[q2.ps.indexOf(n2) + 1]).toBe('二、各市州话务分布情况');
    expect(q2.ps).toContain('十一、下一步工作打算');
    expect(q1.ps).not.toContain('十一、下一步工作打算');
    // no notes file for 2024Q3: the report as without notes
    expect(q3.ps.join('\n')).not.toMatch(/备注|十一、/);
  });

  it('reads notes/ in the working folder by default, and a bad file stops the run with its file and line', () => {
    const cwd = tempDir('notes-cwd');
    mkdirSync(join(cwd, 'notes'));
    writeFileSync(join(cwd, 'notes', '2024Q2.md'), '## 二\n工作目录中的备注。\n');
    const ok = spawnCli(['q2-2024', '--data', smallData(), '--out', 'out', '--format', 'docx', '--quiet', ...ISSUED], cwd);
    expect(ok.status, ok.stderr).toBe(0);
    expect(docxParagraphs(join(cwd, 'out', '2024Q2', 'report.docx'))).toContain('工作目录中的备注。');
    writeFileSync(join(cwd, 'notes', '2024Q1.md'), '## 一\n\n\n{{pct calls.nope}}\n');
    const bad = spawnCli(['q1-2024..q2-2024', '--data', smallData(), '--out', 'out2', '--format', 'docx', '--quiet', ...ISSUED], cwd);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('error: notes/2024Q1.md:4: {{pct calls.nope}}: calls.nope names no figure: no "nope" (calls has: ' + bad.stderr.split('(calls has: ')[1]);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
