/**
 * A rendered template is plain text with layout markers. Paragraphs are
 * separated by blank lines; the lines of one paragraph are joined without a
 * space (Chinese text), so a long sentence may be wrapped in the template.
 * A line that is only a marker places a block:
 *
 *   [[figure 01-daily-inbound]]   the chart of that id (nothing if absent)
 *   [[table regions]]             a table built by code (src/document/tables)
 *   [[table category 民事]]        …with arguments
 *   [[heading2 （一）话务情况]]      a second-level heading
 *   [[note 注：…]]                 an unindented note paragraph
 */
export type MarkupItem =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'figure'; readonly id: string }
  | { readonly kind: 'table'; readonly name: string; readonly args: readonly string[] }
  | { readonly kind: 'heading2'; readonly text: string };

const MARKER = /^\[\[\s*([a-zA-Z0-9-]+)\s*(.*?)\s*\]\]$/;

export function parseMarkup(text: string, source: string): MarkupItem[] {
  const items: MarkupItem[] = [];
  let para: string[] = [];
  const flush = (): void => {
    const t = para.join('');
    if (t) items.push({ kind: 'paragraph', text: t });
    para = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const m = MARKER.exec(line);
    if (!m) {
      para.push(line);
      continue;
    }
    flush();
    const verb = m[1]!;
    const rest = m[2] ?? '';
    switch (verb) {
      case 'figure':
        if (!rest) throw new Error(`${source}: [[figure]] needs a chart id`);
        items.push({ kind: 'figure', id: rest });
        break;
      case 'table': {
        const [name, ...args] = rest.split(/\s+/).filter(Boolean);
        if (!name) throw new Error(`${source}: [[table]] needs a table name`);
        items.push({ kind: 'table', name, args });
        break;
      }
      case 'heading2':
        if (rest) items.push({ kind: 'heading2', text: rest });
        break;
      case 'note':
        if (rest) items.push({ kind: 'note', text: rest });
        break;
      default:
        throw new Error(`${source}: unknown marker [[${verb}]] (use figure, table, heading2 or note)`);
    }
  }
  flush();
  return items;
}
