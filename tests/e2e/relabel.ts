/**
 * The demo exports as another province's: its calls from Guizhou re-labelled
 * to that province's regions (the full name, the short one and the bare
 * stem in turn, as CTI systems write them, and the province as `四川省` or
 * `四川`), calls from that province moved to Guizhou (so they stay
 * out-of-province), and the Guizhou names in other exports' text (ticket
 * offices, article channels) replaced. Some in-province cities are blanked,
 * which the report must count under 未知 and nowhere else.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { findProvince, provinceKey, regionDivisions } from '../../src/config/province.js';
import { placeStem, shortPlaceName } from '../../src/config/place-names.js';
import { formatCsvRow, scanAll } from '../../src/read/csv-scanner.js';

export interface Relabelled {
  /** answered calls of 2025Q1 that must land in 未知: blank province, or the province with a blank city */
  readonly unknownQ1: number;
  /** answered calls of 2025Q1 per region (short name) */
  readonly byRegionQ1: ReadonlyMap<string, number>;
}

export function relabelDemo(src: string, dst: string, provinceName: string): Relabelled {
  const target = findProvince(provinceName)!;
  const divisions = regionDivisions(target);
  const home = DEFAULT_CONFIG.province;
  mkdirSync(dst, { recursive: true });
  let unknownQ1 = 0;
  const byRegionQ1 = new Map<string, number>();
  // the Guizhou names in free text, longest first, and what stands for each
  const guizhouNames = DEFAULT_CONFIG.regions.flatMap((r, i) => [r.name, ...r.aliases].map((n) => [n, shortPlaceName(divisions[i % divisions.length]!.name)] as const));
  const swaps: (readonly [string, string])[] = [[home, target.name], [provinceKey(home), target.key], ['黔微', `${target.key}微`]];
  const textSwaps = [...swaps, ...guizhouNames].sort((a, b) => b[0].length - a[0].length);
  const swapText = (s: string): string => textSwaps.reduce((t, [from, to]) => t.split(from).join(to), s);

  for (const file of readdirSync(src).filter((f) => f.endsWith('.csv'))) {
    const text = readFileSync(join(src, file), 'utf8');
    // other than calls, only the files whose text names Guizhou's places (tickets' offices, articles' channels)
    if (file !== 'calls.csv' && !textSwaps.some(([from]) => text.includes(from))) {
      writeFileSync(join(dst, file), text);
      continue;
    }
    const rows = scanAll(text.replace(/^\uFEFF/, ''));
    const header = rows[0]!.fields;
    const out: string[] = [formatCsvRow(header)];
    if (file === 'calls.csv') {
      const [pi, ci, ti, oi] = ['caller_province', 'caller_city', 'start_time', 'outcome'].map((h) => header.indexOf(h));
      let n = 0;
      for (const { fields } of rows.slice(1)) {
        const f = [...fields];
        const q1answered = f[ti!]!.startsWith('2025-0') && Number(f[ti!]!.slice(5, 7)) <= 3 && f[oi!] === '接通';
        const province = f[pi!]!;
        if (province === home) {
          n++;
          const d = divisions[(n * 7919) % divisions.length]!;
          const forms = [d.name, shortPlaceName(d.name), placeStem(d.name)];
          f[pi!] = n % 3 === 0 ? target.key : target.name;
          f[ci!] = n % 97 === 0 ? '' : forms[n % forms.length]!;
          if (q1answered) {
            if (f[ci!] === '') unknownQ1++;
            else byRegionQ1.set(shortPlaceName(d.name), (byRegionQ1.get(shortPlaceName(d.name)) ?? 0) + 1);
          }
        } else if (province.trim() === '') {
          if (q1answered) unknownQ1++;
        } else if (provinceKey(province) === target.key) {
          f[pi!] = home;
          f[ci!] = '贵阳市';
        }
        out.push(formatCsvRow(f));
      }
    } else {
      for (const { fields } of rows.slice(1)) out.push(formatCsvRow(fields.map(swapText)));
    }
    writeFileSync(join(dst, file), `${out.join('\r\n')}\r\n`);
  }
  return { unknownQ1, byRegionQ1 };
}
