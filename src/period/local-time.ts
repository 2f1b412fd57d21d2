/**
 * Wall-clock arithmetic on LocalSeconds (see src/records.ts): seconds since
 * 1970-01-01 00:00 of the local wall clock, counted as if it were UTC. All of
 * it is integer arithmetic (the same as Date.UTC), so nothing depends on TZ.
 */
import type { LocalSeconds } from '../records.js';

export const SECONDS_PER_DAY = 86_400;

/** Day number (days since 1970-01-01) of a civil date; month 1–12. Same as Date.UTC(y, m-1, d) / 86400000. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day number. */
export function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a LocalSeconds value. */
export function dayNumber(sec: LocalSeconds): number {
  return Math.floor(sec / SECONDS_PER_DAY);
}

/** Hour of day 0–23 of a LocalSeconds value. */
export function hourOf(sec: LocalSeconds): number {
  return Math.floor((sec - dayNumber(sec) * SECONDS_PER_DAY) / 3600);
}

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday (3). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** YYYY-MM-DD of a day number. */
export function formatDate(day: number): string {
  const { year, month, day: d } = civilFromDays(day);
  return `${year}-${month < 10 ? '0' : ''}${month}-${d < 10 ? '0' : ''}${d}`;
}

/** LocalSeconds of a civil date-time. */
export function localSeconds(year: number, month: number, day: number, h = 0, m = 0, s = 0): LocalSeconds {
  return daysFromCivil(year, month, day) * SECONDS_PER_DAY + h * 3600 + m * 60 + s;
}
