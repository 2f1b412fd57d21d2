/**
 * The render threads of the built program (dist/src, made by the tests'
 * global setup: running from the TypeScript sources there is no compiled
 * worker, and everything renders in-process). A report rendered on a thread
 * is the bytes rendered here; a job's error reaches the caller as its class;
 * a thread that stops mid-job fails that job with one line, and nothing else
 * goes unhandled.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RenderPool as Pool } from '../../src/pipeline/render-pool.js';
import type { RenderJob } from '../../src/pipeline/render-worker.js';
import { renderReport } from '../../src/pipeline/render.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import type { Format } from '../../src/pipeline/options.js';
import { sampleModel } from '../fixtures/sample-model.js';

const BUILT = new URL('../../dist/src/', import.meta.url);
const FORMATS: readonly Format[] = ['json', 'png', 'docx', 'pdf'];

let RenderPool: typeof Pool;
let FontError: new (message: string) => Error;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

beforeAll(async () => {
  ({ RenderPool } = (await import(new URL('pipeline/render-pool.js', BUILT).href)) as typeof import('../../src/pipeline/render-pool.js'));
  ({ FontError } = (await import(new URL('render/pdf/font-error.js', BUILT).href)) as typeof import('../../src/render/pdf/font-error.js'));
  process.on('unhandledRejection', onUnhandled);
});

afterAll(() => void process.off('unhandledRejection', onUnhandled));

let pool: Pool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
  // a rejection left unobserved is reported after a turn of the event loop
  await new Promise((r) => setTimeout(r, 50));
  expect(unhandled.splice(0)).toEqual([]);
});

function job(o: Partial<RenderJob> = {}): RenderJob {
  return { model: sampleModel(), formats: FORMATS, config: DEFAULT_CONFIG, document: { templatesDir: undefined }, ...o };
}

function startOne(): Pool {
  pool = RenderPool.start(1);
  if (pool === null) throw new Error('no compiled render worker in dist/');
  return pool;
}

describe('a render thread', () => {
  it('renders the bytes this thread renders', async () => {
    const there = await startOne().render(job());
    const here = await renderReport(sampleModel(), new Set(FORMATS), DEFAULT_CONFIG, { templatesDir: undefined });
    expect(there.files.map((f) => f.path)).toEqual(here.files.map((f) => f.path));
    expect(there.files.map((f) => f.path)).toContain('report.pdf');
    for (const [i, f] of there.files.entries()) expect(Buffer.from(f.bytes).equals(Buffer.from(here.files[i]!.bytes)), f.path).toBe(true);
    expect(there.warnings).toEqual(here.warnings);
  });

  it("gives a job's error to its caller as its class, and goes on with the next job", async () => {
    const p = startOne();
    const config = { ...DEFAULT_CONFIG, fonts: { ...DEFAULT_CONFIG.fonts, pdf: { body: '/nonexistent/FangSong.ttf', heading: null } } };
    const bad = p.render(job({ config }));
    await expect(bad).rejects.toThrow(/^PDF font \/nonexistent\/FangSong\.ttf cannot be read$/);
    await expect(bad).rejects.toBeInstanceOf(FontError);
    await expect(bad).rejects.toHaveProperty('name', 'FontError');
    // the thread lives on
    expect((await p.render(job({ formats: ['json'] }))).files.map((f) => f.path)).toEqual(['metrics.json']);
  });

  it('that is ended mid-job fails that job with one line naming its period, and a later job at once', async () => {
    const p = startOne();
    const outcome = p.render(job()).then(
      () => 'rendered',
      (err: unknown) => err,
    );
    // the thread is still loading its renderers or rendering: the report takes seconds
    await new Promise((r) => setTimeout(r, 200));
    await p.close();
    const err = await outcome;
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^the render thread stopped while rendering 2025Q1: .+$/);
    expect((err as Error).message).not.toMatch(/\n/);
    // a job given to the stopped thread does not wait for ever
    await expect(p.render(job())).rejects.toThrow(/^the render thread stopped while rendering 2025Q1: /);
  });
});
