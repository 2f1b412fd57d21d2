/**
 * What makes an export's header row unusable, all of it at once (a user
 * fixing one missing column per run gives up): headers the config maps that
 * the file does not have, and required columns found under no header. Each
 * problem is one line; the reader throws them together.
 */
import type { ExportMapping } from '../config/exports.js';
import type { FileName } from '../records.js';
import { closest, closestPairs } from './closest.js';
import type { ColumnTable } from './column-table.js';
import { normalizeHeader } from './headers.js';
import { maskPhones } from './values.js';

/**
 * Other platforms' words for the required columns, seen in provinces'
 * exports: they only choose which header a message proposes (a header is
 * never taken for a column without the config saying so).
 */
const HINTS: Readonly<Record<string, readonly string[]>> = {
  call_id: ['流水号', '呼叫编号', '通话编号', '话单编号', '呼叫ID', '来电编号', 'id'],
  start_time: ['呼入时间', '开始时间', '来电日期', '呼叫时间', '接入时间'],
  caller_province: ['归属省份', '归属地省', '省份', '来电省份'],
  caller_city: ['归属城市', '归属地市', '城市', '地市'],
  channel: ['号码类型', '来电类型', '来电渠道', '渠道', '接入方式'],
  outcome: ['通话状态', '呼叫状态', '接听状态', '结果', '状态'],
  satisfaction: ['满意度', '评价结果', '评价'],
  consultation_id: ['咨询编号', '登记编号', '流水号'],
  created_at: ['创建时间', '登记时间', '受理时间', '时间'],
  category: ['咨询类别', '咨询大类', '问题类别', '类别', '大类'],
  subcategory: ['咨询小类', '问题小类', '小类'],
  ticket_id: ['工单号', '单号', '编号'],
  type: ['类型', '工单类别'],
  review_id: ['质检单号', '编号'],
  reviewed_at: ['质检日期', '时间'],
  review_type: ['类型'],
  callback_id: ['回访单号', '编号'],
  called_back_at: ['回访日期', '时间'],
  result: ['结果'],
  lawyer_id: ['律师工号', '工号', '编号'],
  end_time: ['结束时间', '下线'],
  trained_at: ['培训日期', '日期'],
  passed: ['是否合格', '考核结果', '合格'],
  title: ['题目', '文章标题'],
  published_at: ['发布日期', '日期'],
};

/**
 * For each of `columns` (absent ones), the header of `unmapped` that most
 * looks like it (its names and other platforms' words for it), each header
 * given once: what `validate` and `init` propose to map. Indexes of
 * `columns` → the header; left out when none is close.
 */
export function likelyHeaders(columns: readonly { readonly key: string; readonly zh: string }[], unmapped: readonly string[]): Map<number, string> {
  return closestPairs(columns.map((c) => [c.key, c.zh, ...(HINTS[c.key] ?? [])]), unmapped);
}

/** The config file named in hints when the run has none. */
const CONFIG_FILE = 'hotline.config.json';
/** headers listed in a message at most (a wide export has a hundred) */
const LISTED = 40;

/** `a, b, c` (one line, phone-like numbers masked, cut when long) */
export function headerList(headers: readonly string[]): string {
  const shown = headers.slice(0, LISTED).map((h) => maskPhones(h));
  return headers.length > LISTED ? `${shown.join(', ')}, … (${headers.length} in all)` : shown.join(', ');
}

/**
 * The lines of the error that stops the reading of `fileName` (the file as
 * named in messages), or an empty list when its header is usable.
 * `header`: the header row as written.
 */
export function headerProblems(
  table: ColumnTable,
  file: FileName,
  fileName: string,
  header: readonly string[],
  mapping: ExportMapping | undefined,
): string[] {
  const config = mapping?.source ?? CONFIG_FILE;
  const headers = header.map((h) => h.replace(/\s+/g, ' ').trim()).filter((h) => h !== '');
  const lines: string[] = [];
  // mapped headers the file does not have; a mapped column the reader never reads (the caller's number) too
  const present = new Set(header.map(normalizeHeader));
  const absent = [
    ...table.columns.filter((c) => c.mapped !== null && c.via !== 'config').map((c) => [c.key, c.mapped as string]),
    ...Object.entries(mapping?.columns ?? {}).filter(([key, h]) => !table.columns.some((c) => c.key === key) && !present.has(normalizeHeader(h))),
  ];
  for (const [key, mapped] of absent) {
    const near = closest([mapped as string], table.unmapped);
    lines.push(`${config}: exports.${file}.columns.${key}: ${fileName} has no header "${mapped}"${near === null ? '' : `; did you mean ${near}?`} (its headers: ${headerList(headers)})`);
  }
  const missing = table.columns.filter((c) => c.required && c.index < 0 && c.mapped === null);
  if (missing.length > 0 && lines.length === 0 && headers.length <= 1 && table.columns.every((c) => c.index < 0)) {
    // one header for the whole row: not this export, not split at commas, or more than one title row above the header
    const workbook = /\.xls[xm]?$/i.test(fileName);
    const where = 'is the header the first row, or the row after a one-cell title?';
    const why = workbook ? `is this the right file, and ${where}` : `is this the right file, a comma-separated CSV, and ${where}`;
    return [`${fileName}: the header row names none of the expected columns (${table.columns.map((c) => c.key).join(', ')}); ${why} (its header: ${headerList(headers)})`];
  }
  // optional columns absent too: while the user writes the mapping, the headers that look like them are worth naming
  const optional = table.columns.filter((c) => !c.required && c.index < 0 && c.mapped === null);
  const nearest = likelyHeaders([...missing, ...optional], table.unmapped);
  const lineOf = (c: ColumnTable['columns'][number], k: number): string => {
    const near = nearest.get(k);
    const where = `exports.${file}.columns.${c.key}${mapping === undefined ? ` in ${config}` : ''}`;
    const what = `${fileName}: ${c.key} (${c.zh}${c.required ? '' : ', optional'})`;
    return near === undefined
      ? `${what}: not found — map its header with ${where}`
      : `${what}: not found; the file has ${near} — map it with ${where}`;
  };
  const alike = optional.map((c, k) => (nearest.has(missing.length + k) ? lineOf(c, missing.length + k) : null)).filter((l): l is string => l !== null);
  if (missing.length === 1 && lines.length === 0 && alike.length === 0) {
    // one problem, one line
    lines.push(`${lineOf(missing[0] as ColumnTable['columns'][number], 0)} (its headers: ${headerList(headers)})`);
  } else if (missing.length > 0) {
    lines.push(`${fileName}: ${missing.length === 1 ? 'a required column is' : `${missing.length} required columns are`} not found among its headers (${headerList(headers)})`);
    missing.forEach((c, k) => lines.push(lineOf(c, k)));
    for (const l of alike) lines.push(l);
  }
  return lines;
}
