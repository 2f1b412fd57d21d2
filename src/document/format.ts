/**
 * Number and list formatting for the report text and tables. Formatting only:
 * every value arrives computed (and rounded) in the model; these functions
 * decide how it is written, never what it is.
 */
import type { HourWindow } from '../model/types.js';

/** shown for a missing value (a share over an empty base, an absent comparison) */
export const DASH = '—';

/** `12.3` → `12.30%`; null → `—`. The model already holds the rounded value. */
export function formatPct(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return `${value.toFixed(2)}%`;
}

/** A count as the seed writes it: an integer without thousands separators (`65448`). */
export function formatNum(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return String(Math.trunc(value));
}

/** Hours with 2 decimals (`8696.58`). */
export function formatHours(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return value.toFixed(2);
}

const hh = (h: number): string => `${String(h).padStart(2, '0')}:00`;

/** `{from: 0, to: 8}` → `00:00-08:00`; null → `—`. */
export function formatWindow(w: HourWindow | null | undefined): string {
  if (!w) return DASH;
  return `${hh(w.from)}-${hh(w.to)}`;
}

/** Chinese enumeration: `A`, `A和B`, `A、B和C`; empty → ``. */
export function formatList(items: readonly string[]): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]!}`;
}

/** Titles in book-title marks, run together as the seed does: `《A》《B》`. */
export function formatTitles(titles: readonly string[]): string {
  return titles.map((t) => `《${t}》`).join('');
}

/** The verb of a change: positive → 上升, negative → 下降, zero → 持平. */
export function changeWord(value: number | null | undefined): string {
  if (value === null || value === undefined || value === 0) return '持平';
  return value > 0 ? '上升' : '下降';
}

/** The magnitude of a change for wording like `下降13.35%` (the sign is said by changeWord). */
export function absValue(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return Math.abs(value);
}
