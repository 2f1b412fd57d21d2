/**
 * Which section a notes heading names: by its number (`四`), its heading as
 * printed (`四、来电业务类型`) or its title (`来电业务类型`). A number past the
 * last section with a title (`十一、下一步工作打算`) asks for a section of its own.
 */
import { parseNumeral } from './numerals.js';

export type HeadingTarget =
  | { readonly kind: 'section'; readonly index: number }
  | { readonly kind: 'added'; readonly number: number; readonly title: string };

/** `四、来电业务类型` → number `四`, title `来电业务类型`; a separator may be 、 . ． ， : or spaces */
const NUMBERED = /^([一二三四五六七八九十]+|[0-9]{1,2})(?:\s*[、.．,，:：]\s*|\s+|$)(.*)$/;

function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

export function splitHeading(text: string): { readonly number: number | null; readonly title: string } {
  const m = NUMBERED.exec(text.trim());
  if (m) {
    const n = parseNumeral(m[1]!);
    if (n !== null) return { number: n, title: (m[2] ?? '').trim() };
  }
  return { number: null, title: text.trim() };
}

/**
 * The section `text` names among `headings` (the report's, as printed, in
 * order), a section to add, or null when it names none.
 */
export function resolveHeading(text: string, headings: readonly string[]): HeadingTarget | null {
  const { number, title } = splitHeading(text);
  const titles = headings.map((h) => squeeze(splitHeading(h).title));
  const wanted = squeeze(title);
  if (number === null) {
    const index = titles.indexOf(wanted);
    return index < 0 ? null : { kind: 'section', index };
  }
  if (number <= headings.length) {
    return wanted === '' || wanted === titles[number - 1] ? { kind: 'section', index: number - 1 } : null;
  }
  return title === '' ? null : { kind: 'added', number, title };
}
