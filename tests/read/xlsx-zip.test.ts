import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';
import { Zip } from '../../src/read/xlsx/zip.js';
import { readXlsxExport } from '../../src/read/xlsx/index.js';
import type { FoldSpec } from '../../src/parallel/fold.js';
import { dateCell, writeXlsx, type XlsxRow } from '../../bench/xlsx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));

async function bytesOf(zip: Zip, name: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const b of await zip.stream(name)) parts.push(b as Buffer);
  return Buffer.concat(parts);
}

describe('Zip.stream', () => {
  it('reads each entry from its own data, stored or deflated, empty or larger than one read', async () => {
    // incompressible: 3 MB deflated is ~3 MB to read, in several 1 MB reads
    const noise = randomBytes(3 << 20);
    const text = strToU8('<sst>贵阳市</sst>'.repeat(50_000));
    const path = join(dir, 'a.zip');
    writeFileSync(
      path,
      zipSync({
        'empty-stored.xml': [new Uint8Array(0), { level: 0 }],
        'empty-deflated.xml': [new Uint8Array(0), { level: 6 }],
        ['xl/a-long-name-before-the-data/'.repeat(8) + 'x.xml']: [strToU8('hello'), { level: 0 }],
        'noise.bin': [noise, { level: 6 }],
        'text.xml': [text, { level: 9 }],
        'text-stored.xml': [text, { level: 0 }],
      }),
    );
    const zip = await Zip.open(path);
    try {
      expect((await bytesOf(zip, 'empty-stored.xml')).length).toBe(0);
      expect((await bytesOf(zip, 'empty-deflated.xml')).length).toBe(0);
      expect((await bytesOf(zip, 'xl/a-long-name-before-the-data/'.repeat(8) + 'x.xml')).toString()).toBe('hello');
      expect((await bytesOf(zip, 'noise.bin')).equals(noise)).toBe(true);
      expect((await bytesOf(zip, 'text.xml')).equals(Buffer.from(text))).toBe(true);
      expect(await zip.text('text-stored.xml')).toBe('<sst>贵阳市</sst>'.repeat(50_000));
    } finally {
      zip.close();
    }
  });
});

describe('Zip.stream on a damaged part', () => {
  it('fails at the end of a part whose bytes do not match the zip’s checksum, though they read as XML', async () => {
    const xml = '<row r="2"><c r="A2"><v>12345</v></c></row>'.repeat(2000);
    const path = join(dir, 'damaged.zip');
    const file = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': [strToU8(xml), { level: 0 }] }));
    // one digit changed in the stored bytes: still XML, still a number
    const at = file.indexOf('12345', 1000);
    file[at] = '7'.charCodeAt(0);
    writeFileSync(path, file);
    const zip = await Zip.open(path);
    try {
      await expect(bytesOf(zip, 'xl/worksheets/sheet1.xml')).rejects.toThrow('part xl/worksheets/sheet1.xml is damaged: its bytes do not match the zip’s checksum'.replace('’', "'"));
    } finally {
      zip.close();
    }
  });

  it('says so for a deflated part too, whether zlib or the checksum finds it', async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `<row r="${i}"><c><v>${(i * 7919) % 10007}</v></c></row>`).join('');
    const path = join(dir, 'damaged-deflated.zip');
    const file = Buffer.from(zipSync({ 'a.xml': [strToU8(text), { level: 6 }] }));
    for (let i = 200; i < 210; i++) file[i] = (file[i] as number) ^ 0x5a;
    writeFileSync(path, file);
    const zip = await Zip.open(path);
    try {
      await expect(bytesOf(zip, 'a.xml')).rejects.toThrow();
    } finally {
      zip.close();
    }
  });
});

describe('readXlsxExport on a damaged workbook', () => {
  const keep: FoldSpec = { module: new URL('../parallel/record-fold.ts', import.meta.url).href, factory: 'recordFold', init: null };
  const HEADER = ['call_id', 'start_time', 'caller_province', 'channel', 'outcome'];

  it('names the damaged part, whatever the damaged bytes first failed as', async () => {
    const rows: XlsxRow[] = [{ r: 1, cells: HEADER }];
    for (let i = 0; i < 4000; i++) rows.push({ r: i + 2, cells: [`C${i}`, dateCell(Date.UTC(2025, 0, 1) / 1000 + i * 613), '贵州省', i % 3 ? '手机' : '座机', i % 7 ? '接通' : '排队放弃'] });
    for (const strings of ['shared', 'inline'] as const) {
      const path = join(dir, `damaged-${strings}.xlsx`);
      await writeXlsx(path, [{ name: 'calls', rows }], { strings });
      const file = readFileSync(path);
      // scramble 64 bytes in the middle of the sheet's deflated data (it is the largest part, written first)
      const at = file.indexOf('xl/worksheets/sheet1.xml') + 2000;
      for (let i = at; i < at + 64; i++) file[i] = (file[i] as number) ^ 0x5a;
      writeFileSync(path, file);
      for (const workers of [1, 2]) {
        await expect(readXlsxExport('calls', path, { workers, minBytes: 0, chunkBytes: 8 * 1024 }, keep)).rejects.toThrow(
          `damaged-${strings}.xlsx: the workbook is damaged (its part xl/worksheets/sheet1.xml does not match the workbook's own checksum)`,
        );
      }
    }
  });
});
