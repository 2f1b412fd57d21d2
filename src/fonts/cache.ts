import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { userCacheDir } from '../paths.js';
import { woffToSfnt } from './woff.js';

/** The CJK faces shipped with the npm dependencies. */
export type Face = 'serif' | 'sans';
export type Weight = 400 | 700;

const require = createRequire(import.meta.url);


function cacheDir(): string {
  return userCacheDir('fonts');
}

function woffPath(face: Face, weight: Weight, subset: 'chinese-simplified' | 'latin'): string {
  const pkg = face === 'serif' ? '@fontsource/noto-serif-sc' : '@fontsource/noto-sans-sc';
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  return join(dir, 'files', `${pkg.split('/')[1]}-${subset}-${weight}-normal.woff`);
}

const memo = new Map<string, string>();

/**
 * Path of a plain TTF of a shipped font, unwrapped from its WOFF once and kept
 * in the user's cache folder (written to a temporary name, then renamed, so a
 * concurrent run never reads half a file; the name is the process's and the
 * thread's, as the chart and PDF threads of one run may unwrap the same
 * face). `latin` is the subset with ASCII digits and letters, which the
 * chinese-simplified subset leaves out.
 */
export function shippedFontPath(face: Face, weight: Weight, subset: 'chinese-simplified' | 'latin' = 'chinese-simplified'): string {
  const key = `${face}-${weight}-${subset}`;
  const known = memo.get(key);
  if (known) return known;
  const src = woffPath(face, weight, subset);
  const version = (require(`@fontsource/noto-${face}-sc/package.json`) as { version: string }).version;
  const dir = cacheDir();
  const target = join(dir, `noto-${face}-sc-${subset}-${weight}-${version}.ttf`);
  if (!existsSync(target)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${target}.${process.pid}-${threadId}.tmp`;
    writeFileSync(tmp, woffToSfnt(readFileSync(src)));
    renameSync(tmp, target);
  }
  memo.set(key, target);
  return target;
}
