/** A Period as metrics.json shows it, and the issue date's Chinese label. */
import type { Period } from '../period/types.js';
import type { PeriodInfo } from './types.js';

export function periodInfo(p: Period): PeriodInfo {
  const workdays = p.days.filter((d) => d.workday).length;
  return {
    id: p.id,
    kind: p.kind,
    label: p.label,
    start: p.start,
    end: p.end,
    days: p.days.length,
    workdays,
    restdays: p.days.length - workdays,
  };
}

/** `2025-04-03` → `2025年4月3日` (the string's own parts: no Date, no TZ). */
export function issuedLabel(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) throw new RangeError(`issue date must be YYYY-MM-DD, got "${date}"`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}
