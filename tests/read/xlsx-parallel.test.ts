import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { readXlsxExport } from '../../src/read/xlsx/index.js';
import { lastRowEnd } from '../../src/read/xlsx/piece.js';
import { PieceBuffers } from '../../src/read/xlsx/parallel.js';
import type { FoldSpec } from '../../src/parallel/fold.js';
import type { Kept } from '../parallel/record-fold.js';
import { dateCell, writeXlsx, type CellValue, type XlsxRow } from '../../bench/xlsx-writer.js';

const keep: FoldSpec = { module: new URL('../parallel/record-fold.ts', import.meta.url).href, factory: 'recordFold', init: null };
const dir = mkdtempSync(join(tmpdir(), 'xlsx-par-'));
const HEADER = ['call_id', 'start_time', 'caller_province', 'caller_city', 'channel', 'outcome', 'wait_seconds', 'agent_id'];

/** 3,000 rows: ids repeated near and far (also within a piece), bad cells, blank rows, skipped row numbers, Chinese text */
function rows(n = 3000): XlsxRow[] {
  const out: XlsxRow[] = [{ r: 1, cells: HEADER }];
  let r = 2;
  for (let i = 0; i < n; i++) {
    const id = i % 97 === 5 ? `C${i - 1}` : i % 501 === 7 ? 'C3' : `C${i}`;
    const t: CellValue = i % 211 === 3 ? 'bad date' : dateCell(Date.UTC(2025, 0, 1) / 1000 + i * 997);
    const cells: CellValue[] = [id, t, '贵州省', i % 3 === 0 ? '贵阳市' : '遵义市', i % 5 === 0 ? '座机' : '手机', i % 7 === 0 ? '排队放弃' : '接通', i % 13, `A${i % 40}`];
    out.push({ r, cells });
    r += i % 50 === 0 ? 3 : 1;
    if (i % 333 === 0) out.push({ r: r++, cells: ['', null, ' '] });
  }
  return out;
}

async function both(path: string, chunkBytes = 8 * 1024): Promise<void> {
  const one = await readXlsxExport<Kept, 'calls'>('calls', path, { workers: 1 }, keep);
  const par = await readXlsxExport<Kept, 'calls'>('calls', path, { workers: 2, minBytes: 0, chunkBytes }, keep);
  expect(one.mode).toBe('single');
  expect(par.mode).toBe('parallel');
  // a piece is at least one inflated part (up to 256 KB): the 3,000 rows make several
  expect(par.chunks?.count).toBeGreaterThan(chunkBytes > 8 * 1024 ? 3 : 4);
  expect(par.chunks?.refolded).toBeGreaterThan(0);
  expect(par.issues).toEqual(one.issues);
  expect(par.stats).toEqual(one.stats);
  expect(par.state.lines).toEqual(one.state.lines);
  expect(par.state.records).toEqual(one.state.records);
  expect(one.issues.filter((i) => i.code === 'duplicate').length).toBeGreaterThan(30);
}

