/**
 * The problems of the data, grouped as they are found: one group per kind
 * (file, column, value, reason) with its count and first lines, plus the
 * first ISSUES_KEPT problems one by one (data-format.md, "What a run tells
 * about each export"). Memory stays bounded however many rows are bad:
 * a group per kind, at most VALUES_PER_COLUMN values of one column and
 * reason kept apart (the rest share one "other values" group), and the
 * first problems only.
 *
 * A log is filled row by row (RowReader), packed to cross from a worker
 * (plain data), and logs of consecutive parts of a file (the parallel
 * reader's chunks), or of the exports one after the other, are merged in
 * that order: counts add, the first lines and first problems stay the first.
 */
import type { DataIssue } from '../records.js';

/** How many problems are kept one by one (metrics.json `dataQuality.issues`). */
export const ISSUES_KEPT = 1000;
/** Distinct values of one column and reason that get a group of their own; the others share one. */
export const VALUES_PER_COLUMN = 20;
/** The first lines a group keeps. */
export const GROUP_LINES = 3;

/** One problem of a row, as RowReader finds it. */
export interface Problem {
  readonly code: string;
  /** the whole reason, e.g. `来电方式 "移动电话" is not a channel` */
  readonly reason: string;
  /** the header as written (escaped), when the problem is one cell's */
  readonly column?: string;
  /** the cell as quote() shows it, when the reason quotes it */
  readonly value?: string;
  /** the reason without column and value, e.g. `is not a channel`; with `value`, groups of other values read `column (other values) what` */
  readonly what?: string;
  /** what to do about it, e.g. `map it under exports.calls.values.channel` */
  readonly hint?: string;
}

export interface IssueGroup {
  readonly file: string;
  readonly code: string;
  readonly column: string | null;
  /** the value as quoted in the reason; null for a problem without one, or for the group of other values */
  readonly value: string | null;
  readonly reason: string;
  readonly hint: string | null;
  /** rows with this problem */
  count: number;
  /** the first GROUP_LINES lines, ascending */
  lines: number[];
}

/** A log as plain data (a worker's result). */
export interface IssueLogData {
  readonly groups: readonly IssueGroup[];
  readonly first: readonly DataIssue[];
  readonly count: number;
  readonly rows: number;
}

export class IssueLog {
  /** every problem, counted */
  count = 0;
  /** rows with at least one problem */
  rows = 0;
  readonly first: DataIssue[] = [];
  private readonly groups = new Map<string, IssueGroup>();
  /** column and reason → how many values have a group of their own */
  private readonly values = new Map<string, number>();

  constructor(private readonly keep = ISSUES_KEPT) {}

  /** One problem at `line` of `file`. */
  add(file: string, line: number, p: Problem): void {
    this.count++;
    if (this.first.length < this.keep) this.first.push({ file, line, code: p.code, reason: p.reason });
    const g = this.group(file, p);
    g.count++;
    if (g.lines.length < GROUP_LINES && g.lines[g.lines.length - 1] !== line) g.lines.push(line);
  }

  /** A row had problems (counted once however many). */
  row(): void {
    this.rows++;
  }

  /** Another log's problems, found after this one's (a later chunk, a later file). */
  merge(other: IssueLogData): void {
    this.count += other.count;
    this.rows += other.rows;
    for (const i of other.first) if (this.first.length < this.keep) this.first.push(i);
    for (const o of other.groups) {
      const g = this.group(o.file, { code: o.code, reason: o.reason, column: o.column ?? undefined, value: o.value ?? undefined, what: whatOf(o), hint: o.hint ?? undefined });
      g.count += o.count;
      if (g.lines.length < GROUP_LINES || (g.lines[g.lines.length - 1] as number) > (o.lines[0] as number)) {
        g.lines = [...new Set([...g.lines, ...o.lines])].sort((a, b) => a - b).slice(0, GROUP_LINES);
      }
    }
  }

  /** Every group, most frequent first (ties: in the order they were first met, so by file, then line). */
  sorted(): IssueGroup[] {
    return [...this.groups.values()].sort((a, b) => b.count - a.count); // a stable sort
  }

  get kinds(): number {
    return this.groups.size;
  }

  pack(): IssueLogData {
    return { groups: [...this.groups.values()], first: this.first, count: this.count, rows: this.rows };
  }

  private group(file: string, p: Problem): IssueGroup {
    let key = `${file}\u0000${p.code}\u0000${p.reason}`;
    let g = this.groups.get(key);
    if (g !== undefined) return g;
    let value = p.value ?? null;
    let reason = p.reason;
    if (value !== null && p.what !== undefined && p.column !== undefined) {
      const family = `${file}\u0000${p.code}\u0000${p.column}\u0000${p.what}`;
      const n = this.values.get(family) ?? 0;
      if (n >= VALUES_PER_COLUMN) {
        reason = `${p.column} (other values) ${p.what}`;
        value = null;
        key = `${file}\u0000${p.code}\u0000${reason}`;
        g = this.groups.get(key);
        if (g !== undefined) return g;
      } else {
        this.values.set(family, n + 1);
      }
    }
    g = { file, code: p.code, column: p.column ?? null, value, reason, hint: p.hint ?? null, count: 0, lines: [] };
    this.groups.set(key, g);
    return g;
  }
}

/** The reason of a group without its column and value (for merging a group of a value into "other values"). */
function whatOf(g: IssueGroup): string | undefined {
  if (g.column === null || g.value === null) return undefined;
  const head = `${g.column} ${g.value} `;
  return g.reason.startsWith(head) ? g.reason.slice(head.length) : undefined;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/**
 * A group as one line: `calls.csv: 来电方式 "移动电话" is not a channel:
 * 133,787 rows (lines 2, 3, 4, …); map it under exports.calls.values.channel`.
 */
export function groupLine(g: IssueGroup): string {
  const more = g.count > g.lines.length ? ', …' : '';
  const lines = g.lines.length === 0 ? '' : ` (line${g.lines.length === 1 && more === '' ? '' : 's'} ${g.lines.join(', ')}${more})`;
  return `${g.file}: ${g.reason}: ${fmt(g.count)} row${g.count === 1 ? '' : 's'}${lines}${g.hint === null ? '' : `; ${g.hint}`}`;
}
