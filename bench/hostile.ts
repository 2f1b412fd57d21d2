/**
 * The "hostile" part of the benchmark: inputs a hostile tester feeds the
 * command line, each through the built CLI (`--format json --quiet`) in a
 * child process, with its wall time, peak RSS and what it said. Goal: each
 * read or rejected in under 5 s and 400 MB on a 2-core machine (the quick
 * versions are in tests/read/linear-time.test.ts).
 *
 *   line-only     calls.csv is one 100 MB line: the header is rejected
 *   line-in-rows  a 100 MB line between good rows: one row skipped, the rest read
 *   quoted-50     a closed 50 MB quoted field full of line breaks and "": rejected, naming its line
 *   unclosed      a quote left open at row 1,001 of a 1M-row file: rejected, naming its line
 *   dup-1m        1M rows with the same id: all but one skipped as duplicates
 *   stream        a never-ending stream (a FIFO fed the same row for --stream-seconds)
 *
 * Measured before the scanner was made linear (issue "never broken"): a
 * 100 MB line 16–19 s and ~1 GB; a 50 MB quoted field 343 s; an unclosed
 * quote in 35–104 MB: over 60–600 s; 1M duplicate rows 748 MB; the stream
 * 2.4 GB in 30 s.
 *
 *   node --import tsx bench/run.ts --only hostile [--stream-seconds 20]
 */
import { spawn } from 'node:child_process';
import { closeSync, createWriteStream, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureNode, type Measured } from './measure.js';

const HEADER = 'call_id,start_time,caller,caller_province,caller_city,channel,outcome,ivr_key,wait_seconds,talk_seconds,agent_id,satisfaction\n';
const row = (k: number): string => `C${k},2025-01-02 08:00:00,13*******12,贵州省,贵阳市,手机,接通,1,10,100,A01,满意\n`;
const rows = (from: number, to: number): string => {
  let s = '';
  for (let k = from; k < to; k++) s += row(k);
  return s;
};
const MB = 1 << 20;
const GOAL_S = 5;
const GOAL_MB = 400;

export interface HostileCase {
  readonly name: string;
  readonly what: string;
  /** exit status, and a pattern the stderr must hold (null: any; --quiet prints nothing on success) */
  readonly status: number;
  readonly says: RegExp | null;
  /** writes calls.csv into the folder (string pieces, so that no 100 MB string is built at once) */
  readonly write?: (dir: string) => void;
}

function writeParts(dir: string, parts: Iterable<string>): void {
  mkdirSync(dir, { recursive: true });
  const fd = openSync(join(dir, 'calls.csv'), 'w');
  try {
    for (const p of parts) writeSync(fd, p);
  } finally {
    closeSync(fd);
  }
}

function* repeat(s: string, times: number, header = ''): Generator<string> {
  if (header !== '') yield header;
  const block = s.repeat(Math.max(1, Math.floor(MB / s.length)));
  const perBlock = block.length / s.length;
  let left = times;
  for (; left >= perBlock; left -= perBlock) yield block;
  if (left > 0) yield s.repeat(left);
}

const QUOTED_PIECE = 'say ""hi"",\nthen, go on\r\n';

export const CASES: readonly HostileCase[] = [
  {
    name: 'line-only',
    what: 'calls.csv is one 100 MB line',
    status: 1,
    says: /^error: calls\.csv:1: the header row cannot be read: a field is longer than 1 MB$/m,
    write: (dir) => writeParts(dir, [...repeat('x', 100 * MB), '\n']),
  },
  {
    name: 'line-in-rows',
    what: 'a 100 MB line between 2,000 good rows',
    status: 0,
    says: null,
    write: (dir) => writeParts(dir, [HEADER, rows(0, 1000), 'C1000,', ...repeat('x', 100 * MB), '\n', rows(1001, 2000)]),
  },
  {
    name: 'quoted-50',
    what: 'a closed 50 MB quoted field of line breaks and ""',
    status: 1,
    says: /^error: calls\.csv:1002: a quoted field opened on this line runs past 1 MB/m,
    write: (dir) =>
      writeParts(dir, [HEADER, rows(0, 1000), 'C1000,2025-01-02 08:00:00,,贵州省,贵阳市,手机,接通,1,10,100,A01,"', ...repeat(QUOTED_PIECE, Math.ceil((50 * MB) / QUOTED_PIECE.length)), '"\n', rows(1001, 2000)]),
  },
  {
    name: 'unclosed',
    what: 'a quote left open at row 1,001 of 1M rows (94 MB)',
    status: 1,
    says: /^error: calls\.csv:1002: a quote opened on this line is never closed: it would swallow the 1,000,000 lines after it/m,
    write: (dir) => {
      function* parts(): Generator<string> {
        yield HEADER + rows(0, 1000);
        yield 'C1000,"2025-01-02 08:00:00,,贵州省,贵阳市,手机,接通,1,10,100,A01,满意\n';
        for (let b = 0; b < 100; b++) yield rows(1001 + b * 10_000, 1001 + (b + 1) * 10_000);
      }
      writeParts(dir, parts());
    },
  },
  {
    name: 'dup-1m',
    what: '1M rows with one id (89 MB)',
    status: 0,
    says: null,
    write: (dir) => writeParts(dir, repeat(row(7), 1_000_000, HEADER)),
  },
];

