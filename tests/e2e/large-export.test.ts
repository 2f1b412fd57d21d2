/**
 * A calls.csv large enough for the parallel reader, through the built command
 * line (dist/bundle, made by `npm test` before vitest): the read workers and
 * the fold they import by URL must be found in the bundle's layout, and the
 * figures must be those of the in-process command line on the same file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCalls } from '../../bench/gen-calls.js';
import { MIN_PARALLEL_BYTES } from '../../src/parallel/workers.js';
import { cli, tempDir } from './helpers.js';

const BIN = join(process.cwd(), 'bin', 'hotline-report.js');

describe('a calls.csv above the parallel threshold', () => {
  it('is read on worker threads by the built command line, with the figures of the in-process one', async () => {
    const dir = tempDir('large');
    const data = join(dir, 'data');
    mkdirSync(data);
    await generateCalls(join(data, 'calls.csv'), 320_000);
    expect(statSync(join(data, 'calls.csv')).size).toBeGreaterThanOrEqual(MIN_PARALLEL_BYTES);

    const built = join(dir, 'built');
    const r = spawnSync(process.execPath, [BIN, 'q1-2025', '--data', data, '--out', built, '--format', 'json', '--issued', '2025-04-03'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const inProcess = join(dir, 'in-process');
    const c = await cli(['q1-2025', '--data', data, '--out', inProcess, '--format', 'json', '--issued', '2025-04-03']);
    expect(c.status, c.stderr).toBe(0);

    const a = JSON.parse(readFileSync(join(built, '2025Q1', 'metrics.json'), 'utf8')) as { calls: { inbound: number } };
    const b = JSON.parse(readFileSync(join(inProcess, '2025Q1', 'metrics.json'), 'utf8')) as { calls: { inbound: number } };
    expect(a.calls.inbound).toBeGreaterThan(100_000);
    expect(a).toEqual(b);
  }, 60_000);
});
