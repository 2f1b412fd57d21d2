/**
 * The benchmark's yardstick and our pipeline must compute the same calls
 * figures from the same file: DuckDB (bench/duckdb-calls.ts) against
 * readData → buildModel on a small generated calls.csv.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffFigures, figuresFromModel, type CallsMetricsLike } from '../../bench/calls-figures.js';
import { duckdbCalls } from '../../bench/duckdb-calls.js';
import { writeExports } from '../../bench/gen-exports.js';
import type { HotlineConfig } from '../../src/config/types.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import type { DataQuality } from '../../src/model/types.js';
import { resolvePeriods, type PeriodSet } from '../../src/period/index.js';

// The aggregation (src/summarize) and the model builder (src/model/build.ts) are
// written in parallel with this test; until both exist the comparison is skipped.
const root = join(import.meta.dirname, '../..');
const pipelineReady = existsSync(join(root, 'src/summarize/index.ts')) && existsSync(join(root, 'src/model/build.ts'));

// Imported through variables so that this file type-checks before those modules land.
const READ_DATA = '../../src/pipeline/read-data.js';
const BUILD = '../../src/model/build.js';

interface ReadDataModule {
  readData(dir: string, sets: readonly PeriodSet[], config: HotlineConfig, opts: { encoding: string | undefined },
    progress: { step(m: string): void; warn(m: string): void; detail(m: string): void; error(m: string): void }): Promise<{
    readonly summaries: readonly unknown[];
    readonly quality: DataQuality;
  }>;
}
interface BuildModule {
  buildModel(args: { periods: PeriodSet; config: HotlineConfig; summaries: unknown; dataQuality: DataQuality; issued: string }): CallsMetricsLike;
}

const silent = { step: (): void => {}, warn: (): void => {}, detail: (): void => {}, error: (): void => {} };

describe.skipIf(!pipelineReady)('DuckDB and our pipeline agree on a generated calls.csv (20k rows)', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-agree-'));
    writeExports(dir, { rows: 20_000, seed: 7, quarters: '2025Q1' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has the same counts by outcome, channel, region, satisfaction, hour and day', async () => {
    const { readData } = (await import(/* @vite-ignore */ READ_DATA)) as ReadDataModule;
    const { buildModel } = (await import(/* @vite-ignore */ BUILD)) as BuildModule;
    const periods = resolvePeriods('2025Q1', DEFAULT_CONFIG.calendar);
    const data = await readData(dir, [periods], DEFAULT_CONFIG, { encoding: undefined }, silent);
    const model = buildModel({ periods, config: DEFAULT_CONFIG, summaries: data.summaries[0], dataQuality: data.quality, issued: '2025-04-03' });
    const duck = await duckdbCalls(join(dir, 'calls.csv'), '2025Q1', { threads: 2 });
    expect(duck.figures.inbound).toBeGreaterThan(9000);
    expect(data.quality.issueCount).toBe(0);
    expect(diffFigures(figuresFromModel(model), duck.figures)).toEqual([]);
  });
});
