/** Periods: parsing specs, resolving dates, days and workdays. */
export {
  parsePeriod, parseRange, expandPeriods, isRange, periodId, previousOf, yearAgoOf, shiftPeriod, type PeriodRef,
} from './parse.js';
export { makePeriod, resolvePeriods } from './resolve.js';
export { isWorkday, cnCalendarCovers, type CalendarKind } from './calendar.js';
export { dayNumber, hourOf, formatDate, weekdayOf, daysFromCivil, civilFromDays, localSeconds, SECONDS_PER_DAY } from './local-time.js';
export type { Period, PeriodSet, DayInfo, PeriodKind, PeriodRole } from './types.js';
