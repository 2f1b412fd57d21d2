import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Progress } from './cli/progress.js';

/** The demo's issue date, as the seed report's. */
export const DEMO_ISSUED = '2025-04-03';

const GENERATOR = '../fixtures/demo/generate.js';

/**
 * The demo exports live in a cache folder, generated once (about a second)
 * rather than shipped: 130k call rows would add megabytes to every clone, and
 * the generator is deterministic, so the files are the same bytes everywhere.
 * The folder name carries a hash of the generator's code, so a changed
 * generator regenerates instead of serving stale rows.
 */
export async function ensureDemoData(progress: Progress): Promise<string> {
  const genDir = dirname(fileURLToPath(new URL(GENERATOR, import.meta.url)));
  const hash = createHash('sha256');
  for (const f of readdirSync(genDir).filter((n) => /\.(js|ts)$/.test(n)).sort()) {
    hash.update(f).update(readFileSync(join(genDir, f)));
  }
  const base = process.env.HOTLINE_REPORT_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'hotline-report');
  const dir = join(base, `demo-${hash.digest('hex').slice(0, 12)}`);
  if (!existsSync(join(dir, 'calls.csv'))) {
    progress.step(`generating the demo data into ${dir}`);
    const { generateDemo } = (await import(GENERATOR)) as { generateDemo: (out: string) => Promise<void> };
    await generateDemo(dir);
  }
  return dir;
}
