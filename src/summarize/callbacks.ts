/**
 * Callbacks are joined to calls by call_id whatever their own date
 * (data-format.md), so the fold keeps every call's latest callback: by
 * called_back_at, and on a tie the one later in the file. Callbacks are few
 * (a couple per cent of the calls), so a map of them is small.
 */
import type { CallbackRecord } from '../records.js';
import { ownString } from '../read/own-string.js';

export interface LatestCallback {
  readonly at: number;
  readonly result: string;
}

export interface CallbacksSummary {
  /** all rows read, any date */
  rows: number;
  readonly latest: Map<string, LatestCallback>;
}

export function createCallbacksSummary(): CallbacksSummary {
  return { rows: 0, latest: new Map() };
}

export function addCallback(s: CallbacksSummary, rec: CallbackRecord): void {
  s.rows++;
  const prev = s.latest.get(rec.callId);
  // `>=`: a later row of the file wins a tie
  if (prev === undefined || rec.calledBackAt >= prev.at) s.latest.set(ownString(rec.callId), { at: rec.calledBackAt, result: rec.result });
}

/** `a` is the earlier slice of the file, `b` the later one (it wins ties). Pure. */
export function mergeCallbacks(a: CallbacksSummary, b: CallbacksSummary): CallbacksSummary {
  const latest = new Map(a.latest);
  for (const [id, cb] of b.latest) {
    const prev = latest.get(id);
    if (prev === undefined || cb.at >= prev.at) latest.set(id, cb);
  }
  return { rows: a.rows + b.rows, latest };
}
