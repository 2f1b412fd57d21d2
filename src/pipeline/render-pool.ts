import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HotlineConfig } from '../config/types.js';
import type { ReportModel } from '../model/types.js';
import type { BuildOptions } from '../document/build.js';
import type { Format } from './options.js';
import { renderReport, type Rendered } from './render.js';
import type { RenderJob } from './render-worker.js';

const WORKER = new URL('./render-worker.js', import.meta.url);

interface Slot {
  readonly worker: Worker;
  busy: boolean;
}

/**
 * Worker threads that render reports, one per core. Started before the data
 * are read, so each loads Chart.js, canvas, docx and pdfkit while
 * the main thread reads the exports. Running from the TypeScript sources
 * (tests) there is no compiled worker, and `start` returns null: the caller
 * renders in-process.
 */
export class RenderPool {
  private readonly slots: Slot[];
  private readonly waiting: ((slot: Slot) => void)[] = [];

  private constructor(threads: number) {
    this.slots = Array.from({ length: threads }, () => ({ worker: new Worker(WORKER), busy: false }));
  }

  static start(threads: number = availableParallelism()): RenderPool | null {
    if (threads < 1 || !existsSync(fileURLToPath(WORKER))) return null;
    return new RenderPool(threads);
  }

  get size(): number {
    return this.slots.length;
  }

  async render(job: RenderJob): Promise<Rendered> {
    const slot = await this.acquire();
    try {
      return await new Promise<Rendered>((resolve, reject) => {
        const onError = (err: Error): void => reject(err);
        slot.worker.once('error', onError);
        slot.worker.once('message', (msg: ({ ok: true } & Rendered) | { ok: false; message: string }) => {
          slot.worker.off('error', onError);
          if (msg.ok) resolve({ files: msg.files, warnings: msg.warnings, timings: msg.timings });
          else reject(new Error(msg.message));
        });
        slot.worker.postMessage(job);
      });
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private acquire(): Promise<Slot> {
    const free = this.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }
}

/**
 * Renders every model, on the pool's threads when there is one (a range:
 * one report per thread), else on this thread. `onDone` is called as each report is complete.
 */
export async function renderAll(
  pool: RenderPool | null,
  models: readonly ReportModel[],
  formats: ReadonlySet<Format>,
  config: HotlineConfig,
  /** what each report's document is built with (templates folder, that period's notes) */
  documents: readonly BuildOptions[],
  onDone: (index: number, rendered: Rendered) => void,
): Promise<void> {
  if (pool === null) {
    for (let i = 0; i < models.length; i++) onDone(i, await renderReport(models[i]!, formats, config, documents[i]!));
    return;
  }
  const list = [...formats];
  await Promise.all(models.map(async (model, i) => onDone(i, await pool.render({ model, formats: list, config, document: documents[i]! }))));
}
