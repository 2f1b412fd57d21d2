/**
 * The benchmark's yardstick and our pipeline must compute the same calls
 * figures from the same file: DuckDB (bench/duckdb-calls.ts) against
 * readData → buildModel on a small generated calls.csv (with consultations.csv
 * beside it, as a real export folder has); and the pandas peer
 * (bench/pandas-calls.py) too, where python3-pandas is installed (CI: .ci/run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffFigures, figuresFromModel } from '../../bench/calls-figures.js';
import { duckdbCalls } from '../../bench/duckdb-calls.js';
import { writeExports } from '../../bench/gen-exports.js';
import { findPandas, pandasCalls } from '../../bench/pandas-peer.js';
import { createProgress } from '../../src/cli/progress.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { buildModel } from '../../src/model/build.js';
import { resolvePeriods } from '../../src/period/index.js';
import { qualityOf, readData } from '../../src/pipeline/read-data.js';

const silent = createProgress({ quiet: true, verbose: false, tty: false, write: () => {} });
const py = await findPandas();

describe('DuckDB and our pipeline agree on a generated calls.csv (20k rows)', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-agree-'));
    writeExports(dir, { rows: 20_000, seed: 7, quarters: '2025Q1' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has the same counts by outcome, channel, region, satisfaction, hour and day', async () => {
    const periods = resolvePeriods('2025Q1', DEFAULT_CONFIG.calendar);
    const data = await readData(dir, [periods], DEFAULT_CONFIG, { encoding: undefined }, silent);
    const model = buildModel({ periods, config: DEFAULT_CONFIG, summaries: data.summaries[0]!, dataQuality: qualityOf(data, []), issued: '2025-04-03' });
    const duck = await duckdbCalls(join(dir, 'calls.csv'), '2025Q1', { threads: 2 });
    expect(data.log.count).toBe(0);
    expect(duck.figures.inbound).toBeGreaterThan(9000);
    expect(duck.figures.byRegion['未知']).toBeGreaterThan(0);
    expect(diffFigures(figuresFromModel(model), duck.figures)).toEqual([]);
  });

  it.skipIf(py === null)('pandas has the same figures as our pipeline and DuckDB', async () => {
    const periods = resolvePeriods('2025Q1', DEFAULT_CONFIG.calendar);
    const data = await readData(dir, [periods], DEFAULT_CONFIG, { encoding: undefined }, silent);
    const model = buildModel({ periods, config: DEFAULT_CONFIG, summaries: data.summaries[0]!, dataQuality: qualityOf(data, []), issued: '2025-04-03' });
    const pandas = await pandasCalls(py!, join(dir, 'calls.csv'), '2025Q1');
    const duck = await duckdbCalls(join(dir, 'calls.csv'), '2025Q1', { threads: 2 });
    expect(diffFigures(figuresFromModel(model), pandas.figures)).toEqual([]);
    expect(diffFigures(duck.figures, pandas.figures)).toEqual([]);
  });
});
