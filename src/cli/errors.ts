import { InputError } from '../read/errors.js';
import { OutputError } from '../output/errors.js';

/** Bad usage (unknown option, bad period spelling): exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Prints a user's error (bad data or an unusable output: exit 1; bad usage: exit 2) as one line and
 * returns its exit status; undefined for any other error, which the caller
 * handles.
 */
export function userErrorStatus(err: unknown, write: (s: string) => void): number | undefined {
  const status = err instanceof InputError || err instanceof OutputError ? 1 : err instanceof UsageError ? 2 : undefined;
  // a message of several lines (every mistake of a config, every missing column) is one error a line
  if (status !== undefined) write(`${(err as Error).message.split('\n').map((line) => `error: ${line}`).join('\n')}\n`);
  return status;
}
