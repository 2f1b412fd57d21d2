import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root folder (where package.json, templates/ and fixtures/
 * live), found by walking up from this file: the same code runs from src/
 * under tsx/vitest and from dist/src/ once built.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('hotline-report: cannot find the package root');
    dir = up;
  }
}

/**
 * The user's cache folder for hotline-report (HOTLINE_REPORT_CACHE, else
 * XDG_CACHE_HOME or ~/.cache): the demo data and the unwrapped fonts;
 * `sub` is a folder in it.
 */
export function userCacheDir(sub: string): string {
  const base = process.env.HOTLINE_REPORT_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'hotline-report');
  return join(base, sub);
}
