import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readExportParallel, type FoldSpec } from '../../src/parallel/index.js';
import { InputError } from '../../src/read/index.js';
import type { FileName } from '../../src/records.js';
import type { Kept } from './record-fold.js';
import { callsCsv } from './gen.js';

const dir = mkdtempSync(join(tmpdir(), 'parallel-read-'));
const spec: FoldSpec = { module: new URL('./record-fold.ts', import.meta.url).href, factory: 'recordFold', init: null };

function write(name: string, content: string | Buffer): string {
  const sub = mkdtempSync(join(dir, 'x'));
  const path = join(sub, name);
  writeFileSync(path, content);
  return path;
}

async function both(file: FileName, path: string, opts: { chunkBytes?: number; encoding?: string; workers?: number } = {}) {
  const single = await readExportParallel<Kept, FileName>(file, path, { encoding: opts.encoding, minBytes: Infinity, inline: false }, spec);
  const parallel = await readExportParallel<Kept, FileName>(file, path, { encoding: opts.encoding, minBytes: 0, chunkBytes: opts.chunkBytes ?? 64 * 1024, workers: opts.workers ?? 2 }, spec);
  // the chunks' way on this thread: the same as the streaming reader, whatever the outcome of the parallel one
  const inline = await readExportParallel<Kept, FileName>(file, path, { encoding: opts.encoding, minBytes: Infinity, chunkBytes: opts.chunkBytes ?? 64 * 1024 }, spec);
  expect(inline.mode).toBe(parallel.mode === 'parallel' ? 'inline' : 'single');
  expect(inline.stats).toEqual(single.stats);
  expect(inline.issues).toEqual(single.issues);
  expect(inline.state).toEqual(single.state);
  return { single, parallel };
}

