import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { OutputError, fsErrorWords } from './errors.js';

/** Locks this process holds, by path: released at exit whatever happens. */
const held = new Set<string>();
let exitHook = false;

/** A short synchronous wait (the lock is taken before anything else runs). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The pid written in a lock file; undefined when it is gone or not (yet) a pid. */
function readPid(path: string): number | undefined {
  try {
    const n = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

/** Is there a process with this pid? (EPERM: there is, owned by someone else) */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Creates `path` holding this process's pid, complete from the first moment
 * another process can see it: the pid goes to a file of our own, which is
 * then hard-linked to the lock's name (link fails when the name exists). On
 * a file system without hard links, an exclusive create is used instead.
 * Returns false when the lock exists.
 */
function create(path: string): boolean {
  const own = `${path}.${process.pid}`;
  writeFileSync(own, `${process.pid}\n`);
  try {
    linkSync(own, path);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw err;
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  } finally {
    unlinkSync(own);
  }
}

/** Removes `path` if it still names `pid` (and nothing else took it meanwhile). */
function removeIfHeldBy(path: string, pid: number): void {
  if (readPid(path) !== pid) return;
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/**
 * Takes the lock file `path` for this process, or throws an OutputError
 * naming the process that holds it. A lock whose process is gone (killed,
 * crashed, the machine restarted) is taken over; so that two runs that find
 * the same dead lock do not both take it, the one that takes it over first
 * holds a second lock (`path.takeover`) while it removes the dead one.
 * `what` names the report folder for the message.
 */
export function acquireLock(path: string, what: string): void {
  if (held.has(path)) throw new OutputError(`${what}: this process is already writing this report`);
  const guard = `${path}.takeover`;
  try {
    for (let attempt = 0; attempt < 500; attempt++) {
      if (create(path)) {
        held.add(path);
        if (!exitHook) {
          exitHook = true;
          process.on('exit', releaseAllLocks);
        }
        return;
      }
      const holder = readPid(path);
      if (holder === undefined) {
        sleep(2); // removed meanwhile, or being written by an exclusive create
        continue;
      }
      // a pid of ours not in `held`: a lock from an earlier process with the same pid (containers start at 1)
      if (holder !== process.pid && alive(holder)) {
        throw new OutputError(`${what}: another run (pid ${holder}) is writing this report; wait for it to end, or remove ${path} if that process is not hotline-report`);
      }
      if (create(guard)) {
        try {
          removeIfHeldBy(path, holder);
        } finally {
          unlinkSync(guard);
        }
      } else {
        const other = readPid(guard);
        if (other !== undefined && other !== process.pid && !alive(other)) removeIfHeldBy(guard, other);
        sleep(2);
      }
    }
  } catch (err) {
    if (err instanceof OutputError) throw err;
    throw new OutputError(`${what}: cannot create the lock file ${path}: ${fsErrorWords(err)}`);
  }
  throw new OutputError(`${what}: could not take the lock file ${path}`);
}

/** Releases a lock this process holds. */
export function releaseLock(path: string): void {
  if (!held.delete(path)) return;
  removeIfHeldBy(path, process.pid);
}

/** Releases every lock this process holds (at exit, or when interrupted). */
export function releaseAllLocks(): void {
  for (const path of [...held]) releaseLock(path);
}
