import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { buildDocument } from '../../src/document/build.js';
import type { FigureBlock, TableBlock } from '../../src/document/types.js';
import { renderDocx, sanitizeXmlText } from '../../src/render/docx/index.js';
import { sampleModel, emptyModel } from '../fixtures/sample-model.js';
import { fakeCharts, imagesOf } from '../document/fake-charts.js';
import { paragraphs, parts, tableTexts, unescapeXml } from './unzip.js';

const fonts = DEFAULT_CONFIG.fonts.docx;
const HEADINGS = [
  '一、运营情况概述', '二、各市州话务分布情况', '三、群众来电方式情况', '四、来电业务类型', '五、来电群众画像及业务情况分析',
  '六、工单转交办理情况', '七、人民群众满意度情况', '八、质检情况', '九、培训情况', '十、以案释法情况',
];

describe('renderDocx', async () => {
  const model = sampleModel();
  const doc = buildDocument(model, fakeCharts());
  const bytes = await renderDocx(doc, fonts, imagesOf(fakeCharts()));
  const pkg = parts(bytes);
  const xml = pkg.text('word/document.xml');

  it('gives each section heading the Heading1 style', () => {
    const h1 = paragraphs(xml).filter((p) => p.style === 'Heading1');
    expect(h1.map((p) => p.text)).toEqual(HEADINGS);
    const styles = pkg.text('word/styles.xml');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/);
  });

  it('writes every table with the rows of the model, header repeated, rows unsplit', () => {
    const blocks = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
    const found = tableTexts(xml);
    expect(found).toHaveLength(blocks.length);
    blocks.forEach((b, i) => {
      const expected = [b.header, ...b.rows, ...(b.totalRow ? [b.totalRow] : [])].map((r) => r.map(String));
      expect(found[i]!.map((r) => r.map(unescapeXml))).toEqual(expected);
    });
    const tbls = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    for (const t of tbls) {
      expect(t.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/g)).toHaveLength(1);
      expect(t.match(/<w:cantSplit/g)!.length).toBe(t.match(/<w:tr[ >]/g)!.length);
    }
    // the table captions sit above the tables
    const paras = paragraphs(xml).map((p) => p.text);
    expect(paras).toContain('表1 各市州话务分布情况');
    expect(paras).toContain('表2 民事类咨询来电统计表');
    expect(paras).toContain('注：另有未分类咨询1119条，未计入上表。');
    expect(xml.indexOf('表2 民事类咨询来电统计表')).toBeLessThan(xml.indexOf('合同、无因管理、不当得利纠纷</w:t>'));
  });

  it('gives the cell margins once per table, and writes bold only where it is', () => {
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    for (const t of tables) {
      const mar = /<w:tblCellMar>([\s\S]*?)<\/w:tblCellMar>/.exec(t)?.[1] ?? '';
      // 2 pt above and below, 5 pt at the sides (twips)
      expect(mar).toMatch(/<w:top w:type="dxa" w:w="40"\/>/);
      expect(mar).toMatch(/<w:bottom w:type="dxa" w:w="40"\/>/);
      expect(mar).toMatch(/<w:left w:type="dxa" w:w="100"\/>/);
      expect(mar).toMatch(/<w:right w:type="dxa" w:w="100"\/>/);
      expect(t).not.toContain('<w:tcMar>');
      // header and total rows bold, the body rows not, without a bold-off element in each run
      const rows = t.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)!;
      expect(rows[0]).toContain('<w:b/>');
      expect(rows[1]).not.toMatch(/<w:b[ /]/);
    }
    // nor in the paragraphs of text (headings keep theirs: Word's heading styles are bold, ours are not)
    const plain = (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).filter((p) => !p.includes('<w:pStyle'));
    expect(plain.length).toBeGreaterThan(10);
    for (const p of plain) expect(p).not.toContain('<w:b w:val="false"/>');
  });

  it('right-aligns the numbers of a table', () => {
    const first = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)![0];
    const row = first.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)![1]!;
    const cells = row.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
    expect(cells[0]).toMatch(/<w:jc w:val="(left|start)"\/>/);
    expect(cells[1]).toMatch(/<w:jc w:val="(right|end)"\/>/);
  });

  it('sets the East Asian fonts of the config', () => {
    const styles = pkg.text('word/styles.xml');
    for (const f of [fonts.title, fonts.body, fonts.heading1]) expect(xml + styles).toContain(`w:eastAsia="${f}"`);
    expect(styles).toContain(`w:eastAsia="${fonts.heading2}"`);
    expect(xml).toContain(`w:ascii="${fonts.latin}"`);
    // every run of text carries its fonts, but in table cells, whose paragraph style sets them once
    const paras = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g)!;
    const inTables = paras.filter((p) => p.includes('<w:pStyle w:val="TableText"/>'));
    expect(inTables.length).toBe(tableTexts(xml).flat(2).length);
    for (const p of paras.filter((q) => !inTables.includes(q))) {
      for (const r of p.match(/<w:r>[\s\S]*?<\/w:r>/g)?.filter((x) => x.includes('<w:t')) ?? []) expect(r).toContain('w:eastAsia=');
    }
    for (const p of inTables) expect(p).not.toContain('<w:rFonts');
    const tableStyle = /<w:style w:type="paragraph" w:styleId="TableText">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(tableStyle).toContain(`w:eastAsia="${fonts.body}"`);
    expect(tableStyle).toContain(`w:ascii="${fonts.latin}"`);
    // 小四 (12 pt) on a 20 pt line
    expect(tableStyle).toMatch(/<w:sz w:val="24"\/>/);
    expect(tableStyle).toMatch(/w:line="400" w:lineRule="exact"/);
  });

  it('lays out A4 with the GB/T 9704 margins and a fixed body line pitch', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="2098"/);
    expect(xml).toMatch(/w:bottom="1984"/);
    expect(xml).toMatch(/w:left="1587"/);
    expect(xml).toMatch(/w:right="1474"/);
    expect(pkg.text('word/styles.xml')).toMatch(/<w:spacing[^>]*w:line="578"[^>]*w:lineRule="exact"/);
    expect(xml).toMatch(/<w:ind w:firstLine="640"\/>/);
  });

  it('embeds each figure with its alt text and caption below', () => {
    const figs = doc.blocks.filter((b): b is FigureBlock => b.kind === 'figure');
    const media = pkg.names.filter((n) => n.startsWith('word/media/'));
    // identical PNGs share one media part; the fake charts differ only by id, not pixels
    expect(media.length).toBeGreaterThanOrEqual(1);
    expect(Buffer.from(pkg.bytes(media[0]!)).subarray(1, 4).toString()).toBe('PNG');
    const docPr = xml.match(/<wp:docPr [^>]*>/g)!;
    expect(docPr).toHaveLength(figs.length);
    figs.forEach((f, i) => {
      expect(unescapeXml(docPr[i]!)).toContain(`descr="${f.alt}"`);
      expect(unescapeXml(docPr[i]!)).toContain(`title="${f.number} ${f.caption}"`);
    });
    const paras = paragraphs(xml).map((p) => p.text);
    expect(paras).toContain('图1 示例图 01-daily-inbound');
    // 16 cm asked, the text block is 15.6 cm: the picture fills the text width
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml)!;
    expect(Number(extent[1]) / 360000).toBeCloseTo(15.6, 1);
    expect(Number(extent[2]) / Number(extent[1])).toBeCloseTo(180 / 300, 2);
  });

  it('numbers the pages — N — in the footer', () => {
    const footer = pkg.names.find((n) => /^word\/footer\d*\.xml$/.test(n))!;
    const f = pkg.text(footer);
    expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(f).toContain('— </w:t>');
    expect(f).toContain('> —</w:t>');
    expect(f).toContain('<w:jc w:val="center"/>');
  });

  it('writes the document properties with fixed dates', () => {
    const core = pkg.text('docProps/core.xml');
    expect(core).toContain(`<dc:title>${model.meta.title}</dc:title>`);
    expect(core).toContain('<dc:creator>省法律援助中心</dc:creator>');
    expect(core).toContain('<dc:subject>2025年第一季度运营服务情况报告</dc:subject>');
    expect(core).toMatch(/<dcterms:created[^>]*>2025-04-03T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified[^>]*>2025-04-03T00:00:00Z<\/dcterms:modified>/);
  });

  it('gives byte-identical files on a re-render, whatever the time zone', async () => {
    const again = await renderDocx(buildDocument(sampleModel(), fakeCharts()), fonts, imagesOf(fakeCharts()));
    expect(Buffer.compare(again, bytes)).toBe(0);
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const elsewhere = await renderDocx(buildDocument(sampleModel(), fakeCharts()), fonts, imagesOf(fakeCharts()));
      expect(Buffer.compare(elsewhere, bytes)).toBe(0);
    } finally {
      process.env.TZ = tz;
    }
  });

  it('stops on a figure whose picture is missing', async () => {
    await expect(renderDocx(doc, fonts, new Map())).rejects.toThrow(/no image for figure 01-daily-inbound/);
  });

  it('renders the empty model: headings and 本期无相关数据。', async () => {
    const x = parts(await renderDocx(buildDocument(emptyModel(), []), fonts, new Map())).text('word/document.xml');
    const ps = paragraphs(x);
    expect(ps.filter((p) => p.style === 'Heading1')).toHaveLength(10);
    expect(ps.filter((p) => p.text === '本期无相关数据。')).toHaveLength(10);
  });
});

