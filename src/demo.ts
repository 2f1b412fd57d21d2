import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot, userCacheDir } from './paths.js';
import type { Progress } from './cli/progress.js';

/** The demo's notes (fixtures/demo/notes/2025Q1.md): the analyst's paragraphs of the seed report, so the demo reads like it. */
export function demoNotesDir(): string {
  return join(packageRoot(), 'fixtures', 'demo', 'notes');
}

/** The demo's issue date, as the seed report's. */
export const DEMO_ISSUED = '2025-04-03';

/**
 * The demo generator: fixtures/demo/ under tsx (tests), dist/fixtures/demo/
 * once built, whether the command line runs from dist/src or from the
 * bundle in dist/bundle (scripts/bundle.mjs leaves the generator out).
 */
function generatorPath(): string {
  const root = packageRoot();
  return import.meta.url.endsWith('.ts') ? join(root, 'fixtures', 'demo', 'generate.ts') : join(root, 'dist', 'fixtures', 'demo', 'generate.js');
}

/**
 * The demo exports live in a cache folder, generated once (about a second)
 * rather than shipped: 130k call rows would add megabytes to every clone, and
 * the generator is deterministic, so the files are the same bytes everywhere.
 * The folder name carries a hash of the generator's code, so a changed
 * generator regenerates instead of serving stale rows.
 */
export async function ensureDemoData(progress: Progress): Promise<string> {
  const generator = generatorPath();
  const genDir = dirname(generator);
  const hash = createHash('sha256');
  for (const f of readdirSync(genDir).filter((n) => /\.(js|ts)$/.test(n)).sort()) {
    hash.update(f).update(readFileSync(join(genDir, f)));
  }
  const dir = userCacheDir(`demo-${hash.digest('hex').slice(0, 12)}`);
  if (!existsSync(join(dir, 'calls.csv'))) {
    progress.step(`generating the demo data into ${dir}`);
    const { generateDemo } = (await import(pathToFileURL(generator).href)) as { generateDemo: (out: string) => Promise<void> };
    await generateDemo(dir);
  }
  return dir;
}