/** The CLI reading a FIFO that is fed the same row for `seconds`, then closed. */
async function streamCase(dir: string, seconds: number, cli: string, root: string): Promise<{ m: Measured; fed: number }> {
  mkdirSync(dir, { recursive: true });
  const fifo = join(dir, 'calls.csv');
  const made = spawn('mkfifo', [fifo]);
  const code = await new Promise<number | null>((resolve) => {
    made.on('error', () => resolve(null));
    made.on('close', resolve);
  });
  if (code !== 0) throw new Error('mkfifo is not available');
  const out = mkdtempSync(join(tmpdir(), 'hotline-bench-out-'));
  const run = measureNode([cli, '2025Q1', '--data', dir, '--out', out, '--format', 'json', '--quiet'], root);
  let fed = 0;
  const feed = new Promise<void>((resolve) => {
    const w = createWriteStream(fifo);
    const block = row(7).repeat(5000);
    const until = Date.now() + seconds * 1000;
    w.on('error', () => resolve());
    const go = (): void => {
      while (Date.now() < until) {
        fed += 5000;
        if (!w.write(block)) {
          w.once('drain', go);
          return;
        }
      }
      w.end(() => resolve());
    };
    w.write(HEADER);
    go();
  });
  const [m] = await Promise.all([run, feed]);
  rmSync(out, { recursive: true, force: true });
  return { m, fed };
}

export interface HostileRow {
  readonly name: string;
  readonly what: string;
  readonly m: Measured;
  readonly pass: boolean;
  readonly said: string;
}

/** Runs every case (and the stream), returning one row each for the report's table. */
export async function runHostile(cli: string, root: string, opts: { streamSeconds: number; note: (s: string) => void }): Promise<HostileRow[]> {
  const out: HostileRow[] = [];
  for (const c of CASES) {
    const dir = mkdtempSync(join(tmpdir(), `hotline-bench-${c.name}-`));
    try {
      c.write?.(dir);
      const target = mkdtempSync(join(tmpdir(), 'hotline-bench-out-'));
      const m = await measureNode([cli, '2025Q1', '--data', dir, '--out', target, '--format', 'json', '--quiet'], root);
      rmSync(target, { recursive: true, force: true });
      const said = m.stderr.split('\n').find((l) => l.trim() !== '') ?? '';
      const pass = m.code === c.status && (c.says === null || c.says.test(m.stderr)) && m.wallS < GOAL_S && m.peakMb < GOAL_MB;
      out.push({ name: c.name, what: c.what, m, pass, said });
      opts.note(`hostile ${c.name}: exit ${m.code}, ${m.wallS.toFixed(2)} s, ${Math.round(m.peakMb)} MB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'hotline-bench-stream-'));
  try {
    const { m, fed } = await streamCase(dir, opts.streamSeconds, cli, root);
    const said = m.stderr.split('\n').find((l) => l.trim() !== '') ?? '';
    // a stream is as long as it is fed: only its memory has a goal
    out.push({ name: 'stream', what: `a FIFO fed one row for ${opts.streamSeconds} s (${(fed / 1e6).toFixed(2)}M rows)`, m, pass: m.code === 0 && m.peakMb < GOAL_MB, said });
  } catch (e) {
    opts.note(`hostile stream: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export { GOAL_MB, GOAL_S };
