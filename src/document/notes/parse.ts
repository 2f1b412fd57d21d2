/**
 * A notes file (Markdown) → its headings, each with its paragraphs and their
 * line numbers. Only what the notes need is read: level-2 headings name a
 * section, blank lines separate paragraphs, a first line `[[after …]]` places
 * its paragraph, `<!-- … -->` is a comment; all other Markdown stays text (bold is split later, in
 * runs.ts). Written here rather than with a CommonMark parser: such a parser
 * would interpret the syntax that must stay text (lists, `*`, links) and
 * would have to be mapped back to source lines for the error messages, while
 * this line-based subset is a few lines.
 */
import { NotesError } from './errors.js';

/** `[[after figure 07-categories]]` → `figure 07-categories`: a block as the templates' markers name it. */
export interface Placement {
  readonly line: number;
  /** marker verb and its words, one space apart: `figure 07-categories`, `table category 民事` */
  readonly block: string;
}

export interface NoteParagraph {
  /** line of the paragraph's first text line (1-based) */
  readonly line: number;
  /** its lines, trimmed; joined without a space (Chinese text) once rendered */
  readonly lines: readonly string[];
  readonly placement: Placement | null;
}

export interface NoteHeading {
  readonly line: number;
  /** the heading's text after `## `, trimmed */
  readonly text: string;
  readonly paragraphs: readonly NoteParagraph[];
}

const HEADING = /^##(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const MARKER = /^\[\[(.*)\]\]$/;
const AFTER = /^after\s+(.+)$/;

/** The block a placement names, its words one space apart (`table  category 民事` → `table category 民事`). */
export function blockName(words: string): string {
  return words.trim().split(/\s+/).join(' ');
}

export function parseNotes(text: string, file: string): NoteHeading[] {
  // an HTML comment is the analyst's, not the report's: dropped, its line ends kept so line numbers hold
  const uncommented = text.replace(/^\uFEFF/, '').replace(/<!--[^]*?-->/g, (c) => c.replace(/[^\r\n]/g, ''));
  const lines = uncommented.split(/\r\n|\r|\n/);
  const headings: { line: number; text: string; paragraphs: NoteParagraph[] }[] = [];
  let para: { line: number; lines: string[]; placement: Placement | null } | null = null;

  const flush = (): void => {
    if (para === null) return;
    if (para.lines.length === 0) {
      throw new NotesError(file, para.placement!.line, 'a placement line must be followed by the paragraph it places (on the next line)');
    }
    headings.at(-1)!.paragraphs.push(para);
    para = null;
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.trim();
    if (line === '') {
      flush();
      return;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const title = (heading[1] ?? '').trim();
      if (title === '') throw new NotesError(file, lineNo, 'an empty heading: write the section it names, e.g. ## 四、来电业务类型');
      headings.push({ line: lineNo, text: title, paragraphs: [] });
      return;
    }
    if (headings.length === 0) {
      throw new NotesError(file, lineNo, 'text before the first heading: start with a level-2 heading naming the section, e.g. ## 四 or ## 四、来电业务类型');
    }
    const marker = MARKER.exec(line);
    if (marker) {
      const after = AFTER.exec(marker[1]!.trim());
      if (!after) throw new NotesError(file, lineNo, `${line}: a placement reads [[after figure ID]] or [[after table NAME …]]`);
      // a placement starts its paragraph, even without a blank line before it
      flush();
      para = { line: 0, lines: [], placement: { line: lineNo, block: blockName(after[1]!) } };
      return;
    }
    if (para === null) para = { line: lineNo, lines: [], placement: null };
    if (para.lines.length === 0) para.line = lineNo;
    para.lines.push(line);
  });
  flush();
  return headings;
}
