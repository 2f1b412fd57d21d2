/**
 * The real outputs of the demo report, opened the way a reader's programs
 * open them: the DOCX unzipped, the PDF through poppler and qpdf, the DOCX
 * through LibreOffice. Expected values come from metrics.json (the one place
 * a figure is computed); the formatting is the document's (src/document/format.ts):
 * counts as plain integers, percentages with 2 decimals and `%`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { parts, paragraphs, tableTexts, unescapeXml } from '../docx/unzip.js';
import { cli, demoData, readJson, tempDir } from './helpers.js';
import { has, officeToPdf, run, squeeze } from './look.js';

const HEADINGS = [
  '一、运营情况概述', '二、各市州话务分布情况', '三、群众来电方式情况', '四、来电业务类型', '五、来电群众画像及业务情况分析',
  '六、工单转交办理情况', '七、人民群众满意度情况', '八、质检情况', '九、培训情况', '十、以案释法情况',
];
const ISSUED = ['--issued', '2025-04-03'];

const pct = (v: number): string => `${v.toFixed(2)}%`;
const num = (v: number): string => String(Math.trunc(v));

/** Runs the demo report (all formats) into a fresh folder and returns its 2025Q1 folder. */
async function demoReport(name: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const out = tempDir(name);
  const r = await cli(['q1-2025', '--data', await demoData(), '--out', out, '--quiet', ...args], env);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return join(out, '2025Q1');
}

/** Every file of a report folder (charts included) by relative path. */
function files(dir: string): Map<string, Buffer> {
  const m = new Map<string, Buffer>();
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const p = join(f.parentPath, f.name);
    m.set(p.slice(dir.length + 1), readFileSync(p));
  }
  return m;
}

function expectSameFiles(a: string, b: string): void {
  const fa = files(a);
  const fb = files(b);
  expect([...fb.keys()].sort()).toEqual([...fa.keys()].sort());
  for (const [name, bytes] of fa) expect(Buffer.compare(bytes, fb.get(name)!), `${name} differs between runs`).toBe(0);
}

const poppler = has('pdftotext') && has('pdffonts') && has('pdfinfo');
if (!poppler) console.warn('tests/e2e/outputs: poppler-utils (pdftotext, pdffonts, pdfinfo) not installed, the PDF checks are skipped');
const qpdf = has('qpdf');
if (!qpdf) console.warn('tests/e2e/outputs: qpdf not installed, the PDF structure check is skipped');
const soffice = has('soffice');
if (!soffice) console.warn('tests/e2e/outputs: soffice (LibreOffice) not installed, the DOCX-in-LibreOffice check is skipped');

let dir: string;
let m: any;
let xml: string;
let docText: string;
let pdfText: string;

beforeAll(async () => {
  dir = await demoReport('outputs', ISSUED);
  m = readJson(join(dir, 'metrics.json'));
  xml = parts(readFileSync(join(dir, 'report.docx'))).text('word/document.xml');
  docText = unescapeXml(paragraphs(xml).map((p) => p.text).join('\n'));
  pdfText = poppler ? run('pdftotext', [join(dir, 'report.pdf'), '-']) : '';
}, 180_000);

/** The figures of the overview sentence as the text writes them. */
function overviewFigures(): string[] {
  const c = m.calls;
  return [
    `${num(c.inbound)}通`, `${num(c.answered)}通`, pct(c.answerRate),
    `${num(c.unanswered.failed)}通`, `${num(c.unanswered.abandoned)}通`, `${num(c.unanswered.queueTimeout)}通`, `${num(c.unanswered.overflow)}通`,
    `${num(c.dailyAverage)}通`, `${num(c.workdayAverage)}通`, `${num(c.restdayAverage)}通`,
    pct(m.satisfaction.satisfactionRate), `${num(m.qa.inspected)}通`, pct(m.qa.inspectionRate),
    `${num(m.staffing.lawyersOnDuty)}名律师`, `${m.staffing.serviceHours.toFixed(2)}小时`,
  ];
}

