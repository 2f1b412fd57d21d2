/** A fold that keeps every record with its line, in order: the strictest check that chunks merge like one pass. */
import type { Fold } from '../../src/parallel/fold.js';
import type { FileName, RecordsByFile } from '../../src/records.js';

export interface Kept {
  lines: number[];
  records: RecordsByFile[FileName][];
}

export function recordFold(): Fold<Kept> {
  return {
    create: () => ({ lines: [], records: [] }),
    add: (s, r, line) => {
      s.lines.push(line);
      s.records.push(r);
    },
    merge: (a, b) => {
      for (const l of b.lines) a.lines.push(l);
      for (const r of b.records) a.records.push(r);
      return a;
    },
  };
}
