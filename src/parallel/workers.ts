/**
 * The parallel reader's worker threads: spawned on demand and kept
 * between files (a report reads calls.csv, then consultations.csv) instead
 * of being started again for each. Idle threads are unref'd: they never keep
 * the process alive.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What a worker gets at start: modules to import at once (a fold's module), before any file is named. */
export interface WorkerBoot {
  readonly preload: readonly string[];
}

const MB = 1 << 20;

/**
 * Below this size one thread wins: starting workers and loading the fold in
 * each costs ~150 ms, which a 15 MB export (the demo's 133k calls) does not
 * earn back; at 100 MB (1M calls) two workers save ~35 %.
 */
export const MIN_PARALLEL_BYTES = 32 * MB;

const idle: Worker[] = [];
/** the listeners a shelved worker has (to drop it from the shelf if it dies), removed when it is taken */
const shelfListeners = new WeakMap<Worker, () => void>();

/**
 * A worker thread on `entry` (`new URL('./x.js', import.meta.url)` in the
 * caller, so that the bundle's check sees the module). Run from the TS
 * sources (tests, tsx), every module is TypeScript: the worker is `x.ts`,
 * and it first registers tsx's loader (a worker does not inherit the
 * parent's loader hooks, and `--import` in execArgv does not reach them on
 * Node 20). The reader's and the workbook reader's threads are both made here.
 */
export function spawnWorker(entry: URL, workerData: unknown): Worker {
  // a bounded young generation: chunk garbage dies young, and the default (up to 48 MB a thread) is much of the
  // peak RSS; 16 MB measured ~3 % faster than 6 MB at 5M rows, for +20 MB RSS (265 MB in all)
  const resourceLimits = { maxYoungGenerationSizeMb: 16 };
  if (!import.meta.url.endsWith('.ts')) return new Worker(entry, { workerData, resourceLimits });
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const source = entry.href.replace(/\.js$/, '.ts');
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(code, { eval: true, workerData, resourceLimits });
}

function spawn(boot: WorkerBoot): Worker {
  return spawnWorker(new URL('./worker.js', import.meta.url), boot);
}

function shelve(worker: Worker): void {
  const drop = (): void => {
    const i = idle.indexOf(worker);
    if (i >= 0) idle.splice(i, 1);
  };
  worker.on('exit', drop);
  worker.on('error', drop);
  shelfListeners.set(worker, drop);
  worker.unref();
  idle.push(worker);
}

/** `n` workers: idle ones first, then new ones. They are the caller's until `releaseWorkers` or terminate. */
export function takeWorkers(n: number): Worker[] {
  const out = idle.splice(0, n);
  for (const w of out) {
    const drop = shelfListeners.get(w);
    if (drop !== undefined) {
      w.off('exit', drop);
      w.off('error', drop);
    }
    w.ref();
  }
  while (out.length < n) out.push(spawn({ preload: [] }));
  return out;
}

/** Hands workers back for the next read; the caller has removed its listeners. */
export function releaseWorkers(workers: readonly Worker[]): void {
  for (const w of workers) shelve(w);
}

/** Workers waiting for a read (tests). */
export function idleWorkers(): number {
  return idle.length;
}
