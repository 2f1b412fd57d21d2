/** 八、质检情况: inspections, re-checks per reason, and complaints through menu key 3. */
import { share } from '../model/round.js';
import type { ComplaintsMetrics, QaMetrics, RecheckRow } from '../model/types.js';
import { OUTCOMES, RECHECK_REASONS } from '../records.js';
import { TRIGGERS } from '../summarize/qa.js';
import type { SectionInput } from './input.js';

export function qaMetrics(input: SectionInput): QaMetrics {
  const s = input.summaries.qa_reviews;
  const answered = input.summaries.calls.periods.current.outcome[OUTCOMES.indexOf('接通')]!;
  const rechecks: RecheckRow[] = RECHECK_REASONS.map((reason) => {
    const t = TRIGGERS.indexOf(reason);
    return { reason, count: s.recheck[t]!, upheld: s.recheckUpheld[t]! };
  });
  return {
    inspected: s.inspected.size,
    inspectionRate: input.missing.has('qa_reviews') ? null : share(s.inspected.size, answered),
    rechecks,
    recheckTotal: rechecks.reduce((n, r) => n + r.count, 0),
    recheckUpheld: rechecks.reduce((n, r) => n + r.upheld, 0),
  };
}

export function complaintsMetrics(input: SectionInput): ComplaintsMetrics {
  const s = input.summaries.qa_reviews;
  const t = TRIGGERS.indexOf('投诉');
  // without the ivr_key column the key-3 calls are unknown, not 0
  const calls = input.absent.has('calls.ivr_key') ? null : input.summaries.calls.periods.current.ivrKey3;
  const genuine = s.recheck[t]!;
  return {
    calls,
    genuine,
    upheld: s.recheckUpheld[t]!,
    // calls − genuine, to the letter of metrics.md, so that a script can recompute it. It can fall below 0:
    // a 投诉 re-check reviewed in this period may be of a key-3 call of the previous one. The text
    // names it only when positive (templates/08-qa.hbs).
    consultationOnly: calls === null ? null : calls - genuine,
  };
}
