import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HotlineConfig } from '../config/types.js';
import type { ReportModel } from '../model/types.js';
import type { Format } from './options.js';
import { renderReport, type Rendered } from './render.js';
import type { RenderJob } from './render-worker.js';

const WORKER = new URL('./render-worker.js', import.meta.url);

/**
 * Renders several reports at once, one worker thread per core. Rendering is
 * CPU-bound (charts, DOCX zip, PDF font subsetting), so a range of quarters
 * gains from the cores; a single report renders in-process (a worker's start
 * costs more than it saves). Running from the TypeScript sources (tests),
 * there is no compiled worker file, and the pool renders in sequence.
 */
export async function renderAll(
  models: readonly ReportModel[],
  formats: ReadonlySet<Format>,
  config: HotlineConfig,
  templatesDir: string | undefined,
  onDone: (index: number, rendered: Rendered) => void,
): Promise<void> {
  const workerFile = fileURLToPath(WORKER);
  const threads = Math.min(models.length, availableParallelism());
  if (threads <= 1 || !existsSync(workerFile)) {
    for (let i = 0; i < models.length; i++) onDone(i, await renderReport(models[i]!, formats, config, templatesDir));
    return;
  }
  let next = 0;
  const runOne = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      const take = (): void => {
        if (next >= models.length) {
          resolve();
          return;
        }
        const index = next++;
        const job: RenderJob = { model: models[index]!, formats: [...formats], config, templatesDir };
        worker.once('message', (msg: { ok: true } & Rendered | { ok: false; message: string }) => {
          if (!msg.ok) {
            reject(new Error(msg.message));
            return;
          }
          onDone(index, { files: msg.files, warnings: msg.warnings, timings: msg.timings });
          take();
        });
        worker.postMessage(job);
      };
      worker.once('error', reject);
      take();
    });
  const workers = Array.from({ length: threads }, () => new Worker(WORKER));
  try {
    await Promise.all(workers.map(runOne));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
