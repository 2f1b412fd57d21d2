/**
 * Workdays: the China statutory calendar (public holidays and 调休 make-up
 * working days) from the `chinese-days` package, or plain Monday–Friday.
 *
 * The package's own `isWorkday()` parses dates in the host's time zone and
 * gives wrong answers west of China (seen with TZ=America/New_York), so we
 * read its data table directly and do the weekday arithmetic ourselves.
 */
import { createRequire } from 'node:module';
import { formatDate, weekdayOf } from './local-time.js';

interface ChineseDaysData {
  /** YYYY-MM-DD → "English,中文,days" for each public-holiday rest day */
  readonly holidays: Readonly<Record<string, string>>;
  /** YYYY-MM-DD → … for each weekend day that is a working day (调休) */
  readonly workdays: Readonly<Record<string, string>>;
}

const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;
const HOLIDAYS = new Set(Object.keys(data.holidays));
const MAKEUP_WORKDAYS = new Set(Object.keys(data.workdays));
const YEARS = new Set([...HOLIDAYS].map((d) => Number(d.slice(0, 4))));

export type CalendarKind = 'cn' | 'weekdays';

/** Whether day `day` (a day number) is a working day under `calendar`. */
export function isWorkday(day: number, calendar: CalendarKind): boolean {
  const weekday = weekdayOf(day);
  if (calendar === 'weekdays') return weekday < 5;
  const date = formatDate(day);
  if (MAKEUP_WORKDAYS.has(date)) return true;
  if (HOLIDAYS.has(date)) return false;
  return weekday < 5;
}

/**
 * Whether the statutory calendar data hold `year` (its holidays are known).
 * For a year it does not hold, `cn` falls back to Monday–Friday; the caller
 * may warn.
 */
export function cnCalendarCovers(year: number): boolean {
  return YEARS.has(year);
}
