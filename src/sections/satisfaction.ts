/** 七、人民群众满意度情况: the ratings of answered calls, and the callbacks of the poorly rated ones. */
import { sortRows } from '../model/order.js';
import { share } from '../model/round.js';
import type { CallbacksMetrics, SatisfactionMetrics } from '../model/types.js';
import { OUTCOMES, SATISFACTIONS } from '../records.js';
import type { SectionInput } from './input.js';

export function satisfactionMetrics(input: SectionInput): SatisfactionMetrics {
  const s = input.summaries.calls.periods.current;
  const counts = s.satisfaction;
  const rated = counts.reduce((a, b) => a + b, 0);
  const answered = s.outcome[OUTCOMES.indexOf('接通')]!;
  const good = counts[SATISFACTIONS.indexOf('非常满意')]! + counts[SATISFACTIONS.indexOf('满意')]!;
  return {
    rated,
    // without the column nobody's rating is known: not a rate of 0 %
    ratedRate: input.absent.has('calls.satisfaction') ? null : share(rated, answered),
    rows: sortRows(SATISFACTIONS.map((name, i) => ({ name, count: counts[i]!, share: share(counts[i]!, rated) }))),
    satisfactionRate: share(good, rated),
  };
}

/**
 * The eligible calls (rated 基本满意/不满意 in the period) joined with their
 * latest callback, whatever its date.
 */
export function callbacksMetrics(input: SectionInput): CallbacksMetrics {
  const eligibleIds = new Set(input.summaries.calls.eligible);
  const latest = input.summaries.callbacks.latest;
  const results = new Map<string, number>();
  let calledBack = 0;
  for (const id of eligibleIds) {
    const cb = latest.get(id);
    if (cb === undefined) continue;
    calledBack++;
    results.set(cb.result, (results.get(cb.result) ?? 0) + 1);
  }
  return {
    eligible: eligibleIds.size,
    calledBack,
    // without callbacks.csv the coverage is unknown, not 0 %
    coverage: input.missing.has('callbacks') ? null : share(calledBack, eligibleIds.size),
    results: sortRows([...results].map(([name, count]) => ({ name, count }))),
  };
}