describe('readExportParallel', () => {
  it('folds a file cut into many chunks exactly like one thread: records, lines, issues, counts', async () => {
    const text = callsCsv(30_000);
    const path = write('calls.csv', text);
    const { single, parallel } = await both('calls', path);
    expect(single.mode).toBe('single');
    expect(parallel.mode).toBe('parallel');
    expect(parallel.chunks?.count).toBeGreaterThan(20);
    expect(parallel.chunks?.refolded).toBeGreaterThan(5);
    expect(parallel.stats).toEqual(single.stats);
    expect(parallel.issues).toEqual(single.issues);
    expect(parallel.state.lines).toEqual(single.state.lines);
    expect(parallel.state.records).toEqual(single.state.records);
    // the file really has every hard case
    const codes = new Set(single.issues.map((i) => i.code));
    expect([...codes].sort()).toEqual(['blank', 'columns', 'duplicate', 'invalid']);
    expect(single.issues.filter((i) => i.reason.includes('"C0000003" appears again')).length).toBeGreaterThan(10);
    expect(single.state.records.some((r) => 'callerCity' in r && r.callerCity === '毕节市\n七星关区')).toBe(true);
    expect(single.stats.rows).toBe(30_000);
    expect(Math.max(...single.state.lines)).toBeGreaterThan(30_000 + 100); // blank lines and line breaks in quotes counted
  });

  it('cuts a chunk into several pieces of text at line feeds, quoted line breaks included (chunks of 1 MB)', async () => {
    const text = callsCsv(40_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 << 20);
    const path = write('calls.csv', text);
    const { single, parallel } = await both('calls', path, { chunkBytes: 1 << 20 });
    expect(parallel.mode).toBe('parallel');
    expect(parallel.issues).toEqual(single.issues);
    expect(parallel.state).toEqual(single.state);
    expect(parallel.stats).toEqual(single.stats);
  });

  it('joins a piece of text that ends inside quotes to the next (a quoted line break just before the 120 KB mark)', async () => {
    const header = 'call_id,start_time,caller_province,caller_city,channel,outcome\n';
    const row = (i: number): string => `C${String(i).padStart(6, '0')},2025-01-02 08:00:00,贵州省,贵阳市,手机,接通\n`;
    const mark = 120 * 1024;
    let text = header;
    let i = 0;
    while (Buffer.byteLength(text + row(i)) < mark - 200) text += row(i++);
    // the quoted line break is the last one before the mark; the row ends after it
    const prefix = 'Q1,2025-01-02 09:00:00,贵州省,"毕节市';
    text += `${prefix}${'x'.repeat(mark - 10 - Buffer.byteLength(text + prefix))}\n七星关区${'y'.repeat(80)}",手机,接通\n`;
    const nl = Buffer.from(text).lastIndexOf(0x0a, mark - 1);
    expect(Buffer.from(text).subarray(nl - 3, nl).toString()).toBe('xxx'); // the cut falls inside the quotes
    for (let k = 0; k < 500; k++) text += row(i++);
    const path = write('calls.csv', text);
    const { single, parallel } = await both('calls', path, { chunkBytes: 1 << 20, workers: 1 });
    expect(parallel.mode).toBe('parallel');
    expect(parallel.state).toEqual(single.state);
    expect(parallel.issues).toEqual(single.issues);
    expect(single.state.records.some((r) => 'callerCity' in r && r.callerCity?.startsWith('毕节市') && r.callerCity.includes('\n七星关区'))).toBe(true);
  });

  it('cuts at every possible place: tiny chunks, CRLF, one worker or three', async () => {
    const path = write('calls.csv', callsCsv(3000, { crlf: true }));
    for (const [chunkBytes, workers] of [[1024, 2], [4099, 1], [20_000, 3]] as const) {
      const { single, parallel } = await both('calls', path, { chunkBytes, workers });
      expect(parallel.mode).toBe('parallel');
      expect(parallel.issues).toEqual(single.issues);
      expect(parallel.state).toEqual(single.state);
      expect(parallel.stats).toEqual(single.stats);
    }
  });

  it('reads GB18030 (detected, or forced) like the UTF-8 original', async () => {
    const text = callsCsv(8000);
    const utf = await both('calls', write('calls.csv', text));
    const gbPath = write('calls.csv', iconv.encode(text, 'gb18030'));
    const gb = await both('calls', gbPath, { chunkBytes: 16 * 1024 });
    expect(gb.parallel.mode).toBe('parallel');
    expect(gb.parallel.state).toEqual(utf.single.state);
    expect(gb.parallel.issues).toEqual(utf.single.issues);
    expect(gb.single.state).toEqual(utf.single.state);
    // GBK lacks some of GB18030's four-byte characters (the no-break spaces here): equal to one thread, not to UTF-8
    const forced = await both('calls', gbPath, { encoding: 'gbk' });
    expect(forced.parallel.mode).toBe('parallel');
    expect(forced.parallel.state).toEqual(forced.single.state);
    expect(forced.parallel.issues).toEqual(forced.single.issues);
  });

  it('reads UTF-8 with a BOM and an ASCII start (encoding decided mid-file) like one thread', async () => {
    const ascii = 'call_id,start_time,caller_province,channel,outcome\n' + Array.from({ length: 4000 }, (_, i) => `A${i},2025-01-02 08:00:00,,mobile,answered`).join('\n') + '\n';
    const tail = Array.from({ length: 500 }, (_, i) => `B${i},2025-01-03 08:00:00,贵州省,手机,接通`).join('\n');
    for (const content of [ascii + tail, '\uFEFF' + ascii + tail]) {
      const { single, parallel } = await both('calls', write('calls.csv', content), { chunkBytes: 8192 });
      expect(parallel.mode).toBe('parallel');
      expect(parallel.state).toEqual(single.state);
      expect(parallel.stats.used).toBe(4500);
    }
  });

  it('falls back to one thread for lenient quotes inside unquoted fields, with the same result', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `C${i},2025-01-02 08:00:00,贵州省,${i % 50 === 0 ? '5" 区' : i % 3 === 0 ? '"毕节市\n\n七星关区"' : '贵阳市'},手机,接通`);
    const path = write('calls.csv', 'call_id,start_time,caller_province,caller_city,channel,outcome\n' + rows.join('\n') + '\n');
    const { single, parallel } = await both('calls', path, { chunkBytes: 4096 });
    expect(parallel.mode).toBe('single');
    expect(parallel.state).toEqual(single.state);
    expect(parallel.issues).toEqual(single.issues);
  });

  it('other exports, header only, and the single-thread errors', async () => {
    const shifts = 'lawyer_id,start_time,end_time\n' + Array.from({ length: 2000 }, (_, i) => `L${i % 7},2025-01-02 0${i % 10}:00,2025-01-02 0${(i + 3) % 10}:00`).join('\n');
    const s = await both('duty_shifts', write('duty_shifts.csv', shifts), { chunkBytes: 2048 });
    expect(s.parallel.state).toEqual(s.single.state);
    expect(s.parallel.issues).toEqual(s.single.issues);
    const h = await both('calls', write('calls.csv', 'call_id,start_time,caller_province,channel,outcome\n'));
    expect(h.parallel.stats).toEqual({ name: 'calls.csv', rows: 0, used: 0, skipped: 0, missing: false });
    const missing = write('calls.csv', 'call_id,caller_province,channel,outcome\nC1,贵州省,手机,接通\n');
    await expect(readExportParallel('calls', missing, { minBytes: 0 }, spec)).rejects.toThrow(/^calls\.csv: start_time \(来电时间\): not found — map its header with exports\.calls\.columns\.start_time in hotline\.config\.json \(its headers: call_id, caller_province, channel, outcome\)$/);
    const badUtf8 = write('calls.csv', Buffer.concat([Buffer.from('call_id,start_time,caller_province,channel,outcome\n' + 'C1,2025-01-02 08:00:00,贵州省,手机,接通\n'.repeat(500)), Buffer.from([0xb9, 0xf3, 0x0a])]));
    const err = await readExportParallel('calls', badUtf8, { minBytes: 0, chunkBytes: 4096 }, spec).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^calls\.csv: not valid UTF-8 \(near byte \d+\); if it was saved by Excel, try --encoding gb18030$/);
  });

  it('a UTF-8 file with an invalid byte in its first window stops as not UTF-8, on one thread or in chunks', async () => {
    const rows = 'C1,2025-01-02 08:00:00,贵州省,手机,接通\n'.repeat(300);
    const before = Buffer.from('call_id,start_time,caller_province,channel,outcome\n' + rows);
    // 贵 cut after 2 of its 3 bytes: the comma after them is where decoding fails
    const path = write('calls.csv', Buffer.concat([before, Buffer.from([0xe8, 0xb4, 0x2c, 0x0a]), Buffer.from(rows)]));
    for (const opts of [{ minBytes: Infinity, inline: false }, { minBytes: Infinity, chunkBytes: 4096 }, { minBytes: 0, workers: 2, chunkBytes: 4096 }]) {
      const err = await readExportParallel('calls', path, opts, spec).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toBe(`calls.csv: not valid UTF-8 (near byte ${before.length + 2}); if it was saved by Excel, try --encoding gb18030`);
    }
  });

  it('UTF-16 without a byte-order mark is read on one thread, whether detected or named with --encoding', async () => {
    const text = callsCsv(2000);
    const plain = await both('calls', write('calls.csv', text), { chunkBytes: 4096 });
    for (const enc of ['utf-16le', 'utf-16be']) {
      const path = write('calls.csv', iconv.encode(text, enc, { addBOM: false }));
      for (const encoding of [undefined, enc]) {
        const { single, parallel } = await both('calls', path, { chunkBytes: 4096, encoding });
        expect(parallel.mode).toBe('single');
        expect(single.stats).toEqual(plain.single.stats);
        expect(single.issues).toEqual(plain.single.issues);
        expect(single.state).toEqual(plain.single.state);
      }
    }
  });

  it('a file that cannot be read (a folder named calls.csv) is the one-line InputError of one thread', async () => {
    const folder = join(mkdtempSync(join(dir, 'x')), 'calls.csv');
    mkdirSync(folder);
    for (const opts of [{ minBytes: Infinity, inline: false }, { minBytes: Infinity }, { minBytes: 0, workers: 2 }]) {
      const err = await readExportParallel('calls', folder, opts, spec).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toBe('calls.csv: cannot be read (EISDIR)');
    }
  });
});

