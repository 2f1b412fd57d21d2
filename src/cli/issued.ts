import { UsageError } from './errors.js';

const CN_OFFSET_MS = 8 * 3_600_000;

function cnDate(ms: number): string {
  return new Date(ms + CN_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The issue date printed in the closing block and stamped into the files:
 * `--issued` first, then SOURCE_DATE_EPOCH (reproducible builds), then today
 * in China. Everything dated in an output derives from this one value.
 */
export function resolveIssued(flag: string | undefined, env: NodeJS.ProcessEnv, now: number, fallback?: string): string {
  if (flag !== undefined) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(flag.trim()) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(flag.trim());
    if (!m) throw new UsageError(`--issued "${flag}" is not a date like 2025-04-03`);
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) throw new UsageError(`--issued "${flag}" is not a real date`);
    return back.toISOString().slice(0, 10);
  }
  const sde = env.SOURCE_DATE_EPOCH;
  if (sde !== undefined && sde !== '') {
    if (!/^\d+$/.test(sde)) throw new UsageError(`SOURCE_DATE_EPOCH "${sde}" is not a number of seconds`);
    return cnDate(Number(sde) * 1000);
  }
  return fallback ?? cnDate(now);
}
