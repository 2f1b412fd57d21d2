import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main.js';
import { generateDemo } from '../../fixtures/demo/generate.js';

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process, capturing its output. */
export async function cli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (s) => { stdout += s; },
    err: (s) => { stderr += s; },
    env,
    now: Date.UTC(2025, 3, 2, 4),
    isTTY: false,
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `hr-${prefix}-`));
}

let demo: Promise<string> | undefined;
/** The demo exports, generated once per test file. */
export function demoData(): Promise<string> {
  demo ??= (async () => {
    const dir = join(tempDir('demo'), 'data');
    await generateDemo(dir);
    return dir;
  })();
  return demo;
}

export function readJson(path: string): any {
  return JSON.parse(readFileSync(path, 'utf8'));
}

let small: string | undefined;
/**
 * The small hand-made exports (fixtures/e2e/small) with calls in every
 * quarter of 2024 (2024Q1 holds K5 only; two calls in Q2, one in Q3 and Q4),
 * for ranges: a period with no call at all fails the run (data-format.md).
 */
export function smallData(): string {
  if (small !== undefined) return small;
  const dir = tempDir('small');
  cpSync(join(process.cwd(), 'fixtures', 'e2e', 'small'), dir, { recursive: true });
  const more = ['2024-05-06', '2024-05-07', '2024-08-05', '2024-11-04'].map((d, k) => `R${k},${d} 10:00:00,,贵州省,贵阳市,手机,接通,,3,60,A1,满意\n`).join('');
  writeFileSync(join(dir, 'calls.csv'), readFileSync(join(dir, 'calls.csv'), 'utf8') + more);
  small = dir;
  return dir;
}
