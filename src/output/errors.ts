/**
 * An output that cannot be written (the folder is a file, unwritable, full,
 * locked by another run): one line that names the path and says what
 * happened in words, exit status 1, no stack trace.
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

const WORDS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is in the way',
  EEXIST: 'something is already there',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'the file is busy',
  ENOTEMPTY: 'a folder is in the way',
  EXDEV: 'not on the same file system',
  ELOOP: 'too many symbolic links',
  EFBIG: 'file too large',
  ENOTSUP: 'not supported by the file system',
  EINVAL: 'not allowed by the file system',
};

/** What a file system error means, in words: `no space left on device`. */
export function fsErrorWords(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && WORDS[code] !== undefined) return WORDS[code];
  if (code !== undefined) return code;
  return err instanceof Error ? err.message : String(err);
}