describe('readXlsxExport on worker threads', () => {
  it('gives what one thread gives: records, lines, issues, duplicates across pieces (shared strings)', async () => {
    const path = join(dir, 'shared.xlsx');
    await writeXlsx(path, [{ name: 'calls', rows: rows() }], { strings: 'shared' });
    await both(path);
  });

  it('the same with pieces made of several inflated parts', async () => {
    const path = join(dir, 'shared-large.xlsx');
    await writeXlsx(path, [{ name: 'calls', rows: rows(9000) }], { strings: 'shared' });
    // zlib hands out up to 256 KB at a time (zip.ts): a 300 KB piece is made of two of them
    await both(path, 300 * 1024);
  });

  it('the same with inline strings', async () => {
    const path = join(dir, 'inline.xlsx');
    await writeXlsx(path, [{ name: 'calls', rows: rows() }], { strings: 'inline' });
    await both(path);
  });

  it('reads rows without numbers on one thread (their numbers follow the rows before)', async () => {
    const path = join(dir, 'unnumbered.xlsx');
    await writeXlsx(path, [{ name: 'calls', rows: rows() }], { strings: 'inline' });
    const files = unzipSync(readFileSync(path));
    const xml = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    files['xl/worksheets/sheet1.xml'] = strToU8(xml.replace(/<row r="\d+">/g, '<row>').replace(/ r="[A-Z]+\d+"/g, ''));
    writeFileSync(path, zipSync(files));
    const one = await readXlsxExport<Kept, 'calls'>('calls', path, { workers: 1 }, keep);
    const par = await readXlsxExport<Kept, 'calls'>('calls', path, { workers: 2, minBytes: 0, chunkBytes: 8 * 1024 }, keep);
    expect(par.mode).toBe('single');
    expect(par.state.lines).toEqual(one.state.lines);
    expect(one.state.lines.slice(0, 3)).toEqual([2, 4, 5]); // rows numbered by their order, the blank third one counted
  });

  it('refuses a sheet whose read column holds a formula never calculated, naming its line and header, on one thread and on workers', async () => {
    const path = join(dir, 'formulas.xlsx');
    await writeXlsx(path, [{ name: 'calls', rows: rows() }], { strings: 'inline' });
    const files = unzipSync(readFileSync(path));
    const xml = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    // row 2800's wait_seconds (G) as a formula without its value, as openpyxl writes one; an agent_id (H) formula with its value is fine
    const cell = /<c r="G2800"[^>]*>.*?<\/c>/.exec(xml)?.[0] as string;
    const agent = /<c r="H2801"[^>]*>.*?<\/c>/.exec(xml)?.[0] as string;
    expect(cell).toBeDefined();
    const patched = xml.replace(cell, '<c r="G2800"><f>G2799+1</f><v></v></c>').replace(agent, '<c r="H2801" t="str"><f>"A"&amp;1</f><v>A1</v></c>');
    files['xl/worksheets/sheet1.xml'] = strToU8(patched);
    writeFileSync(path, zipSync(files));
    const want = 'formulas.xlsx:2800: wait_seconds holds a formula whose value was never saved (the program that wrote the workbook did not calculate it), which would be read as blank; open the workbook in Excel or LibreOffice, save it, and run again';
    await expect(readXlsxExport<Kept, 'calls'>('calls', path, { workers: 1 }, keep)).rejects.toThrow(want);
    await expect(readXlsxExport<Kept, 'calls'>('calls', path, { workers: 2, minBytes: 0, chunkBytes: 8 * 1024 }, keep)).rejects.toThrow(want);
    // the same cell in a column nobody reads is blank, as before
    files['xl/worksheets/sheet1.xml'] = strToU8(patched.replace('<c r="G2800"><f>', '<c r="Z2800"><f>'));
    writeFileSync(path, zipSync(files));
    const ok = await readXlsxExport<Kept, 'calls'>('calls', path, { workers: 1 }, keep);
    expect(ok.stats.used).toBeGreaterThan(2000);
  });

  it('tells cells merged over several rows, on one thread and on workers (they are listed after the rows, in the last piece)', async () => {
    const path = join(dir, 'merged.xlsx');
    await writeXlsx(path, [{ name: 'calls', rows: rows() }], { strings: 'inline' });
    const files = unzipSync(readFileSync(path));
    const xml = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    files['xl/worksheets/sheet1.xml'] = strToU8(xml.replace('</sheetData>', '</sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="D5:D9"/></mergeCells>'));
    writeFileSync(path, zipSync(files));
    const want = [
      'merged.xlsx: sheet "calls" has cells merged over several rows (D5:D9): a merged range\'s value is in its first cell only, so the others read as blank; unmerge them, filling each cell with its value, and save',
    ];
    expect((await readXlsxExport<Kept, 'calls'>('calls', path, { workers: 1 }, keep)).warnings).toEqual(want);
    const par = await readXlsxExport<Kept, 'calls'>('calls', path, { workers: 2, minBytes: 0, chunkBytes: 8 * 1024 }, keep);
    expect(par.mode).toBe('parallel');
    expect(par.warnings).toEqual(want);
  });

  it('cuts pieces after a row end, with or without a prefix', () => {
    const u = (s: string): Uint8Array => new TextEncoder().encode(s);
    const a = u('<row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v>');
    expect(lastRowEnd(a, a.length)).toBe('<row r="1"><c><v>1</v></c></row>'.length);
    const b = u('<x:row r="1"><x:c/></x:row><x:row r="2">');
    expect(lastRowEnd(b, b.length)).toBe('<x:row r="1"><x:c/></x:row>'.length);
    const c = u('<row r="1"><c t="inlineStr"><is><t>brow></t></is></c>');
    expect(lastRowEnd(c, c.length)).toBe(-1);
  });
});

describe('PieceBuffers', () => {
  const parts = (...s: string[]): Buffer[] => s.map((x) => Buffer.from(x));
  const text = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString();

  it('copies the first bytes of several parts, leaving the rest of the part it ends in', () => {
    const bufs = new PieceBuffers(16);
    const p = parts('abc', 'defg', 'hij');
    const piece = bufs.take(p, 5);
    expect(text(piece)).toBe('abcde');
    expect(piece.byteOffset).toBe(0);
    expect(piece.buffer.byteLength).toBe(16);
    expect(p.map(String)).toEqual(['fg', 'hij']);
    expect(text(bufs.take(p, 2))).toBe('fg');
    expect(p.map(String)).toEqual(['hij']);
  });

  it('uses a given-back buffer again when it is large enough, and makes a larger one when not', () => {
    const bufs = new PieceBuffers(8);
    const a = bufs.take(parts('12345678'), 8);
    bufs.give(a);
    const b = bufs.take(parts('xyz'), 3);
    expect(b.buffer).toBe(a.buffer);
    expect(text(b)).toBe('xyz');
    bufs.give(b);
    const c = bufs.take(parts('0123456789ab'), 12);
    expect(c.buffer).not.toBe(a.buffer);
    expect(text(c)).toBe('0123456789ab');
  });
});
