import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { InputError, readExport } from '../../src/read/index.js';
import type { CallRecord } from '../../src/records.js';
import { UsageError } from '../../src/cli/errors.js';
import { bomlessUtf16, looksUtf8 } from '../../src/read/decode.js';

const dir = mkdtempSync(join(tmpdir(), 'hotline-decode-'));
const HEADER = 'call_id,start_time,caller_province,caller_city,channel,outcome\n';

/** enough ASCII rows to pass the 1 MiB chunk size, then rows with Chinese */
function bigText(): string {
  const ascii: string[] = [];
  for (let i = 0; i < 30_000; i++) ascii.push(`A${i},2025-01-02 08:00:00,,,mobile,answered\n`);
  const cn: string[] = [];
  for (let i = 0; i < 30_000; i++) cn.push(`B${i},2025-01-02 08:00:00,贵州省,黔东南苗族侗族自治州,手机,接通\n`);
  return HEADER + ascii.join('') + cn.join('');
}

async function read(path: string, encoding?: string): Promise<CallRecord[]> {
  const out: CallRecord[] = [];
  const { issues } = await readExport('calls', path, { encoding }, (r) => out.push(r));
  expect(issues).toEqual([]);
  return out;
}

describe('decoding', () => {
  it('decides UTF-8 vs GB18030 at the first non-ASCII chunk, with characters split across chunks', async () => {
    const text = bigText();
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 << 20);
    const u = join(dir, 'u.csv');
    const g = join(dir, 'g.csv');
    writeFileSync(u, text);
    writeFileSync(g, iconv.encode(text, 'gb18030'));
    const a = await read(u);
    const b = await read(g);
    expect(a).toHaveLength(60_000);
    expect(b).toEqual(a);
    expect(a[59_999]).toMatchObject({ callId: 'B29999', callerCity: '黔东南苗族侗族自治州' });
  });

  it('a file taken for UTF-8 that turns invalid later stops with a hint', async () => {
    const p = join(dir, 'mixed.csv');
    const head = Buffer.from(`${HEADER}C1,2025-01-02 08:00:00,贵州省,,手机,接通\n`);
    const pad = Buffer.from(`C2,2025-01-02 08:00:00,,,mobile,answered\n`.repeat(40_000));
    writeFileSync(p, Buffer.concat([head, pad, iconv.encode('C3,2025-01-02 08:00:00,贵州省,,手机,接通\n', 'gbk')]));
    const err = await readExport('calls', p, {}, () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^calls\.csv: not valid UTF-8 \(near byte \d+\); .*--encoding gb18030$/);
  });

  it('a UTF-8 file with a few invalid bytes among its first Chinese text stops as not UTF-8, rather than being read as GB18030', async () => {
    const p = join(dir, 'cut.csv');
    const rows = Buffer.from(`C1,2025-01-02 08:00:00,贵州省,黔东南苗族侗族自治州,手机,接通\n`.repeat(50));
    // a cell cut in the middle of a character (the first 2 of 3 bytes of 州)
    const cut = Buffer.concat([Buffer.from('C2,2025-01-02 08:00:00,贵州省,'), Buffer.from('贵州').subarray(0, 5), Buffer.from(',手机,接通\n')]);
    writeFileSync(p, Buffer.concat([Buffer.from(HEADER), rows, cut, rows]));
    const err = await readExport('calls', p, {}, () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^calls\.csv: not valid UTF-8 \(near byte \d+\)/);
    // GB18030 text is still GB18030, however short
    for (const t of ['是', '贵州省', '黔东南苗族侗族自治州,手机,接通']) expect(looksUtf8(iconv.encode(t, 'gb18030')), t).toBe(false);
  });

  it('UTF-16 without a byte-order mark is read, detected or named with --encoding, rather than refused as binary', async () => {
    const text = `${HEADER}C1,2025-01-02 08:00:00,贵州省,黔东南苗族侗族自治州,手机,接通\nC2,2025-01-02 09:00:00,,,mobile,answered\n`;
    const utf8 = join(dir, 'plain.csv');
    writeFileSync(utf8, text);
    const expected = await read(utf8);
    expect(expected).toHaveLength(2);
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const p = join(dir, `${enc}.csv`);
      writeFileSync(p, iconv.encode(text, enc, { addBOM: false }));
      expect(bomlessUtf16(iconv.encode(text, enc, { addBOM: false }))).toBe(enc);
      expect(await read(p)).toEqual(expected);
      expect(await read(p, enc)).toEqual(expected);
    }
    // text of one byte a character, and binary content, are not UTF-16
    expect(bomlessUtf16(Buffer.from(text))).toBeNull();
    expect(bomlessUtf16(iconv.encode(text, 'gb18030'))).toBeNull();
    expect(bomlessUtf16(Buffer.from([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3]))).toBeNull();
    expect(bomlessUtf16(Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0', 'latin1'))).toBeNull();
  });

  it('a NUL byte in a cell near the top is that row\'s bad value, as further down; in the header, or as dense as binary, the file is not CSV', async () => {
    const p = join(dir, 'nul.csv');
    writeFileSync(p, `${HEADER}C1,2025-01-02 08:00:00,贵州省,,手\u0000机,接通\nC2,2025-01-02 09:00:00,,,mobile,answered\n`);
    const out: CallRecord[] = [];
    const { issues } = await readExport('calls', p, {}, (r) => out.push(r));
    expect(out.map((r) => r.callId)).toEqual(['C2']);
    expect(issues).toMatchObject([{ line: 2, reason: 'channel "手\\0机" is not a channel' }]);
    for (const bytes of [
      Buffer.from(`call_id,start_time,caller_province,caller_city,channel,outc\u0000ome\nC1,2025-01-02 08:00:00,,,mobile,answered\n`),
      Buffer.concat([Buffer.from(HEADER), Buffer.alloc(200), Buffer.from('\n')]),
    ]) {
      writeFileSync(p, bytes);
      await expect(readExport('calls', p, {}, () => {})).rejects.toThrow('calls.csv: not a CSV file (binary content)');
    }
  });

  it('an unknown --encoding is a usage error', async () => {
    const p = join(dir, 'x.csv');
    writeFileSync(p, HEADER);
    await expect(readExport('calls', p, { encoding: 'klingon' }, () => {})).rejects.toBeInstanceOf(UsageError);
  });
});
