/** Small helpers the figure modules share. */
import type { ReportModel } from '../../model/types.js';

/**
 * Whether a section has data. The flags of `model.sections` decide; a section
 * the model does not list is judged by its counts alone.
 */
export function sectionOn(model: ReportModel, key: string): boolean {
  return model.sections[key] !== false;
}

/** `00:00-08:00`, as the text names a window */
export function hourRange(from: number, to: number): string {
  const hh = (h: number): string => `${String(h).padStart(2, '0')}:00`;
  return `${hh(from)}-${hh(to)}`;
}

/** `2025-01-01` → `1月1日` (no date arithmetic: the string's own parts) */
export function monthDay(date: string): string {
  const [, m, d] = date.split('-');
  return `${Number(m)}月${Number(d)}日`;
}

export function hasAny(counts: readonly number[]): boolean {
  return counts.some((c) => c > 0);
}
