import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/document/types.js';
import { isClosingMark } from '../../src/render/pdf/linebreak.js';
import { renderPdf, type RenderedPdf } from '../../src/render/pdf/index.js';
import { sampleDocument, sampleImages } from './sample-doc.js';

const SHIPPED = { body: null, heading: null } as const;
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

let dir: string;
let doc: ReportDocument;
let first: RenderedPdf;
let file: string;

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8' });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
  doc = sampleDocument();
  first = await renderPdf(doc, SHIPPED, sampleImages(doc));
  file = join(dir, 'report.pdf');
  writeFileSync(file, first.pdf);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderPdf', () => {
  it('renders the same bytes twice', async () => {
    const again = await renderPdf(sampleDocument(), SHIPPED, sampleImages(doc));
    expect(Buffer.compare(again.pdf, first.pdf)).toBe(0);
    expect(first.warnings).toEqual([]);
  });

  it('is the same bytes rendered alone or after other PDFs whose text shares glyphs with it (∕/／, ·/•/・)', async () => {
    const para = (text: string): ReportDocument => ({ title: 't', author: '', subject: '', issued: '2025-04-03', blocks: [{ kind: 'paragraph', runs: [{ text }], style: 'body' }] });
    // the first PDF asks the fonts for ∕ and ·; the second for ／, • and ・, which the shipped fonts draw with the same glyphs
    const first = para('来电量∕接通量·比例');
    const second = para('来电量／接通量•比例・合计');
    await renderPdf(first, SHIPPED, new Map());
    const after = await renderPdf(second, SHIPPED, new Map());
    const script = `import { renderPdf } from ${JSON.stringify(new URL('../../src/render/pdf/index.ts', import.meta.url).href)};
      const r = await renderPdf(${JSON.stringify(second)}, { body: null, heading: null }, new Map());
      process.stdout.write(Buffer.from(r.pdf).toString('base64'));`;
    const alone = Buffer.from(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 }), 'base64');
    expect(alone.length).toBeGreaterThan(1000);
    expect(Buffer.compare(after.pdf, alone)).toBe(0);
  });

  it('stops on a figure whose picture is missing', async () => {
    await expect(renderPdf(doc, SHIPPED, new Map())).rejects.toThrow(/no image for figure 01-chart/);
  });

  it('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
  });

  it('embeds every font, as a subset', () => {
    const rows = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      // name type encoding emb sub uni ...: the emb column is the 4th from the end but two
      const cols = row.trim().split(/\s+/);
      expect(cols.slice(-5, -2), row).toEqual(['yes', 'yes', 'yes']);
      expect(cols[0], row).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('has A4 pages, the metadata and a sane page count', () => {
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+贵州省12348公共法律服务热线2025年第一季度运营服务情况/);
    expect(info).toMatch(/Author:\s+省法律援助中心/);
    // 2025-04-03 00:00 in China
    expect(info).toMatch(/CreationDate:.*2025/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(7);
    expect(pages).toBeLessThanOrEqual(14);
  });

  it('holds the headings, numbers, captions and page numbers as text, and no line starts with a closing mark', () => {
    const text = run('pdftotext', ['-layout', file, '-']);
    const flat = text.replace(/\s+/g, '');
    for (const b of doc.blocks) {
      if (b.kind === 'heading') expect(flat).toContain(b.text);
      if (b.kind === 'figure' || b.kind === 'table') expect(flat).toContain(`${b.number}${b.caption}`.replace(/\s+/g, ''));
    }
    for (const n of ['65448通', '98.52%', '00:00-08:00', '123456', '12.23%', '黔西南州第54片区', '省法律援助中心', '2025年4月3日印发', '另有未分类咨询1119条']) {
      expect(flat).toContain(n);
    }
    expect(flat).toContain('—1—');
    expect(flat).toContain('—2—');
    for (const line of text.split('\n')) {
      const t = line.trim();
      // the page number `— N —` is the one line that starts with a dash
      if (t !== '' && !/^—\s*\d+\s*—$/.test(t)) expect(isClosingMark(t[0] as string), line).toBe(false);
    }
  });

  it('repeats the header row of a table that runs over a page', () => {
    const pages = run('pdftotext', ['-layout', file, '-']).split('\f');
    const withHeader = pages.filter((p) => /片区\s+本期\s+上期\s+环比/.test(p));
    expect(withHeader.length).toBeGreaterThanOrEqual(2);
  });

  it('has bookmarks for the headings', () => {
    const qdf = join(dir, 'qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
    const raw = readFileSync(qdf, 'latin1');
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    expect(raw).toMatch(/\/PageMode \/UseOutlines/);
  });

  it('falls back to the shipped font for what a configured font lacks', async () => {
    if (!existsSync(DEJAVU)) return;
    const out = await renderPdf(doc, { body: DEJAVU, heading: null }, sampleImages(doc));
    expect(out.warnings).toEqual([]);
    const f = join(dir, 'dejavu.pdf');
    writeFileSync(f, out.pdf);
    const fonts = run('pdffonts', [f]);
    expect(fonts).toContain('DejaVuSans');
    expect(fonts).toContain('NotoSerifSC');
  });

  it('warns once about characters no font has', async () => {
    const odd: ReportDocument = { ...doc, blocks: [{ kind: 'paragraph', runs: [{ text: '韩文한글与符号☆，以及普通文字。' }] }] };
    const out = await renderPdf(odd, SHIPPED, new Map());
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toContain('U+D55C');
    expect(out.warnings[0]).toContain('U+2606');
    expect(out.warnings[0]).not.toContain('U+97E9'); // 韩 is in the font
  });

  it('rejects an unreadable font with one clear line', async () => {
    await expect(renderPdf(doc, { body: join(dir, 'missing.ttf'), heading: null }, sampleImages(doc))).rejects.toThrow(/PDF font .*missing\.ttf cannot be read/);
  });

  it('renders a report-sized document (14 charts) fast once the fonts are warm', async () => {
    const big = sampleDocument({ charts: 14 });
    const images = sampleImages(big);
    await renderPdf(big, SHIPPED, images);
    const t = performance.now();
    const out = await renderPdf(big, SHIPPED, images);
    const ms = performance.now() - t;
    const f = join(dir, 'big.pdf');
    writeFileSync(f, out.pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [f]))?.[1]);
    console.log(`PDF: ${pages} pages, 14 charts, ${Math.round(ms)} ms, ${out.pdf.length} bytes`);
    // speed is measured in bench/, not asserted here: a loaded host would make it flaky
    expect(pages).toBeGreaterThan(1);
  });

  it('renders an empty document as one page', async () => {
    const out = await renderPdf({ ...doc, blocks: [] }, SHIPPED, new Map());
    const f = join(dir, 'empty.pdf');
    writeFileSync(f, out.pdf);
    expect(run('pdfinfo', [f])).toMatch(/Pages:\s+1\n/);
  });
});