describe('characters illegal in XML', () => {
  it('sanitizeXmlText drops control characters and lone surrogates, keeps tab, newline and CJK', () => {
    expect(sanitizeXmlText('a\u0007b\u0000c\u001Fd\u000Be\uFFFEf')).toBe('abcdef');
    expect(sanitizeXmlText('x\ty\nz\r')).toBe('x\ty\nz\r');
    expect(sanitizeXmlText('\uD800孤\uDC00')).toBe('孤');
    expect(sanitizeXmlText('𠀀中文')).toBe('𠀀中文');
  });

  it('never lets them into the package, even from the data', async () => {
    const m = sampleModel();
    const model = {
      ...m,
      meta: { ...m.meta, title: `${m.meta.title}\u0007`, issuer: `省法律\u0001援助中心` },
      articles: [{ title: '带\u0007响铃\u001B的标题', publishedAt: '2025-01-08', channels: ['网\u0000站'] }],
    };
    const chart = { ...fakeCharts(['01-daily-inbound'])[0]!, caption: '图\u0008题', alt: '替代\u0007文字' };
    const pkg = parts(await renderDocx(buildDocument(model, [chart]), fonts, imagesOf([chart])));
    for (const name of pkg.names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      // eslint-disable-next-line no-control-regex
      expect(pkg.text(name)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
    const xml = pkg.text('word/document.xml');
    expect(xml).toContain('《带响铃的标题》');
    expect(pkg.text('docProps/core.xml')).toContain('<dc:creator>省法律援助中心</dc:creator>');
  });
});
