/**
 * Reading a period's notes file (`<dir>/<period id>.md`), the I/O edge of
 * src/document/notes: the text goes to the document builder (and to render
 * workers) as a string, never as a path.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { NotesSource } from '../document/notes/index.js';
import { InputError } from '../read/errors.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The notes of period `id` in `dir`, or null when there is no such file (the report as without notes). */
export function readNotes(dir: string | undefined, id: string): NotesSource | null {
  if (dir === undefined) return null;
  const file = join(dir, `${id}.md`);
  if (!existsSync(file)) return null;
  try {
    return { file, text: UTF8.decode(readFileSync(file)) };
  } catch (err) {
    if (err instanceof TypeError) throw new InputError(`${file}: not UTF-8 text (save the notes as UTF-8)`);
    throw new InputError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Where the notes are looked for: `--notes DIR` (which must be a folder),
 * else the demo's own notes with --demo, else ./notes in the working folder
 * (which may well not exist: then no report has notes).
 */
export function notesFolder(given: string | undefined, demoDir: string | undefined): string {
  if (given === undefined) return demoDir ?? 'notes';
  if (!(existsSync(given) && statSync(given).isDirectory())) throw new InputError(`--notes ${given}: notes folder not found`);
  return given;
}
