import type { HotlineConfig } from '../config/types.js';
import { UsageError } from '../cli/errors.js';

export type Format = 'docx' | 'pdf' | 'json' | 'png';
export const FORMATS: readonly Format[] = ['docx', 'pdf', 'json', 'png'];

/**
 * Everything a run needs, resolved once from flags, config and environment
 * (style: "normalise once"): nothing downstream reads raw flags.
 */
export interface RunOptions {
  /** period specs in order, one report each (a range is expanded) */
  readonly periods: readonly string[];
  readonly dataDir: string;
  readonly outDir: string;
  readonly formats: ReadonlySet<Format>;
  readonly config: HotlineConfig;
  readonly templatesDir: string | undefined;
  /** the folder of notes files, `<period id>.md` each (src/pipeline/notes.ts); undefined: no notes */
  readonly notesDir?: string | undefined;
  /** YYYY-MM-DD */
  readonly issued: string;
  readonly strict: boolean;
  readonly encoding: string | undefined;
}

export function parseFormats(value: string | undefined): ReadonlySet<Format> {
  if (value === undefined || value.trim() === '' || value.trim() === 'all') return new Set(FORMATS);
  const out = new Set<Format>();
  for (const raw of value.split(',')) {
    const f = raw.trim().toLowerCase();
    if (f === '') continue;
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw new UsageError(`--format "${raw.trim()}" is not one of ${FORMATS.join(', ')}`);
    }
    out.add(f as Format);
  }
  if (out.size === 0) throw new UsageError('--format names no format');
  return out;
}
