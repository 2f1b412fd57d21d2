/**
 * The peak and low-traffic windows of the hourly distribution
 * (src/model/types.ts CallsMetrics): the longest run of consecutive hours
 * with inbound ≥ the hourly mean (peak) or < half of it (low); earliest run
 * on a tie; runs do not wrap past midnight. Compared in integers:
 * h ≥ total/24 ⇔ 24h ≥ total; h < total/48 ⇔ 48h < total.
 */
import type { HourWindow } from '../model/types.js';

/** Longest run of hours where `ok` holds, earliest on a tie; null when none. */
export function longestRun(ok: readonly boolean[]): HourWindow | null {
  let best: HourWindow | null = null;
  let start = -1;
  for (let h = 0; h <= ok.length; h++) {
    if (h < ok.length && ok[h] === true) {
      if (start < 0) start = h;
    } else if (start >= 0) {
      if (best === null || h - start > best.to - best.from) best = { from: start, to: h };
      start = -1;
    }
  }
  return best;
}

export function hourWindows(byHour: readonly number[]): { peak: HourWindow | null; low: HourWindow | null } {
  const total = byHour.reduce((a, b) => a + b, 0);
  if (total === 0) return { peak: null, low: null };
  return {
    peak: longestRun(byHour.map((h) => 24 * h >= total)),
    low: longestRun(byHour.map((h) => 48 * h < total)),
  };
}
