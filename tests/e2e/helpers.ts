import { mkdtempSync, readFileSync } from 'node:fs';
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
