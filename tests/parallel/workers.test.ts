import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readExportParallel, type FoldSpec } from '../../src/parallel/index.js';
import { idleWorkers } from '../../src/parallel/workers.js';
import type { FileName } from '../../src/records.js';
import type { Kept } from './record-fold.js';
import { callsCsv } from './gen.js';

const spec: FoldSpec = { module: new URL('./record-fold.ts', import.meta.url).href, factory: 'recordFold', init: null };

describe('parallel reader workers', () => {
  it('are handed back after a read and serve the next file, with its own header', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workers-'));
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    writeFileSync(a, callsCsv(3000));
    // the same rows, columns in another order: a worker still holding a's header would read b wrongly
    writeFileSync(b, 'start_time,call_id,outcome,channel,caller_province\n2025-01-02 08:00:00,X1,接通,手机,贵州省\n2025-01-02 09:00:00,X2,接通,固话,\n');
    const opts = { minBytes: 0, chunkBytes: 8192, workers: 2 };
    const first = await readExportParallel<Kept, FileName>('calls', a, opts, spec);
    expect(first.mode).toBe('parallel');
    expect(idleWorkers()).toBeGreaterThanOrEqual(2);
    const second = await readExportParallel<Kept, FileName>('calls', b, opts, spec);
    const single = await readExportParallel<Kept, FileName>('calls', b, { minBytes: Infinity, inline: false }, spec);
    expect(second.state).toEqual(single.state);
    expect(second.state.records.map((r) => ('callId' in r ? r.callId : ''))).toEqual(['X1', 'X2']);
  });
});
