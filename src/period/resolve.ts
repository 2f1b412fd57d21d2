/** Period refs → full Periods (dates, second range, days with workday flags). */
import { isWorkday, type CalendarKind } from './calendar.js';
import { daysFromCivil, formatDate, SECONDS_PER_DAY, weekdayOf } from './local-time.js';
import { parsePeriod, periodId, previousOf, yearAgoOf, type PeriodRef } from './parse.js';
import type { DayInfo, Period, PeriodSet } from './types.js';

const QUARTER_CN = ['一', '二', '三', '四'];

function firstAndNextMonth(ref: PeriodRef): [number, number, number, number] {
  if (ref.kind === 'year') return [ref.year, 1, ref.year + 1, 1];
  const first = ref.kind === 'quarter' ? (ref.n - 1) * 3 + 1 : ref.n;
  const span = ref.kind === 'quarter' ? 3 : 1;
  const next = first + span;
  return next > 12 ? [ref.year, first, ref.year + 1, next - 12] : [ref.year, first, ref.year, next];
}

/** The full Period of a ref under a calendar. */
export function makePeriod(ref: PeriodRef, calendar: CalendarKind): Period {
  const [y0, m0, y1, m1] = firstAndNextMonth(ref);
  const startDay = daysFromCivil(y0, m0, 1);
  const endDay = daysFromCivil(y1, m1, 1); // exclusive
  const days: DayInfo[] = [];
  for (let d = startDay; d < endDay; d++) {
    days.push({ date: formatDate(d), dayNumber: d, weekday: weekdayOf(d), workday: isWorkday(d, calendar) });
  }
  const label =
    ref.kind === 'quarter' ? `${ref.year}年第${QUARTER_CN[ref.n - 1]}季度` : ref.kind === 'month' ? `${ref.year}年${ref.n}月` : `${ref.year}年`;
  const shortLabel = ref.kind === 'quarter' ? `${ref.year}年${QUARTER_CN[ref.n - 1]}季度` : label;
  return {
    kind: ref.kind,
    id: periodId(ref),
    label,
    shortLabel,
    start: formatDate(startDay),
    end: formatDate(endDay - 1),
    startSec: startDay * SECONDS_PER_DAY,
    endSec: endDay * SECONDS_PER_DAY,
    days,
  };
}

/** The period asked for, the one just before and the same one a year earlier. */
export function resolvePeriods(spec: string, calendar: CalendarKind): PeriodSet {
  const ref = parsePeriod(spec);
  return {
    current: makePeriod(ref, calendar),
    previous: makePeriod(previousOf(ref), calendar),
    yearAgo: makePeriod(yearAgoOf(ref), calendar),
  };
}