/** Text between one heading and the next (or the end). */
function section(text: string, i: number): string {
  const from = text.indexOf(HEADINGS[i]!);
  const to = i + 1 < HEADINGS.length ? text.indexOf(HEADINGS[i + 1]!, from) : text.length;
  expect(from, HEADINGS[i]).toBeGreaterThanOrEqual(0);
  expect(to, HEADINGS[i + 1]).toBeGreaterThan(from);
  return text.slice(from, to);
}

/** The tables metrics.json implies, by their header row, each as rows of cell texts (header first). */
function expectedTables(): { readonly name: string; readonly rows: string[][] }[] {
  const t: { name: string; rows: string[][] }[] = [];
  t.push({
    name: '各市州话务分布情况',
    rows: [['市州', '本期', '占比', '上期', '环比'], ...m.regions.rows.map((r: any) => [r.name, num(r.current), pct(r.share), num(r.previous), pct(r.change)])],
  });
  for (const c of m.consultations.categories) {
    t.push({
      name: `${c.name}类咨询来电统计表`,
      rows: [['分类', '咨询量', '咨询占比'], ...c.subcategories.map((s: any) => [s.name, num(s.count), pct(s.share)]), ['小计', num(c.classified), '100.00%']],
    });
  }
  const order = ['非常满意', '满意', '基本满意', '不满意'];
  const ratings = [...m.satisfaction.rows].sort((a: any, b: any) => order.indexOf(a.name) - order.indexOf(b.name));
  t.push({
    name: '满意度测评情况',
    rows: [['评价', '数量', '占比'], ...ratings.map((r: any) => [r.name, num(r.count), pct(r.share)]), ['合计', num(m.satisfaction.rated), '100.00%']],
  });
  t.push({ name: '回访结果情况', rows: [['回访结果', '数量'], ...m.callbacks.results.map((r: any) => [r.name, num(r.count)])] });
  t.push({
    name: '质检复核情况',
    rows: [['复核原因', '复核数', '成立数'], ...m.qa.rechecks.map((r: any) => [r.reason, num(r.count), num(r.upheld)]), ['合计', num(m.qa.recheckTotal), num(m.qa.recheckUpheld)]],
  });
  return t;
}

