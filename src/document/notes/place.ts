/**
 * Notes into the document: each section's blocks, grouped by the template
 * marker that placed them, get the notes' paragraphs after the block they
 * name or at their end, and sections added by the notes follow the last one.
 * Pure: blocks in, blocks out.
 */
import type { Block, HeadingBlock, ParagraphBlock } from '../types.js';

/** The blocks one item of a section's template placed: a marker's block (named as the marker names it) or paragraphs. */
export interface SectionPart {
  /** `figure 07-categories`, `table category 民事`, `heading2 （一）…`; null for the template's paragraphs */
  readonly marker: string | null;
  /** none when the marker placed nothing this period (a chart not drawn for empty data) */
  readonly blocks: readonly Block[];
}

export interface SectionBody {
  readonly heading: HeadingBlock;
  readonly parts: readonly SectionPart[];
}

/** A note's paragraph and where it goes in its section. */
export interface PlacedNote {
  /** index of the section in the document */
  readonly section: number;
  /** the marker of the block it follows; null: the end of the section */
  readonly after: string | null;
  readonly paragraph: ParagraphBlock;
}

/** The names a placement may use in a section: its markers, in order, each once. */
export function markersOf(section: SectionBody): string[] {
  const out: string[] = [];
  for (const p of section.parts) if (p.marker !== null && !out.includes(p.marker)) out.push(p.marker);
  return out;
}

/** Sections with the notes placed (in the notes' order where several go to one place), then the added sections. */
export function placeNotes(sections: readonly SectionBody[], notes: readonly PlacedNote[], added: readonly SectionBody[]): SectionBody[] {
  const placed = sections.map((section, index) => {
    const mine = notes.filter((n) => n.section === index);
    if (mine.length === 0) return section;
    const parts: SectionPart[] = [];
    const seen = new Set<string>();
    for (const part of section.parts) {
      parts.push(part);
      if (part.marker === null || seen.has(part.marker)) continue;
      seen.add(part.marker);
      const after = mine.filter((n) => n.after === part.marker).map((n) => n.paragraph);
      if (after.length > 0) parts.push({ marker: null, blocks: after });
    }
    const atEnd = mine.filter((n) => n.after === null).map((n) => n.paragraph);
    if (atEnd.length > 0) parts.push({ marker: null, blocks: atEnd });
    return { heading: section.heading, parts };
  });
  return [...placed, ...added];
}

/** The sections' blocks in order, each section's heading first. */
export function sectionBlocks(sections: readonly SectionBody[]): Block[] {
  return sections.flatMap((s) => [s.heading, ...s.parts.flatMap((p) => p.blocks)]);
}
