/** 六、工单转交办理情况: tickets by type, and the referrals to and from other hotlines. */
import { sortRows } from '../model/order.js';
import type { ReferralsMetrics, TicketsMetrics } from '../model/types.js';
import { CHANNELS } from '../records.js';
import type { SectionInput } from './input.js';

export function ticketsMetrics(input: SectionInput): TicketsMetrics {
  const s = input.summaries.tickets;
  return { total: s.rows, byType: sortRows([...s.byType].map(([name, count]) => ({ name, count }))) };
}

export function referralsMetrics(input: SectionInput): ReferralsMetrics {
  const c = input.summaries.consultations;
  return {
    suggest12345: c.suggest12345,
    suggest110: c.suggest110,
    transferredFrom12345: input.summaries.calls.periods.current.channel[CHANNELS.indexOf('12345转接')]!,
  };
}