describe('DOCX of the demo report', () => {
  it('has the title and the ten section headings in the Heading1 style, in order', () => {
    const ps = paragraphs(xml).map((p) => ({ ...p, text: unescapeXml(p.text) }));
    const title = ps.filter((p) => p.style === 'Title').map((p) => p.text).join('');
    expect(title).toBe(m.meta.title);
    const h1 = ps.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual(HEADINGS);
  });

  it('has every table cell equal to the figures of metrics.json', () => {
    const tables = tableTexts(xml).map((t) => t.map((row) => row.map(unescapeXml)));
    const expected = expectedTables();
    // each expected table appears once, whole, with its caption before it
    for (const e of expected) {
      const found = tables.filter((t) => JSON.stringify(t) === JSON.stringify(e.rows));
      expect(found, `table ${e.name}: ${JSON.stringify(e.rows.slice(0, 3))}… not found among ${JSON.stringify(tables.map((t) => t[1]))}`).toHaveLength(1);
      expect(docText).toMatch(new RegExp(`表\\d+\\s*${e.name}`));
    }
    // and no table that metrics.json does not explain (the tickets table may be placed by a template)
    const tickets = [['工单类型', '数量'], ...m.tickets.byType.map((r: any) => [r.name, num(r.count)]), ['合计', num(m.tickets.total)]];
    const known = new Set([...expected.map((e) => JSON.stringify(e.rows)), JSON.stringify(tickets)]);
    for (const t of tables) expect(known.has(JSON.stringify(t)), `unexpected table ${JSON.stringify(t.slice(0, 2))}`).toBe(true);
    expect(docText).toContain(`另有未分类咨询${num(m.consultations.categories.find((c: any) => c.name === '民事').unclassified)}条`);
  });

  it('says the key figures of the overview in its first section', () => {
    const overview = section(docText.replace(/\n/g, ''), 0);
    for (const f of overviewFigures()) expect(overview, f).toContain(f);
    expect(overview).toContain(`呼入话务量共计${num(m.calls.inbound)}通`);
  });

  it('closes with the issuer and the issue date on one line (版记)', () => {
    expect(docText.split('\n')).toContain(`${m.meta.issuer}2025年4月3日印发`);
  });

  it('holds the 14 chart images and sets East Asian fonts', () => {
    const pkg = parts(readFileSync(join(dir, 'report.docx')));
    const media = pkg.names.filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(14);
    expect(readdirSync(join(dir, 'charts')).filter((n) => n.endsWith('.png'))).toHaveLength(14);
    for (const n of media) expect(Buffer.from(pkg.bytes(n).subarray(1, 4)).toString()).toBe('PNG');
    // each picture is its chart's PNG, byte for byte (the DOCX is built before the charts are drawn, and given them when zipped)
    const key = (b: Uint8Array): string => Buffer.from(b).toString('base64');
    const pngs = readdirSync(join(dir, 'charts')).map((n) => key(readFileSync(join(dir, 'charts', n))));
    expect(media.map((n) => key(pkg.bytes(n))).sort()).toEqual(pngs.sort());
    const f = DEFAULT_CONFIG.fonts.docx;
    const all = xml + pkg.text('word/styles.xml');
    for (const font of [f.title, f.body, f.heading1]) expect(all, font).toContain(`w:eastAsia="${font}"`);
    expect(xml).toContain('w:hint="eastAsia"');
  });

  it('names title and creator in docProps/core.xml', () => {
    const core = parts(readFileSync(join(dir, 'report.docx'))).text('docProps/core.xml');
    expect(core).toContain(`<dc:title>${m.meta.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${m.meta.issuer}</dc:creator>`);
  });
});

describe.skipIf(!poppler)('PDF of the demo report', () => {
  it('holds every heading, the title and the key figures', () => {
    const t = squeeze(pdfText);
    expect(t).toContain(m.meta.title);
    for (const h of HEADINGS) expect(t, h).toContain(h);
    const overview = section(t, 0);
    for (const f of overviewFigures()) expect(overview, f).toContain(f);
    for (const r of m.regions.rows) expect(t, r.name).toContain(`${r.name}${num(r.current)}${pct(r.share)}${num(r.previous)}${pct(r.change)}`);
    expect(t).toContain('—1—');
    // the 版记 as the DOCX sets it: issuer and date on one line, the last text of the report
    const layout = run('pdftotext', ['-layout', join(dir, 'report.pdf'), '-']).split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^—\s*\d+\s*—$/.test(l));
    expect(layout.at(-1)).toMatch(new RegExp(`^${m.meta.issuer}\\s+2025年4月3日印发$`));
  });

  it('starts each table with at least three rows on the page of its caption', () => {
    // -layout keeps a caption and each table row on one line (the raw order may not)
    const pages = run('pdftotext', ['-layout', join(dir, 'report.pdf'), '-']).split('\f').map(squeeze);
    for (const e of expectedTables()) {
      const caption = new RegExp(`表\\d+${e.name}`);
      const p = pages.findIndex((s) => caption.test(s));
      expect(p, e.name).toBeGreaterThanOrEqual(0);
      const third = e.rows[Math.min(3, e.rows.length - 1)]!.join('');
      expect(pages[p], `${e.name}: its row ${third} is not on page ${p + 1}`).toContain(third);
    }
  });

  it('starts no line with a closing punctuation mark', () => {
    const bad = pdfText.split('\n').filter((l) => /^\s*[，。、；：？！）》」”’%]/.test(l));
    expect(bad).toEqual([]);
  });

  it('embeds every font, is A4 and names title and author', () => {
    const fonts = run('pdffonts', [join(dir, 'report.pdf')]).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    // columns: name type [type] encoding emb sub uni object-id gen; emb is the 5th from the end
    for (const l of fonts) expect(l.trim().split(/\s+/).at(-5), l).toBe('yes');
    const info = run('pdfinfo', [join(dir, 'report.pdf')]);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(info).toMatch(new RegExp(`Title:\\s+${m.meta.title}`));
    expect(info).toMatch(new RegExp(`Author:\\s+${m.meta.issuer}`));
  });

  it.skipIf(!qpdf)('passes qpdf --check', () => {
    const out = run('qpdf', ['--check', join(dir, 'report.pdf')]);
    expect(out).toContain('No syntax or stream encoding errors found');
  });
});

