/**
 * A font the user asked for cannot be used: one line, no stack. A module of
 * its own, so that the render pool can rebuild it from a thread's reply
 * without loading fontkit.
 */
export class FontError extends Error {
  override readonly name = 'FontError';
}