describe('readExportParallel with the report summaries', () => {
  it('gives the summaries of one pass, for calls and consultations', async () => {
    const { summariesFoldSpec } = await import('../../src/parallel/summaries-fold.js');
    const { resolvePeriods } = await import('../../src/period/index.js');
    const { DEFAULT_CONFIG } = await import('../../src/config/default.js');
    const periodSets = [resolvePeriods('2025-02', DEFAULT_CONFIG.calendar), resolvePeriods('q1-2025', DEFAULT_CONFIG.calendar)];
    const path = write('calls.csv', callsCsv(20_000));
    const fold = summariesFoldSpec({ file: 'calls', periodSets, config: DEFAULT_CONFIG });
    const single = await readExportParallel('calls', path, { minBytes: Infinity, inline: false }, fold);
    const parallel = await readExportParallel('calls', path, { minBytes: 0, chunkBytes: 50_000, workers: 2 }, fold);
    expect(parallel.mode).toBe('parallel');
    expect(parallel.state).toEqual(single.state);
    expect(parallel.issues).toEqual(single.issues);
    const inline = await readExportParallel('calls', path, { minBytes: Infinity, chunkBytes: 50_000 }, fold);
    expect(inline.mode).toBe('inline');
    expect(inline.state).toEqual(single.state);
    expect(inline.issues).toEqual(single.issues);
    expect((single.state as { calls: { periods: { current: { inbound: number } } } }[])[0]?.calls.periods.current.inbound).toBeGreaterThan(15_000);
    const consultations = 'consultation_id,call_id,created_at,category,caller_type\n' + Array.from({ length: 5000 }, (_, i) => `Q${i % 4900},C${i},2025-02-0${1 + (i % 9)} 10:00:00,${['民事', '刑事类', '行政'][i % 3]},${i % 7 === 0 ? '妇女' : ''}`).join('\n');
    const cPath = write('consultations.csv', consultations);
    const cFold = summariesFoldSpec({ file: 'consultations', periodSets, config: DEFAULT_CONFIG });
    const c1 = await readExportParallel('consultations', cPath, { minBytes: Infinity, inline: false }, cFold);
    const c2 = await readExportParallel('consultations', cPath, { minBytes: 0, chunkBytes: 8000 }, cFold);
    expect(c2.mode).toBe('parallel');
    expect(c2.state).toEqual(c1.state);
    expect(c2.issues).toEqual(c1.issues);
  });
});

