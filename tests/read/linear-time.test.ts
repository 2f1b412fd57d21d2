/**
 * Reading is linear in the input whatever the length of a line or a field,
 * on every path: the streaming reader, the chunks on this thread (inline)
 * and on worker threads. Measured before (issue "never broken"): a 30 MB
 * line took 2.2 s on the worker path and 100 MB 16 s; a closed 20 MB quoted
 * field 23 s; an unclosed quote in a 15 MB file 18–25 s. Here: quick
 * versions (6–10 MB) under a bound that only quadratic work would break
 * (see BOUND_MS); the full sizes are in bench/hostile.ts (`--only hostile`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExportParallel, type FoldSpec, type ParallelOptions } from '../../src/parallel/index.js';
import { InputError } from '../../src/read/errors.js';
import type { FileName } from '../../src/records.js';
import type { Kept } from '../parallel/record-fold.js';

const spec: FoldSpec = { module: new URL('../parallel/record-fold.ts', import.meta.url).href, factory: 'recordFold', init: null };
const HEADER = 'call_id,start_time,caller_province,caller_city,channel,outcome\n';
const row = (k: number): string => `C${k},2025-01-02 08:00:00,贵州省,贵阳市,手机,接通\n`;
const MB = 1 << 20;
/**
 * generous (each case takes 0.1–1.7 s on a loaded 2-core machine, workers'
 * start included): what this catches is the old scanner's minutes (an
 * unclosed quote at 6 MB took 17–35 s on the worker path)
 */
const BOUND_MS = 10_000;

const PATHS: [string, ParallelOptions][] = [
  ['streaming', { minBytes: Infinity, inline: false }],
  ['inline', { minBytes: Infinity }],
  ['workers', { minBytes: 0, workers: 2 }],
];

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hr-linear-')), 'calls.csv');
  writeFileSync(path, text);
  return path;
}

async function timed<T>(f: () => Promise<T>): Promise<{ value?: T; error?: unknown; ms: number }> {
  const t = performance.now();
  try {
    const value = await f();
    return { value, ms: performance.now() - t };
  } catch (error) {
    return { error, ms: performance.now() - t };
  }
}

describe('a 10 MB line (no line break, no quote)', () => {
  const path = file(HEADER + row(1) + `C2,${'x'.repeat(10 * MB)}\n` + row(3));
  for (const [name, opts] of PATHS) {
    it(`${name}: one skipped row named by its line, the rows after it read, in linear time`, async () => {
      const r = await timed(() => readExportParallel<Kept, FileName>('calls', path, opts, spec));
      expect(r.error).toBeUndefined();
      expect(r.value!.issues).toEqual([{ file: 'calls.csv', line: 3, code: 'too-long', reason: 'a field is longer than 1 MB; row skipped' }]);
      expect(r.value!.state.records).toHaveLength(2);
      expect(r.value!.stats).toMatchObject({ rows: 3, used: 2, skipped: 1 });
      expect(r.ms).toBeLessThan(BOUND_MS);
    }, 30_000);
  }

  it('as the header: one line saying the header cannot be read', async () => {
    const header = file(`${'h'.repeat(10 * MB)}\n` + row(1));
    for (const [, opts] of PATHS) {
      const r = await timed(() => readExportParallel<Kept, FileName>('calls', header, opts, spec));
      expect(r.error).toBeInstanceOf(InputError);
      expect((r.error as Error).message).toBe('calls.csv:1: the header row cannot be read: a field is longer than 1 MB');
      expect(r.ms).toBeLessThan(BOUND_MS);
    }
  }, 30_000);
});

describe('a 6 MB quoted field with line breaks and "" escapes, closed', () => {
  const piece = 'say ""hi"",\nthen, go on\r\n'; // 26 chars, 2 line breaks
  const n = Math.ceil((6 * MB) / piece.length);
  const path = file(HEADER + row(1) + `C2,"${piece.repeat(n)}",x,y,z,w\n` + row(3));
  for (const [name, opts] of PATHS) {
    it(`${name}: rejected, naming the line the quote opened on, in linear time`, async () => {
      const r = await timed(() => readExportParallel<Kept, FileName>('calls', path, opts, spec));
      expect(r.error).toBeInstanceOf(InputError);
      expect((r.error as Error).message).toBe(
        `calls.csv:3: a quoted field opened on this line runs past 1 MB, over ${(2 * n).toLocaleString('en-US')} lines (it closes on line ${3 + 2 * n}); is a closing quote missing?`,
      );
      expect(r.ms).toBeLessThan(BOUND_MS);
    }, 30_000);
  }
});

describe('an unclosed quote at row 1,001 of a 6 MB file', () => {
  const rows = 100_000;
  let text = HEADER;
  for (let k = 1; k < 1000; k++) text += row(k);
  text += 'C1000,"2025-01-02 08:00:00,贵州省,贵阳市,手机,接通\n';
  for (let k = 1001; k <= rows; k++) text += row(k);
  const path = file(text);
  for (const [name, opts] of PATHS) {
    it(`${name}: one line naming the line and the lines it would swallow`, async () => {
      const r = await timed(() => readExportParallel<Kept, FileName>('calls', path, opts, spec));
      expect(r.error).toBeInstanceOf(InputError);
      const swallowed = rows - 1000;
      expect((r.error as Error).message).toBe(`calls.csv:1001: a quote opened on this line is never closed: it would swallow the ${swallowed.toLocaleString('en-US')} lines after it, to the end of the file`);
      expect(r.ms).toBeLessThan(BOUND_MS);
    }, 30_000);
  }
});
