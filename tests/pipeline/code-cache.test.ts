/**
 * The libraries' code cache (src/pipeline/code-cache.ts), in child processes
 * (it wraps the process's CommonJS loader): a first run compiles and saves, a
 * second is served from the cache, a damaged or stale cache is compiled from
 * source again, and a cached module behaves as a normally loaded one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const MODULE = join(ROOT, 'dist/src/pipeline/code-cache.js');

let dir: string;
let cache: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'code-cache-'));
  cache = join(dir, 'cache');
  const lib = join(dir, 'node_modules', 'calc');
  mkdirSync(lib, { recursive: true });
  writeFileSync(join(lib, 'package.json'), JSON.stringify({ name: 'calc', main: 'index.js' }));
  // uses what a CommonJS module gets: require (relative and built-in), require.resolve, __dirname, module, exports
  writeFileSync(
    join(lib, 'index.js'),
    [
      "const { basename } = require('node:path');",
      "const { twice } = require('./twice');",
      'exports.sum = (a, b) => twice(a + b) / 2;',
      "exports.where = basename(__dirname) + ' ' + basename(require.resolve('./twice'));",
      'exports.self = module.exports === exports;',
    ].join('\n'),
  );
  writeFileSync(join(lib, 'twice.js'), 'exports.twice = (x) => x * 2;\n');
  const dyn = join(dir, 'node_modules', 'dyn');
  mkdirSync(dyn, { recursive: true });
  writeFileSync(join(dyn, 'index.js'), "exports.later = () => import('node:path');\n");
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  readonly installed: boolean;
  readonly hits: number;
  readonly misses: number;
  readonly written: number;
  readonly sum: number;
  readonly where: string;
  readonly self: boolean;
  readonly later: string;
}

function run(env: Record<string, string> = {}, nodeFlags: readonly string[] = []): Outcome {
  const code = `
    import { installCodeCache, saveCodeCache, codeCacheStats } from ${JSON.stringify(MODULE)};
    import { createRequire } from 'node:module';
    const installed = installCodeCache(${JSON.stringify(cache)});
    const require = createRequire(${JSON.stringify(join(dir, 'main.js'))});
    const calc = require('calc');
    const later = typeof (await require('dyn').later()).join;
    saveCodeCache();
    console.log(JSON.stringify({ installed, ...codeCacheStats(), sum: calc.sum(2, 3), where: calc.where, self: calc.self, later }));`;
  const r = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, ...env } });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Outcome;
}

describe('code cache of the libraries', () => {
  it('compiles and saves on the first run, and is served from the cache on the next', () => {
    const first = run();
    // calc's two files; dyn calls import() and is left to Node
    expect(first).toMatchObject({ installed: true, hits: 0, misses: 2, written: 2 });
    expect(readdirSync(cache).filter((f) => f.endsWith('.bin'))).toHaveLength(2);
    const second = run();
    expect(second).toMatchObject({ hits: 2, misses: 0, written: 0 });
  });

  it('gives a module what Node gives it', () => {
    for (const outcome of [run(), run()]) {
      expect(outcome).toMatchObject({ sum: 5, where: 'calc twice.js', self: true, later: 'function' });
    }
  });

  it('compiles from source again when a cache file is damaged, and writes it anew', () => {
    run();
    for (const f of readdirSync(cache)) writeFileSync(join(cache, f), 'not a code cache');
    expect(run()).toMatchObject({ hits: 0, misses: 2, written: 2, sum: 5 });
    expect(run()).toMatchObject({ hits: 2, misses: 0 });
  });

  it('does not serve the cache of a file that has changed', () => {
    run();
    writeFileSync(join(dir, 'node_modules', 'calc', 'twice.js'), 'exports.twice = (x) => x + x; // changed\n');
    expect(run()).toMatchObject({ hits: 1, misses: 1, written: 1, sum: 5 });
  });

  it('is off with HOTLINE_REPORT_CODE_CACHE=0', () => {
    expect(run({ HOTLINE_REPORT_CODE_CACHE: '0' })).toMatchObject({ installed: false, hits: 0, misses: 0, written: 0, sum: 5 });
  });

  it('still runs when the cache folder cannot be written', () => {
    writeFileSync(cache, 'a file where the folder would be');
    expect(run()).toMatchObject({ hits: 0, misses: 2, written: 0, sum: 5 });
  });
});

describe('code cache under other V8 flags', () => {
  it('keeps one cache per set of flags, so two kinds of run do not overwrite each other', () => {
    const flags = ['--interrupt-budget=150000'];
    expect(run()).toMatchObject({ misses: 2, written: 2 });
    expect(run({}, flags)).toMatchObject({ hits: 0, misses: 2, written: 2 });
    expect(run()).toMatchObject({ hits: 2, misses: 0 });
    expect(run({}, flags)).toMatchObject({ hits: 2, misses: 0 });
  });
});
