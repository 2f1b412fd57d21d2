import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HotlineConfig } from '../config/types.js';
import type { ReportModel } from '../model/types.js';
import type { BuildOptions } from '../document/build.js';
import type { Format } from './options.js';
import { renderReport, type Rendered } from './render.js';
import type { RenderJob, Reply } from './render-worker.js';
import { InputError } from '../read/errors.js';
import { OutputError } from '../output/errors.js';
import { UsageError } from '../cli/errors.js';
import { FontError } from '../render/pdf/font-error.js';

const WORKER = new URL('./render-worker.js', import.meta.url);

/** The classes the command line tells apart (exit status, one line), rebuilt from a reply's error name. */
const ERRORS: Readonly<Record<string, new (message: string) => Error>> = { InputError, OutputError, UsageError, FontError };

interface Pending {
  readonly resolve: (rendered: Rendered) => void;
  readonly reject: (err: Error) => void;
  /** the report's period, for the message if the thread stops */
  readonly period: string;
}

/** One worker and the jobs sent to it, matched to its replies by id. */
class Thread {
  readonly worker = new Worker(WORKER);
  private readonly jobs = new Map<number, Pending>();
  private stopped: string | null = null;

  constructor() {
    this.worker.on('message', (reply: Reply) => {
      const job = this.jobs.get(reply.id);
      this.jobs.delete(reply.id);
      if (reply.ok) job?.resolve({ files: reply.files, warnings: reply.warnings, timings: reply.timings });
      else job?.reject(new (ERRORS[reply.name] ?? Error)(reply.message));
    });
    // ended, out of memory, an uncaught error: every job it had fails, with one line
    this.worker.on('error', (err) => this.stop(err.message));
    this.worker.on('exit', (code) => this.stop(`it exited with code ${code}`));
  }

  send(id: number, job: RenderJob): Promise<Rendered> {
    const period = job.model.period.id;
    return new Promise((resolve, reject) => {
      if (this.stopped !== null) return reject(stoppedError(period, this.stopped));
      this.jobs.set(id, { resolve, reject, period });
      this.worker.postMessage({ id, job });
    });
  }

  private stop(reason: string): void {
    this.stopped ??= reason.split('\n')[0]!;
    for (const job of this.jobs.values()) job.reject(stoppedError(job.period, this.stopped));
    this.jobs.clear();
  }
}

function stoppedError(period: string, reason: string): Error {
  return new Error(`the render thread stopped while rendering ${period}: ${reason}`);
}

/**
 * Worker threads that render reports, one per core. Started before the data
 * are read, so each loads Chart.js, canvas, docx and pdfkit while
 * the main thread reads the exports. Running from the TypeScript sources
 * (tests) there is no compiled worker, and `start` returns null: the caller
 * renders in-process.
 */
export class RenderPool {
  private readonly threads: Thread[];
  private readonly idle: Thread[];
  private readonly waiting: ((thread: Thread) => void)[] = [];
  private lastId = 0;

  private constructor(count: number) {
    this.threads = Array.from({ length: count }, () => new Thread());
    this.idle = [...this.threads];
  }

  static start(threads: number = availableParallelism()): RenderPool | null {
    if (threads < 1 || !existsSync(fileURLToPath(WORKER))) return null;
    return new RenderPool(threads);
  }

  get size(): number {
    return this.threads.length;
  }

  /** A whole report, on the next free thread. */
  async render(job: RenderJob): Promise<Rendered> {
    const thread = this.idle.pop() ?? (await new Promise<Thread>((resolve) => this.waiting.push(resolve)));
    try {
      return await thread.send(++this.lastId, job);
    } finally {
      const next = this.waiting.shift();
      if (next) next(thread);
      else this.idle.push(thread);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
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
