/** What every section module computes from: the summaries and the periods. */
import type { HotlineConfig } from '../config/types.js';
import type { PeriodSet } from '../period/types.js';
import type { FileName } from '../records.js';
import type { Summaries } from '../summarize/index.js';

export interface SectionInput {
  readonly periods: PeriodSet;
  readonly config: HotlineConfig;
  readonly summaries: Summaries;
  /** the data hold a calls row of the previous period (else its comparisons are null) */
  readonly hasPrevious: boolean;
  /** likewise for the year-ago period */
  readonly hasYearAgo: boolean;
  /**
   * Optional exports that are absent (dataQuality.files[].missing): their
   * rates are null rather than 0 (metrics.md `dataQuality`).
   */
  readonly missing: ReadonlySet<FileName>;
  /**
   * Optional columns absent from their export (`calls.satisfaction`): the
   * figures read from them alone are unknown, so their rates (and the
   * complaints' key-3 count) are null rather than 0, as for a missing file.
   */
  readonly absent: ReadonlySet<string>;
}

/** The optional columns of the exports read that were found under no header, as `file.column`. */
export function absentColumns(tables: readonly { readonly file: FileName; readonly columns: readonly { readonly key: string; readonly header: string | null; readonly required: boolean }[] }[]): Set<string> {
  return new Set(tables.flatMap((t) => t.columns.filter((c) => !c.required && c.header === null).map((c) => `${t.file}.${c.key}`)));
}

/** The exports marked missing in the data quality list (`callbacks.csv` → `callbacks`). */
export function missingFiles(files: readonly { readonly name: string; readonly missing: boolean }[]): Set<FileName> {
  return new Set(files.filter((f) => f.missing).map((f) => f.name.replace(/\.csv$/i, '') as FileName));
}

/** Whether the calls data hold a row of the previous / year-ago period. */
export function comparisons(summaries: Summaries): { hasPrevious: boolean; hasYearAgo: boolean } {
  return {
    hasPrevious: summaries.calls.periods.previous.inbound > 0,
    hasYearAgo: summaries.calls.periods.yearAgo.inbound > 0,
  };
}
