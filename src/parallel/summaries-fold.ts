/**
 * The report's summaries (src/summarize) as a fold for the parallel reader:
 * one Summaries per requested period set, as readData keeps them. The state
 * of a file starts empty; merge it into the summaries of the other files with
 * mergeSummaries.
 */
import type { HotlineConfig } from '../config/types.js';
import type { PeriodSet } from '../period/types.js';
import type { FileName } from '../records.js';
import { addRecord, createSummaries, mergeSummaries, type Summaries } from '../summarize/index.js';
import type { Fold, FoldSpec } from './fold.js';

export interface SummariesFoldInit {
  readonly file: FileName;
  readonly periodSets: readonly PeriodSet[];
  readonly config: HotlineConfig;
}

export function summariesFold(init: SummariesFoldInit): Fold<Summaries[]> {
  const { file, periodSets, config } = init;
  return {
    create: () => periodSets.map((p) => createSummaries(p, config)),
    add: (state, rec) => {
      for (const s of state) addRecord(s, file, rec);
    },
    merge: (a, b) => a.map((s, i) => mergeSummaries(s, b[i] as Summaries)),
    // the summaries keep values of a record (ids, dates), never the record itself
    transient: true,
    // A chunk's state crosses threads as its one export's summary, without
    // the config (the calls summary holds it, and the worker has it anyway):
    // the other seven summaries are empty, and cloning all of them with the
    // config cost a worker 3-5 % of its time.
    pack: (state) => state.map((s) => (file === 'calls' ? { ...s.calls, config: null } : s[file])),
    unpack: (data) =>
      (data as unknown[]).map((part, i) => {
        const s = createSummaries(periodSets[i] as PeriodSet, config);
        return { ...s, [file]: file === 'calls' ? { ...(part as object), config } : part } as Summaries;
      }),
  };
}

/** The FoldSpec of summariesFold (periods and config are plain data: they cross to the workers by structured clone). */
export function summariesFoldSpec(init: SummariesFoldInit): FoldSpec<SummariesFoldInit> {
  return { module: new URL(`./summaries-fold${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href, factory: 'summariesFold', init };
}
