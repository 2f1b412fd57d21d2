/**
 * V8's code cache for the libraries loaded by `require` (src/libraries):
 * after a run, the bytecode V8 compiled for each of their modules is saved in
 * the user's cache folder; the next run hands it back to V8, which then skips
 * parsing and compiling them. Node 22 has this built in
 * (`module.enableCompileCache`); Node 20 does not, so the CommonJS loader's
 * compile step is wrapped here, as v8-compile-cache did for years. Saved
 * after the run rather than at load time, the cache also holds the functions
 * compiled on first call (most of a library's code), not only its top level.
 *
 * Measured on the demo (all formats, 2 cores): ~80 ms less CPU over both
 * threads for 3.5 MB of libraries (docx, Chart.js, pdfkit, fontkit and theirs).
 *
 * Safe by construction: a cache file is named for the module's path, size and
 * modification time, and for V8's flags (src/pipeline/compiler-flags.ts sets
 * some, for short runs only, so two kinds of run would otherwise overwrite
 * each other's caches); V8 checks its own version, flags and the source
 * length and rejects a cache that does not fit (the module then compiles as
 * usual and its cache is written again). Any failure to read or write the cache is
 * ignored: it is only ever a shortcut. Only files under node_modules are
 * cached (our own code is ES modules), and not those that call `import()`,
 * which a compiled script could not resolve. HOTLINE_REPORT_CODE_CACHE=0
 * turns it off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, sep } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';
import { userCacheDir } from '../paths.js';

/** The parts of Node's CommonJS loader this uses (public in practice, untyped in @types/node). */
interface CjsModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}
interface CjsLoader {
  prototype: CjsModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: CjsModule, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: CjsModule): string[] | null;
  _extensions: unknown;
  _cache: unknown;
}

export interface CodeCacheStats {
  /** modules compiled from a cache V8 accepted */
  readonly hits: number;
  /** modules compiled from source (no cache, or one V8 rejected) */
  readonly misses: number;
  /** cache files written by saveCodeCache */
  readonly written: number;
}

interface Installed {
  readonly dir: string;
  readonly pending: { script: Script; file: string }[];
  hits: number;
  misses: number;
  written: number;
}

let installed: Installed | null = null;

/** The cache folder of this Node (its V8 version and architecture name the folder, as caches are theirs only). */
export function codeCacheDir(): string {
  return userCacheDir(join('code-cache', `node-${process.version}-${process.arch}`));
}

/**
 * Wraps this thread's CommonJS compile step (each worker thread has its own
 * loader and calls this too). Call before the libraries load. False when off
 * (HOTLINE_REPORT_CODE_CACHE=0) or already on.
 */
export function installCodeCache(dir: string = codeCacheDir()): boolean {
  if (installed !== null || process.env.HOTLINE_REPORT_CODE_CACHE === '0') return false;
  const loader = Module as unknown as CjsLoader;
  const compile = loader.prototype._compile;
  if (typeof compile !== 'function' || typeof loader.wrap !== 'function') return false;
  const state: Installed = { dir, pending: [], hits: 0, misses: 0, written: 0 };
  installed = state;
  loader.prototype._compile = function compileWithCache(this: CjsModule, content: string, filename: string): unknown {
    if (!filename.includes(`${sep}node_modules${sep}`) || content.includes('import(')) return compile.call(this, content, filename);
    const file = cacheFile(state.dir, filename);
    if (file === null) return compile.call(this, content, filename);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    let script: Script;
    try {
      script = new Script(loader.wrap(content), { filename, cachedData });
    } catch {
      // a syntax error: Node's own compile reports it as it always does
      return compile.call(this, content, filename);
    }
    if (cachedData !== undefined && !script.cachedDataRejected) state.hits++;
    else {
      state.misses++;
      state.pending.push({ script, file });
    }
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return fn.call(this.exports, this.exports, requireFor(loader, this), this, filename, dirname(filename));
  };
  return true;
}

/**
 * Writes the cache of every module compiled from source since the last call
 * (none on a run whose caches were all accepted). Each file is written to a
 * temporary name and renamed, so a concurrent run never reads half of one.
 */
export function saveCodeCache(): void {
  const state = installed;
  if (state === null || state.pending.length === 0) return;
  const pending = state.pending.splice(0);
  try {
    mkdirSync(state.dir, { recursive: true });
    for (const { script, file } of pending) {
      const tmp = `${file}.${process.pid}-${threadId}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, file);
      state.written++;
    }
  } catch {
    // a read-only or full cache folder: the next run compiles from source, as without a cache
  }
}

export function codeCacheStats(): CodeCacheStats {
  return { hits: installed?.hits ?? 0, misses: installed?.misses ?? 0, written: installed?.written ?? 0 };
}

/**
 * The hash of V8's flags that a cache made now would carry: bytes 12–15 of
 * a code cache's header (V8 11's layout; were it another, these bytes would
 * still be the same for every cache made under the same flags, and the
 * caches of two kinds of run would only share a name again). ~7 µs.
 */
function flagsTag(): string {
  return new Script('0').createCachedData().subarray(12, 16).toString('hex');
}

/** The cache file of a module: its path, size and modification time (a reinstalled package gets new files) and V8's flags, or null when it cannot be read. */
function cacheFile(dir: string, filename: string): string | null {
  try {
    const st = statSync(filename);
    const key = createHash('sha1').update(`${filename}\0${st.size}\0${st.mtimeMs}\0${flagsTag()}`).digest('hex');
    return join(dir, `${key}.bin`);
  } catch {
    return null;
  }
}

/** The `require` a CommonJS module gets, as Node's loader makes it. */
function requireFor(loader: CjsLoader, mod: CjsModule): NodeJS.Require {
  const require = ((id: string) => mod.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) => loader._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => loader._resolveLookupPaths(request, mod);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = loader._extensions as NodeJS.RequireExtensions;
  require.cache = loader._cache as NodeJS.Dict<NodeJS.Module>;
  return require;
}
