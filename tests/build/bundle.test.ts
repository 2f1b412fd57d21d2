/**
 * The bundle the command line runs (dist/bundle, scripts/bundle.mjs; built by
 * tests/global-setup.ts when stale) holds every module that the program
 * starts or imports by URL at run time (a worker's script, a fold's module),
 * and the built-in templates, precompiled.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'bundle');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** `new URL('./x.js', import.meta.url)` (or `./x${…}`) in code, not in comments: the module names x. */
function modulesLoadedByUrl(): { module: string; where: string }[] {
  const out: { module: string; where: string }[] = [];
  for (const file of sources(join(ROOT, 'src'))) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const code = line.trimStart();
      if (code.startsWith('*') || code.startsWith('/*') || code.startsWith('//')) return;
      for (const m of line.matchAll(/new URL\(\s*[`'"]\.\/([\w-]+)[^,]*,\s*import\.meta\.url\)/g)) out.push({ module: m[1]!, where: `${relative(ROOT, file)}:${i + 1}` });
    });
  }
  return out;
}

describe('dist/bundle', () => {
  it('holds every module loaded by URL, as a file of its own', () => {
    const loaded = modulesLoadedByUrl();
    // the parallel reader's worker and folds, the render threads' scripts
    expect(loaded.map((l) => l.module)).toEqual(expect.arrayContaining(['worker', 'summaries-fold', 'period-count-fold']));
    const missing = loaded.filter((l) => !existsSync(join(BUNDLE, `${l.module}.js`))).map((l) => `${l.module}.js (${l.where})`);
    expect(missing).toEqual([]);
  });

  it('holds every built-in template, precompiled', () => {
    const text = readdirSync(BUNDLE).map((f) => readFileSync(join(BUNDLE, f), 'utf8')).join('\n');
    const templates = readdirSync(join(ROOT, 'templates')).filter((f) => f.endsWith('.hbs'));
    expect(templates.length).toBeGreaterThan(0);
    for (const t of templates) expect(text).toContain(`${JSON.stringify(t)}: {`);
  });
});
