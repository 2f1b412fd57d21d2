/**
 * The Handlebars helpers a template may use. They FORMAT values and compare
 * them for conditions; none computes a figure (report.md "Words": a template
 * places values and chooses phrasings, it does no arithmetic).
 *
 *   {{pct x}}            12.3 → 12.30%, null → —
 *   {{num x}}            65448 (no thousands separator)
 *   {{hours x}}          8696.58
 *   {{window w}}         {from:0,to:8} → 00:00-08:00
 *   {{list xs}}          A、B和C      {{list xs "pct"}} formats each item first
 *   {{list (pluck rows "name")}}      a field of each row
 *   {{titles xs}}        《A》《B》
 *   {{changeWord x}}     上升 / 下降 / 持平     {{pct (abs x)}} → 13.35%
 *   {{sep @index @last}} the separator before an item of an #each: '' / 、 / 和
 *   (gt a b) (gte a b) (lt a b) (eq a b) (ne a b) (isNull x) (and a b) (or a b) (not a)
 */
import type { HelperDelegate } from 'handlebars';
import { absValue, changeWord, formatHours, formatList, formatNum, formatPct, formatTitles, formatWindow } from './format.js';
import type { HourWindow } from '../model/types.js';

type Formatter = (v: unknown) => string;

const FORMATTERS: Readonly<Record<string, Formatter>> = {
  pct: (v) => formatPct(v as number | null),
  num: (v) => formatNum(v as number | null),
  hours: (v) => formatHours(v as number | null),
  text: (v) => (v === null || v === undefined ? '' : String(v)),
};

/** Handlebars passes its options object as the last argument; drop it. */
function args(all: unknown[]): unknown[] {
  return all.slice(0, -1);
}

function asArray(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export const HELPERS: Readonly<Record<string, HelperDelegate>> = {
  pct: (v: unknown) => formatPct(num(v)),
  num: (v: unknown) => formatNum(num(v)),
  hours: (v: unknown) => formatHours(num(v)),
  window: (v: unknown) => formatWindow((v ?? null) as HourWindow | null),
  titles: (v: unknown) => formatTitles(asArray(v).map(String)),
  changeWord: (v: unknown) => changeWord(num(v)),
  abs: (v: unknown) => absValue(num(v)),
  list: (...all: unknown[]) => {
    const [items, format] = args(all);
    const f = FORMATTERS[typeof format === 'string' ? format : 'text'];
    if (!f) throw new Error(`template helper list: unknown format "${String(format)}" (use pct, num, hours or text)`);
    return formatList(asArray(items).map(f));
  },
  pluck: (...all: unknown[]) => {
    const [items, field] = args(all);
    return asArray(items).map((it) => (it !== null && typeof it === 'object' ? (it as Record<string, unknown>)[String(field)] : undefined));
  },
  sep: (...all: unknown[]) => {
    const [index, last] = args(all);
    if (index === 0) return '';
    return last === true ? '和' : '、';
  },
  gt: (...all: unknown[]) => {
    const [a, b] = args(all).map(num);
    return a !== null && b !== null && a !== undefined && b !== undefined && a > b;
  },
  gte: (...all: unknown[]) => {
    const [a, b] = args(all).map(num);
    return a !== null && b !== null && a !== undefined && b !== undefined && a >= b;
  },
  lt: (...all: unknown[]) => {
    const [a, b] = args(all).map(num);
    return a !== null && b !== null && a !== undefined && b !== undefined && a < b;
  },
  eq: (...all: unknown[]) => {
    const [a, b] = args(all);
    return a === b;
  },
  ne: (...all: unknown[]) => {
    const [a, b] = args(all);
    return a !== b;
  },
  isNull: (...all: unknown[]) => {
    const [a] = args(all);
    return a === null || a === undefined;
  },
  and: (...all: unknown[]) => args(all).every(Boolean),
  or: (...all: unknown[]) => args(all).some(Boolean),
  not: (...all: unknown[]) => !args(all)[0],
};
