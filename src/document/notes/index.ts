/**
 * The analyst's own paragraphs (a Markdown notes file per period) into the
 * document, as blocks like the templates' (one model, two renderers):
 *
 *   parseNotes      the file → headings and paragraphs, with their lines
 *   resolveNotes    heading → section, placement → block, figures filled in
 *   placeNotes      the paragraphs into the sections' blocks
 *
 * Reading the file is the caller's (src/pipeline/notes.ts): this is pure.
 */
import { NO_DATA } from '../sections.js';
import type { HeadingBlock, ParagraphBlock } from '../types.js';
import { NotesError } from './errors.js';
import { fillFigures } from './expressions.js';
import { resolveHeading, splitHeading } from './headings.js';
import { chineseNumeral } from './numerals.js';
import { parseNotes, type NoteParagraph } from './parse.js';
import { markersOf, placeNotes, type PlacedNote, type SectionBody } from './place.js';
import { boldRuns } from './runs.js';

export { NotesError } from './errors.js';
export { placeNotes, sectionBlocks, type SectionBody, type SectionPart } from './place.js';

/** A period's notes as read: the text, and the file's name as errors print it. */
export interface NotesSource {
  readonly file: string;
  readonly text: string;
}

/** A paragraph block of a note's text, figures filled in, or null when it comes out empty (an `{{#if}}` not met). */
function paragraphOf(p: NoteParagraph, context: object, file: string): ParagraphBlock | null {
  const text = fillFigures(p.lines, context, file, p.line)
    .map((l) => l.trim())
    .join('');
  return text === '' ? null : { kind: 'paragraph', runs: boldRuns(text), style: 'body' };
}

/** a section whose data are absent: its heading and 本期无相关数据 only */
function noData(section: SectionBody): boolean {
  const blocks = section.parts.flatMap((p) => p.blocks);
  return blocks.length === 1 && blocks[0]!.kind === 'paragraph' && blocks[0]!.runs.map((r) => r.text).join('') === NO_DATA;
}

function listed(names: readonly string[]): string {
  return names.join(', ');
}

export interface ResolvedNotes {
  readonly notes: readonly PlacedNote[];
  readonly added: readonly SectionBody[];
}

/**
 * Each heading to its section (or a section of its own, numbered on after
 * the last), each placement to a block of that section, each paragraph to
 * its block. Throws a NotesError naming the file and line of the first thing
 * that names nothing.
 */
export function resolveNotes(source: NotesSource, sections: readonly SectionBody[], context: object): ResolvedNotes {
  const { file } = source;
  const headings = sections.map((s) => s.heading.text);
  const notes: PlacedNote[] = [];
  const added: { number: number; title: string; heading: HeadingBlock; paragraphs: ParagraphBlock[] }[] = [];
  for (const h of parseNotes(source.text, file)) {
    const target = resolveHeading(h.text, headings);
    if (target === null) {
      const next = chineseNumeral(headings.length + 1);
      throw new NotesError(file, h.line, `## ${h.text} names no section of the report (its sections: ${listed(headings)}; a section of your own is numbered on: ## ${next}、…)`);
    }
    if (target.kind === 'added') {
      const title = splitHeading(h.text).title;
      let section = added.find((a) => a.number === target.number);
      if (section === undefined) {
        const expected = headings.length + added.length + 1;
        if (target.number !== expected) {
          throw new NotesError(file, h.line, `## ${h.text}: the next section is ${chineseNumeral(expected)} (sections are numbered on from ${headings.at(-1) ?? '一'})`);
        }
        const text = `${chineseNumeral(target.number)}、${title}`;
        section = { number: target.number, title, heading: { kind: 'heading', level: 1, text, sectionId: `notes-${target.number}` }, paragraphs: [] };
        added.push(section);
      } else if (section.title !== title) {
        throw new NotesError(file, h.line, `## ${h.text}: section ${chineseNumeral(target.number)} is already ${section.heading.text}`);
      }
      for (const p of h.paragraphs) {
        if (p.placement !== null) {
          throw new NotesError(file, p.placement.line, `[[after ${p.placement.block}]]: ${section.heading.text} is a section of the notes, with no blocks to place after`);
        }
        const block = paragraphOf(p, context, file);
        if (block) section.paragraphs.push(block);
      }
      continue;
    }
    const section = sections[target.index]!;
    const markers = markersOf(section);
    for (const p of h.paragraphs) {
      if (p.placement !== null && !markers.includes(p.placement.block)) {
        const has =
          markers.length > 0
            ? `its blocks: ${listed(markers)}`
            : noData(section)
              ? `the section has no data this period (${NO_DATA.replace(/。$/, '')}): write the paragraph without a placement`
              : 'the section places no figure or table: write the paragraph without a placement';
        throw new NotesError(file, p.placement.line, `[[after ${p.placement.block}]] names no block of ${section.heading.text} (${has})`);
      }
      const paragraph = paragraphOf(p, context, file);
      if (paragraph) notes.push({ section: target.index, after: p.placement?.block ?? null, paragraph });
    }
  }
  return { notes, added: added.map((a) => ({ heading: a.heading, parts: [{ marker: null, blocks: a.paragraphs }] })) };
}

/** The sections with the notes in place (see resolveNotes for what fails). */
export function applyNotes(source: NotesSource, sections: readonly SectionBody[], context: object): SectionBody[] {
  const { notes, added } = resolveNotes(source, sections, context);
  return placeNotes(sections, notes, added);
}
