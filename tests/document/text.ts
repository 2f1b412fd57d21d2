import type { Block, ReportDocument, TableBlock } from '../../src/document/types.js';

/** The paragraphs of each section, keyed by section id, joined by newlines. */
export function sectionTexts(doc: ReportDocument): Record<string, string> {
  const out: Record<string, string[]> = {};
  let current = '';
  for (const b of doc.blocks) {
    if (b.kind === 'heading' && b.level === 1) {
      current = b.sectionId;
      out[current] = [];
    } else if (b.kind === 'paragraph' && current) {
      out[current]!.push(b.runs.map((r) => r.text).join(''));
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join('\n')]));
}

export function allText(doc: ReportDocument): string {
  return doc.blocks
    .map((b: Block) => {
      switch (b.kind) {
        case 'paragraph':
          return b.runs.map((r) => r.text).join('');
        case 'heading':
          return b.text;
        case 'title':
          return b.lines.join('');
        case 'table':
          return [b.caption, ...b.header, ...b.rows.flat(), ...(b.totalRow ?? []), b.note ?? ''].join(' ');
        case 'figure':
          return b.caption;
        case 'closing':
          return `${b.issuer} ${b.dateLine}`;
      }
    })
    .join('\n');
}

export function tables(doc: ReportDocument): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
}