describe('no phone number in any output', () => {
  const phone = /(?<!\d)1[3-9]\d{9}(?!\d)/;
  const masked = /\d{3}\*{4}\d{4}/;
  it('metrics.json, document.xml and the PDF text hold neither full nor masked numbers', () => {
    const texts: [string, string][] = [['metrics.json', readFileSync(join(dir, 'metrics.json'), 'utf8')], ['document.xml', xml]];
    if (poppler) texts.push(['report.pdf', pdfText]);
    for (const [name, s] of texts) {
      expect(phone.exec(s)?.[0], name).toBeUndefined();
      expect(masked.exec(s)?.[0], name).toBeUndefined();
    }
  });

  it('is not vacuous: the demo calls.csv does hold masked callers', async () => {
    const calls = readFileSync(join(await demoData(), 'calls.csv'), 'utf8').slice(0, 100_000);
    expect(calls).toMatch(masked);
  });
});

describe('reproducible', () => {
  it('two runs with the same --issued write byte-identical files', async () => {
    expectSameFiles(dir, await demoReport('outputs-again', ISSUED));
  }, 180_000);

  it('two runs with the same SOURCE_DATE_EPOCH write byte-identical files, dated in China time', async () => {
    const env = { SOURCE_DATE_EPOCH: '1743638400' };
    const a = await demoReport('outputs-sde-a', [], env);
    const b = await demoReport('outputs-sde-b', [], env);
    expectSameFiles(a, b);
    expect(readJson(join(a, 'metrics.json')).meta.issued).toBe('2025-04-03');
    const text = unescapeXml(paragraphs(parts(readFileSync(join(a, 'report.docx'))).text('word/document.xml')).map((p) => p.text).join(''));
    expect(text).toContain('2025年4月3日印发');
  }, 240_000);

  it('takes the date of SOURCE_DATE_EPOCH in China, not UTC', async () => {
    // 2025-04-02T16:00:00Z is already 4月3日 in Beijing
    const out = tempDir('outputs-sde-cn');
    const r = await cli(['q1-2025', '--data', await demoData(), '--out', out, '--format', 'json', '--quiet'], { SOURCE_DATE_EPOCH: '1743609600' });
    expect(r.status).toBe(0);
    expect(readJson(join(out, '2025Q1', 'metrics.json')).meta).toMatchObject({ issued: '2025-04-03', issuedLabel: '2025年4月3日' });
  }, 60_000);
});

describe.skipIf(!soffice)('LibreOffice opens the DOCX', () => {
  it('converts report.docx to a PDF with the headings in it', () => {
    const r = officeToPdf(join(dir, 'report.docx'), tempDir('outputs-lo'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.pdf, r.stderr).not.toBeNull();
    expect(readFileSync(r.pdf!).subarray(0, 5).toString()).toBe('%PDF-');
    if (!poppler) return;
    const t = squeeze(run('pdftotext', [r.pdf!, '-']));
    expect(t).toContain(m.meta.title.slice(0, 10));
    for (const h of HEADINGS) expect(t, h).toContain(h);
    expect(t).toContain(`呼入话务量共计${num(m.calls.inbound)}通`);
    expect(t).toContain('2025年4月3日印发');
  }, 240_000);
});
