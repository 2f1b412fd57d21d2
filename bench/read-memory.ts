/**
 * Time and peak memory of reading a large calls.csv, against a csv-parse
 * baseline measured in the same run. Each reader runs in its own child
 * process so that peak RSS (getrusage maxrss) belongs to it alone.
 *
 * Usage: npx tsx bench/read-memory.ts [rows=1000000] [--keep PATH]
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCalls } from './gen-calls.js';

type Mode = 'reader' | 'csv-parse' | 'scan-only';

async function child(mode: Mode, path: string): Promise<void> {
  const t0 = performance.now();
  let rows = 0;
  let check = 0;
  if (mode === 'reader') {
    const { readExport } = await import('../src/read/index.js');
    const { stats } = await readExport('calls', path, {}, (r) => {
      rows++;
      check += r.startTime % 7;
    });
    if (stats.used !== rows) throw new Error('count mismatch');
  } else if (mode === 'scan-only') {
    const { CsvScanner } = await import('../src/read/csv-scanner.js');
    const { decodeFile } = await import('../src/read/decode.js');
    const sc = new CsvScanner((_f, n) => {
      rows++;
      check += n;
    });
    for await (const text of decodeFile(path, 'calls.csv')) sc.push(text);
    sc.end();
    rows--; // header
  } else {
    const { parse } = await import('csv-parse');
    const parser = createReadStream(path).pipe(parse({ bom: true, columns: true }));
    for await (const rec of parser as AsyncIterable<Record<string, string>>) {
      rows++;
      check += (rec.start_time ?? '').length;
    }
  }
  const ms = performance.now() - t0;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ mode, rows, ms: Math.round(ms), peakMb: Math.round(peakMb), check }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1] as Mode, args[2] as string);
  const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
  const keepAt = args.indexOf('--keep');
  const dir = mkdtempSync(join(tmpdir(), 'hotline-bench-'));
  const path = keepAt >= 0 ? (args[keepAt + 1] as string) : join(dir, 'calls.csv');
  if (!existsSync(path)) {
    const g0 = performance.now();
    await generateCalls(path, rows);
    process.stdout.write(`generated ${rows.toLocaleString('en-US')} rows, ${(statSync(path).size / 2 ** 20).toFixed(0)} MB in ${((performance.now() - g0) / 1000).toFixed(1)} s\n`);
  }
  const self = fileURLToPath(import.meta.url);
  for (const mode of ['reader', 'scan-only', 'csv-parse'] as Mode[]) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', mode, path], { encoding: 'utf8' });
    const r = JSON.parse(out) as { mode: string; rows: number; ms: number; peakMb: number };
    process.stdout.write(`${r.mode.padEnd(10)} ${r.rows.toLocaleString('en-US')} rows  ${(r.ms / 1000).toFixed(2)} s  peak RSS ${r.peakMb} MB\n`);
  }
  if (keepAt < 0) rmSync(dir, { recursive: true, force: true });
}

await main();
