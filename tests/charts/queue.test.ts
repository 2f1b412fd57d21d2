/**
 * ChartQueue (src/charts/queue.ts): two threads drawing from one list of
 * charts take every chart exactly once, whatever the order of their takes.
 */
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChartQueue } from '../../src/charts/queue.js';

describe('ChartQueue', () => {
  it('hands out 0, 1, 2… and then indexes past any end', () => {
    const q = new ChartQueue();
    expect([q.take(), q.take(), q.take()]).toEqual([0, 1, 2]);
  });

  it('gives two queues over one buffer each index once, in any interleaving', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 40 }), fc.integer({ min: 0, max: 20 }), (turns, n) => {
        const a = new ChartQueue();
        const b = new ChartQueue(a.shared);
        const took: number[] = [];
        for (const mine of turns) {
          const i = (mine ? a : b).take();
          if (i < n) took.push(i);
        }
        // every index taken at most once, and in order of the takes
        expect(took).toEqual([...new Set(took)].sort((x, y) => x - y));
        expect(took.length).toBe(Math.min(n, turns.length));
      }),
    );
  });

  it('shares its counter with another thread', async () => {
    const q = new ChartQueue();
    const n = 2000;
    const code = `
      const { workerData, parentPort } = require('node:worker_threads');
      const next = new Int32Array(workerData.shared);
      const took = [];
      for (let i = Atomics.add(next, 0, 1); i < workerData.n; i = Atomics.add(next, 0, 1)) took.push(i);
      parentPort.postMessage(took);`;
    const worker = new Worker(code, { eval: true, workerData: { shared: q.shared, n } });
    const theirs = new Promise<number[]>((resolve) => worker.once('message', resolve));
    const mine: number[] = [];
    for (let i = q.take(); i < n; i = q.take()) mine.push(i);
    const all = [...mine, ...(await theirs)].sort((x, y) => x - y);
    await worker.terminate();
    expect(all).toEqual(Array.from({ length: n }, (_, i) => i));
  });
});
