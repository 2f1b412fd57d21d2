import { closeSync, mkdirSync, openSync, rmdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OutputError, fsErrorWords } from './errors.js';

/**
 * Makes `path` a folder, one level at a time from the deepest one that
 * exists, and returns the folders it created (outermost first) so that a
 * failed run can remove them again. Node's `mkdir({ recursive: true })` is
 * not used: on procfs (`--out /proc/x`) it retries for ever at 100% CPU.
 * `shown` is the path as the user gave it, for messages.
 */
export function makeFolders(path: string, shown: string = path): string[] {
  const missing: string[] = [];
  let p = resolve(path);
  for (;;) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // ENOTDIR: a file higher up, which the next step up names
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        const parent = dirname(p);
        if (parent === p) throw new OutputError(`${shown}: ${fsErrorWords(err)}`);
        missing.push(p);
        p = parent;
        continue;
      }
      throw new OutputError(`${shown}: cannot use ${p === resolve(path) ? 'this folder' : p}: ${fsErrorWords(err)}`);
    }
    if (!isDir) throw new OutputError(`${shown}: ${p === resolve(path) ? 'is a file, not a folder' : `${p} is a file, not a folder`}`);
    break;
  }
  const created: string[] = [];
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (err) {
      removeEmptyFolders(created);
      // ENOENT under a parent that exists: procfs and the like take no new folder
      const words = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file system takes no new folder there' : fsErrorWords(err);
      throw new OutputError(`${shown}: cannot create the folder ${dir}: ${words}`);
    }
    created.push(dir);
  }
  return created;
}

/** Removes the folders `makeFolders` created, innermost first, as long as they are empty. */
export function removeEmptyFolders(created: readonly string[]): void {
  for (const dir of [...created].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty (or gone): the folders above it stay too
    }
  }
}

/**
 * Checks that files can be written in `dir`: writes a small test file and
 * removes it. Throws an OutputError naming the folder and what happened.
 */
export function checkWritable(dir: string, shown: string = dir): void {
  const probe = join(dir, `.hotline-report-check-${process.pid}`);
  try {
    const fd = openSync(probe, 'w');
    try {
      writeSync(fd, 'x');
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    try {
      unlinkSync(probe);
    } catch {
      // it was never created
    }
    throw new OutputError(`${shown}: cannot write in this folder: ${fsErrorWords(err)}`);
  }
  unlinkSync(probe);
}