describe('summaries per file, merged', () => {
  it('equal one set of summaries fed every file (what readData does today)', async () => {
    const { summariesFoldSpec } = await import('../../src/parallel/summaries-fold.js');
    const { resolvePeriods } = await import('../../src/period/index.js');
    const { DEFAULT_CONFIG } = await import('../../src/config/default.js');
    const { addRecord, createSummaries, mergeSummaries } = await import('../../src/summarize/index.js');
    const { readExport } = await import('../../src/read/index.js');
    const { FILE_NAMES } = await import('../../src/records.js');
    const { existsSync } = await import('node:fs');
    const periods = resolvePeriods('q1-2025', DEFAULT_CONFIG.calendar);
    const fix = join(import.meta.dirname, '../../fixtures/read/full');
    const whole = createSummaries(periods, DEFAULT_CONFIG);
    let merged = createSummaries(periods, DEFAULT_CONFIG);
    for (const name of FILE_NAMES) {
      const path = join(fix, `${name}.csv`);
      if (!existsSync(path)) continue;
      await readExport(name, path, {}, (rec) => addRecord(whole, name, rec));
      const r = await readExportParallel(name, path, {}, summariesFoldSpec({ file: name, periodSets: [periods], config: DEFAULT_CONFIG }));
      merged = mergeSummaries(merged, (r.state as (typeof whole)[])[0] as typeof whole);
    }
    expect(merged).toEqual(whole);
  });
});
