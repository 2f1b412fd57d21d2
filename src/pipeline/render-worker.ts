/**
 * Worker side of the render pool: each message `{id, job}` (a model and what
 * to render) is answered `{id, ok, ...}`: the files as bytes, or the error's
 * class name and message. The worker is started before the data are read, so
 * it loads the renderers' libraries while the main thread reads: that work
 * is off the critical path.
 */
import { parentPort } from 'node:worker_threads';
import type { HotlineConfig } from '../config/types.js';
import type { ReportModel } from '../model/types.js';
import type { BuildOptions } from '../document/build.js';
import type { Format } from './options.js';
import { preloadRenderers, renderReport, type Rendered } from './render.js';

export interface RenderJob {
  readonly model: ReportModel;
  readonly formats: readonly Format[];
  readonly config: HotlineConfig;
  /** the templates folder and the period's notes (their text: the worker reads no file of them) */
  readonly document: BuildOptions;
}

export type Reply =
  | ({ readonly id: number; readonly ok: true } & Rendered)
  /** the error's class name: the main thread rebuilds the class the command line maps to its exit status */
  | { readonly id: number; readonly ok: false; readonly name: string; readonly message: string };

if (parentPort) {
  const port = parentPort;
  // a failed preload fails the job that needs the renderer, with its own error
  const ready = preloadRenderers().catch(() => undefined);
  port.on('message', ({ id, job }: { id: number; job: RenderJob }) => {
    ready
      .then(() => renderReport(job.model, new Set(job.formats), job.config, job.document))
      .then(
        (r) => {
          const files = r.files.map((f) => ({ path: f.path, bytes: typeof f.bytes === 'string' ? f.bytes : Uint8Array.from(f.bytes) }));
          port.postMessage({ id, ok: true, files, warnings: r.warnings, timings: r.timings } satisfies Reply);
        },
        (err: unknown) => port.postMessage({ id, ok: false, name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) } satisfies Reply),
      );
  });
}
