/** Bad usage (unknown option, bad period spelling): exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
