import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parseDate, parseDateTime, parseDateTimeAt } from '../../src/read/datetime.js';
import { readExportParallel, type FoldSpec } from '../../src/parallel/index.js';
import type { FileName } from '../../src/records.js';
import type { Kept } from '../parallel/record-fold.js';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, mo - 1, d, h, mi, s) / 1000;
const pad = (n: number): string => String(n).padStart(2, '0');

describe('dates written the Chinese way', () => {
  it('2025年1月3日, with a time of day with or without seconds, padded or not', () => {
    expect(parseDate('2025年1月3日')).toBe(utc(2025, 1, 3));
    expect(parseDate('2025年01月03日')).toBe(utc(2025, 1, 3));
    expect(parseDateTime('2025年1月3日 10:05:00')).toBe(utc(2025, 1, 3, 10, 5, 0));
    expect(parseDateTime('2025年1月3日 10:05')).toBe(utc(2025, 1, 3, 10, 5));
    expect(parseDateTime('2025年12月31日 23:59:59')).toBe(utc(2025, 12, 31, 23, 59, 59));
    expect(parseDateTime('2025年1月3日10:05:09')).toBe(utc(2025, 1, 3, 10, 5, 9));
    expect(parseDateTime('2024年2月29日 9:00')).toBe(utc(2024, 2, 29, 9));
    expect(parseDate('2025年1月3日 10:05')).toBe(utc(2025, 1, 3));
    expect(parseDateTimeAt('x,2025年1月3日 10:05:00,', 2, 20)).toBe(utc(2025, 1, 3, 10, 5));
  });

  it('rejects impossible and half-Chinese forms', () => {
    for (const s of ['2025年1月3日', '2025年2月29日 10:00', '2025年13月1日 10:00', '2025年1月3 10:00', '2025年1-3日 10:00',
      '2025-1月3日 10:00', '2025年1月3日T10:00', '2025年1月3日 24:00', '2025年1月3日 10:00 下午', '2025年1月32日 10:00']) {
      expect(parseDateTime(s), s).toBeNaN();
    }
    expect(parseDate('2025年2月30日')).toBeNaN();
  });

  it('parses to the same value as the ISO form (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31, 23, 59, 59)), noInvalidDate: true }),
        fc.boolean(), fc.boolean(), fc.boolean(),
        (d, padded, seconds, space) => {
          const y = d.getUTCFullYear(), mo = d.getUTCMonth() + 1, day = d.getUTCDate();
          const h = d.getUTCHours(), mi = d.getUTCMinutes(), s = d.getUTCSeconds();
          const iso = `${y}-${pad(mo)}-${pad(day)} ${pad(h)}:${pad(mi)}${seconds ? `:${pad(s)}` : ''}`;
          const zh = `${y}年${padded ? pad(mo) : mo}月${padded ? pad(day) : day}日${space ? ' ' : ''}${padded ? pad(h) : h}:${pad(mi)}${seconds ? `:${pad(s)}` : ''}`;
          expect(parseDateTime(zh)).toBe(parseDateTime(iso));
          expect(parseDateTimeAt(`,${zh},`, 1, zh.length + 1)).toBe(parseDateTime(iso));
          expect(parseDate(`${y}年${mo}月${day}日`)).toBe(parseDate(iso.slice(0, 10)));
        },
      ),
    );
  });
});

describe('Chinese dates in an export, on every read path and encoding', () => {
  const spec: FoldSpec = { module: new URL('../parallel/record-fold.ts', import.meta.url).href, factory: 'recordFold', init: null };
  const rows: string[] = ['call_id,start_time,caller_province,channel,outcome'];
  const expected: number[] = [];
  for (let i = 0; i < 300; i++) {
    const day = 1 + (i % 28);
    const h = i % 24;
    rows.push(i % 3 === 0
      ? `C${i},2025年1月${day}日 ${h}:07:05,贵州省,手机,接通`
      : i % 3 === 1 ? `C${i},2025-01-${pad(day)} ${pad(h)}:07:05,贵州省,手机,接通` : `C${i},2025年01月${pad(day)}日 ${pad(h)}:07,贵州省,手机,接通`);
    expected.push(utc(2025, 1, day, h, 7, i % 3 === 2 ? 0 : 5));
  }
  const text = `${rows.join('\n')}\n`;
  const dir = mkdtempSync(join(tmpdir(), 'hotline-zh-dates-'));

  for (const [encoding, bytes] of [['utf-8', Buffer.from(text)], ['gb18030', iconv.encode(text, 'gb18030')]] as const) {
    it(`${encoding}: streaming, chunks here and on workers read the same times`, async () => {
      const path = join(dir, `calls-${encoding}.csv`);
      writeFileSync(path, bytes);
      const enc = encoding === 'gb18030' ? 'gb18030' : undefined;
      for (const way of [{ minBytes: Infinity, inline: false }, { minBytes: Infinity, chunkBytes: 2048 }, { minBytes: 0, chunkBytes: 2048, workers: 2 }]) {
        const r = await readExportParallel<Kept, FileName>('calls', path, { encoding: enc, ...way }, spec);
        expect(r.issues).toEqual([]);
        expect((r.state.records as { startTime: number }[]).map((x) => x.startTime)).toEqual(expected);
      }
    });
  }
});
