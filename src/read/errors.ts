/**
 * A file that cannot be used at all (missing required column, not CSV, not
 * decodable, empty): the run stops with exit status 1 and this one-line
 * message, which names the file. Never carries a phone number.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
