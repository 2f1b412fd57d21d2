/**
 * Runs a Node child process and measures its wall time and peak RSS.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`, the child's
 * ru_maxrss) when installed; otherwise from the child itself, through a
 * preload that prints process.resourceUsage().maxRSS on exit.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';
const MARK = 'MAXRSS_KB=';
/** Preload for when GNU time is missing: reports the child's own peak RSS (KB) on exit. */
const PRELOAD = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\n${MARK}'+process.resourceUsage().maxRSS+'\\n'))`;

export interface Measured {
  readonly ok: boolean;
  readonly code: number | null;
  readonly wallS: number;
  /** peak resident set size, MB; NaN when unknown */
  readonly peakMb: number;
  readonly stdout: string;
  /** stderr without the measurement line */
  readonly stderr: string;
  /** the line to show when the run failed */
  readonly error: string;
  /** when each stderr line arrived, seconds after the spawn (to time phases the child does not print) */
  readonly stderrLines: readonly { readonly at: number; readonly line: string }[];
}

export const rssSource = existsSync(GNU_TIME) ? 'GNU time %M' : 'child resourceUsage().maxRSS';

/** Runs `node <args>` in `cwd`. */
export function measureNode(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Measured> {
  return existsSync(GNU_TIME) ? measureCmd(process.execPath, args, cwd, env) : spawnMeasured(process.execPath, ['--import', PRELOAD, ...args], cwd, env);
}

/**
 * Runs any command (`python3 …`) in `cwd`. Without GNU time its peak RSS is
 * NaN unless the command itself prints a `MAXRSS_KB=` line on stderr.
 */
export function measureCmd(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Measured> {
  return existsSync(GNU_TIME) ? spawnMeasured(GNU_TIME, ['-f', `${MARK}%M`, cmd, ...args], cwd, env) : spawnMeasured(cmd, args, cwd, env);
}

function spawnMeasured(cmd: string, argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const stderrLines: { at: number; line: string }[] = [];
    let partial = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      err.push(b);
      const at = (performance.now() - t0) / 1000;
      const parts = (partial + b.toString('utf8')).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) stderrLines.push({ at, line });
    });
    const finish = (code: number | null, spawnError?: Error): void => {
      const wallS = (performance.now() - t0) / 1000;
      const rawErr = Buffer.concat(err).toString('utf8');
      const lines = rawErr.split('\n');
      const rssLine = lines.filter((l) => l.startsWith(MARK)).pop();
      const stderr = lines.filter((l) => !l.startsWith(MARK) && !/^Command exited with non-zero status/.test(l)).join('\n');
      const peakMb = rssLine === undefined ? NaN : Number(rssLine.slice(MARK.length)) / 1024;
      const ok = spawnError === undefined && code === 0;
      const error = ok ? '' : spawnError?.message ?? errorLine(stderr) ?? `exit status ${code ?? 'signal'}`;
      resolve({ ok, code, wallS, peakMb, stdout: Buffer.concat(out).toString('utf8'), stderr, error, stderrLines });
    };
    child.on('error', (e) => finish(null, e));
    child.on('close', (code) => finish(code));
  });
}

/**
 * The line that says what went wrong: the CLI's `error: …`, else the first
 * line of an uncaught exception (`Error [ERR_MODULE_NOT_FOUND]: …`), else the
 * last line.
 */
export function errorLine(stderr: string): string | undefined {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.find((l) => l.startsWith('error:')) ?? lines.find((l) => /^\w*Error\b.*?:/.test(l)) ?? lines.pop();
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
