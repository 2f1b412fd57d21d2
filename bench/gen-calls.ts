/**
 * Writes a synthetic calls.csv of N rows (UTF-8, English headers) for
 * benchmarks: plausible values, spread over 2024-10-01 … 2025-03-31.
 * Deterministic (fixed-seed LCG). Callers are masked numbers.
 *
 * Usage: npx tsx bench/gen-calls.ts OUT.csv [rows=1000000]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';

const CITIES = ['贵阳市', '遵义市', '六盘水市', '安顺市', '毕节市', '铜仁市', '黔东南苗族侗族自治州', '黔南布依族苗族自治州', '黔西南布依族苗族自治州', ''];
const CHANNELS = ['手机', '手机', '手机', '座机', '12345转接'];
const OUTCOMES = ['接通', '接通', '接通', '接通', '接通', '接通', '呼叫失败', '排队放弃', '排队超时', '排队溢出'];
const SATISFACTION = ['非常满意', '满意', '满意', '基本满意', '不满意', '', '', ''];
const HEADER = 'call_id,start_time,caller,caller_province,caller_city,channel,outcome,ivr_key,wait_seconds,talk_seconds,agent_id,satisfaction\n';

const p2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export async function generateCalls(path: string, rows: number): Promise<void> {
  let seed = 12348;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const out = createWriteStream(path);
  out.write(HEADER);
  const start = Date.UTC(2024, 9, 1) / 1000;
  const span = Date.UTC(2025, 3, 1) / 1000 - start;
  let batch: string[] = [];
  for (let i = 0; i < rows; i++) {
    const t = start + Math.floor((i / rows) * span) + rnd(60);
    const d = new Date(t * 1000);
    const time = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
    const outcome = OUTCOMES[rnd(OUTCOMES.length)] as string;
    const answered = outcome === '接通';
    const inProvince = rnd(10) < 9;
    batch.push(
      `C${String(i).padStart(9, '0')},${time},13${rnd(10)}****${String(rnd(10000)).padStart(4, '0')},` +
        `${inProvince ? '贵州省' : '四川省'},${inProvince ? CITIES[rnd(CITIES.length)] : '成都市'},` +
        `${CHANNELS[rnd(CHANNELS.length)]},${outcome},${rnd(12) === 0 ? '3' : String(rnd(3))},${rnd(120)},` +
        `${answered ? rnd(900) : ''},${answered ? `A${p2(rnd(40))}` : ''},${answered ? SATISFACTION[rnd(SATISFACTION.length)] : ''}\n`,
    );
    if (batch.length === 10_000) {
      if (!out.write(batch.join(''))) await once(out, 'drain');
      batch = [];
    }
  }
  out.write(batch.join(''));
  out.end();
  await once(out, 'finish');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, rows] = process.argv.slice(2);
  if (path === undefined) {
    process.stderr.write('usage: gen-calls OUT.csv [rows]\n');
    process.exit(2);
  }
  await generateCalls(path, Number(rows ?? 1_000_000));
}
