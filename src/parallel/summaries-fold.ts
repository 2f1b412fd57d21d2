/**
 * The report's summaries (src/summarize) as a fold for the parallel reader:
 * one Summaries per requested period set, as readData keeps them. The state
 * of a file starts empty; merge it into the summaries of the other files with
 * mergeSummaries.
 */
import type { HotlineConfig } from '../config/types.js';
import type { PeriodSet } from '../period/types.js';
import type { FileName, RecordsByFile } from '../records.js';
import { addRecord, createSummaries, mergeSummaries, type Summaries } from '../summarize/index.js';
import type { Fold, FoldSpec } from './fold.js';

export interface SummariesFoldInit {
  readonly file: FileName;
  readonly periodSets: readonly PeriodSet[];
  readonly config: HotlineConfig;
}

/**
 * A class rather than an object of closures: the reader calls `add` once a
 * row, and a method is one function for every file, where a closure made per
 * file is a new call target for each (each one threw away the optimised
 * code of the reader's row loop).
 */
class SummariesFold implements Fold<Summaries[]> {
  // the summaries keep values of a record (ids, dates), never the record itself
  readonly transient = true;
  private readonly file: FileName;
  private readonly periodSets: readonly PeriodSet[];
  private readonly config: HotlineConfig;

  constructor(init: SummariesFoldInit) {
    this.file = init.file;
    this.periodSets = init.periodSets;
    this.config = init.config;
  }

  create(): Summaries[] {
    return this.periodSets.map((p) => createSummaries(p, this.config));
  }

  add(state: Summaries[], rec: RecordsByFile[FileName]): void {
    for (const s of state) addRecord(s, this.file, rec);
  }

  merge(a: Summaries[], b: Summaries[]): Summaries[] {
    return a.map((s, i) => mergeSummaries(s, b[i] as Summaries));
  }

  // A chunk's state crosses threads as its one export's summary, without
  // the config (the calls summary holds it, and the worker has it anyway):
  // the other seven summaries are empty, and cloning all of them with the
  // config cost a worker 3-5 % of its time.
  pack(state: Summaries[]): unknown {
    const file = this.file;
    return state.map((s) => (file === 'calls' ? { ...s.calls, config: null } : s[file]));
  }

  unpack(data: unknown): Summaries[] {
    const file = this.file;
    return (data as unknown[]).map((part, i) => {
      const s = createSummaries(this.periodSets[i] as PeriodSet, this.config);
      return { ...s, [file]: file === 'calls' ? { ...(part as object), config: this.config } : part } as Summaries;
    });
  }
}

export function summariesFold(init: SummariesFoldInit): Fold<Summaries[]> {
  return new SummariesFold(init);
}

/**
 * The URL a worker imports summariesFold from: this module, found beside the
 * code that names it (in dist/src/parallel/ as tsc writes it, or in the flat
 * dist/bundle/ where it is an entry of its own).
 */
export const SUMMARIES_FOLD_MODULE = new URL(`./summaries-fold${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

/** The FoldSpec of summariesFold (periods and config are plain data: they cross to the workers by structured clone). */
export function summariesFoldSpec(init: SummariesFoldInit): FoldSpec<SummariesFoldInit> {
  return { module: SUMMARIES_FOLD_MODULE, factory: 'summariesFold', init };
}
