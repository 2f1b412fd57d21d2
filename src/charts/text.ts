/** Presentation of the model's numbers and names on charts: no arithmetic on figures. */
import type { ReportModel } from '../model/types.js';

/** `12.35%`; `—` when the model has no value (its base was 0). */
export function pct(share: number | null): string {
  return share === null ? '—' : `${share.toFixed(2)}%`;
}

/** `64244通（99.63%）` */
export function countShare(count: number, unit: string, share: number | null): string {
  return `${count}${unit}（${pct(share)}）`;
}

/**
 * Caption prefix as the seed writes it: `第一季度` for a quarter (the year is in
 * the title), the full label otherwise (`2025年3月`, `2025年`).
 */
export function captionPeriod(model: ReportModel): string {
  const { kind, label } = model.period;
  return kind === 'quarter' ? label.replace(/^\d{4}年/, '') : label;
}

/**
 * Splits a long Chinese name into lines of at most `max` characters, of even
 * length, breaking after `、`/`，` when one falls near the even break, so that
 * `合同、无因管理、不当得利纠纷` becomes `合同、无因管理、` / `不当得利纠纷` and
 * `对法律规定或处理结果不满` becomes `对法律规定或` / `处理结果不满`.
 */
export function wrapName(name: string, max: number): string[] {
  const lines: string[] = [];
  let rest = Array.from(name);
  while (rest.length > max) {
    const target = Math.ceil(rest.length / Math.ceil(rest.length / max));
    let cut = target;
    let best = Infinity;
    for (let i = Math.ceil(max / 2); i <= max; i++) {
      const c = rest[i - 1];
      if ((c === '、' || c === '，' || c === ',') && Math.abs(i - target) < best) {
        best = Math.abs(i - target);
        cut = i;
      }
    }
    lines.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) lines.push(rest.join(''));
  return lines;
}

/** Rough width in px of a text in the chart font: CJK full width, ASCII about half. */
export function textWidthPx(text: string, fontPx: number): number {
  let w = 0;
  for (const c of text) w += c.charCodeAt(0) < 0x2e80 ? 0.56 * fontPx : fontPx;
  return Math.ceil(w);
}
