import type { TextRun } from '../types.js';

const BOLD = /\*\*(.+?)\*\*/g;

/** `**bold**` → a bold run; everything else, other Markdown included, stays text as written. */
export function boldRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(BOLD)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: m[1]!, bold: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
