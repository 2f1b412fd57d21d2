/**
 * A string that does not share memory with the text it was cut from. V8
 * keeps a slice of 13 or more characters as a view on its parent, so a value
 * kept from a row (a Map key, an id in a set) would keep a whole piece of the
 * file's text alive; prepending a character forces a fresh flat string.
 * Shorter slices are copies already.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
