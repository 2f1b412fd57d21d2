import { InputError } from '../../read/errors.js';

/**
 * A notes file the report cannot follow: one line naming the file and the
 * line (`notes/2025Q1.md:7: …`), exit status 1 like any unusable input.
 */
export class NotesError extends InputError {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
  }
}
