/**
 * Worker side of the render pool: one message in (a model and what to render),
 * one message out (the files as bytes, or the error's message). The worker is
 * started before the data are read, so it loads the renderers' libraries
 * while the main thread reads: that work is off the critical path.
 */
import { parentPort } from 'node:worker_threads';
import type { HotlineConfig } from '../config/types.js';
import type { ReportModel } from '../model/types.js';
import type { BuildOptions } from '../document/build.js';
import type { Format } from './options.js';
import { preloadRenderers, renderReport } from './render.js';

export interface RenderJob {
  readonly model: ReportModel;
  readonly formats: readonly Format[];
  readonly config: HotlineConfig;
  /** the templates folder and the period's notes (their text: the worker reads no file of them) */
  readonly document: BuildOptions;
}

if (parentPort) {
  const port = parentPort;
  const ready = preloadRenderers();
  port.on('message', (job: RenderJob) => {
    ready
      .then(() => renderReport(job.model, new Set(job.formats), job.config, job.document))
      .then(
        (r) => {
          const files = r.files.map((f) => ({ path: f.path, bytes: typeof f.bytes === 'string' ? f.bytes : Uint8Array.from(f.bytes) }));
          port.postMessage({ ok: true, files, warnings: r.warnings, timings: r.timings });
        },
        (err: unknown) => port.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) }),
      );
  });
}
