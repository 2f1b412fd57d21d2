/**
 * A calls.csv of a few MB with every hard case, spread so that small chunks
 * cut through them: quoted fields with line breaks (LF and CRLF) and `""`,
 * blank lines, duplicate ids (within a chunk, across chunks, twice in a later
 * chunk), rows with bad values, wrong field counts, Chinese text.
 */
export function callsCsv(rows: number, opts: { crlf?: boolean } = {}): string {
  const nl = opts.crlf === true ? '\r\n' : '\n';
  const out: string[] = ['通话ID,来电时间,主叫号码,号码归属省,号码归属市,来电方式,呼叫结果,按键,排队时长,通话时长,坐席工号,满意度评价'];
  const outcomes = ['接通', '接通', 'answered', '呼叫失败', '排队放弃', '已接通', '\u3000接通', 'ANSWERED ', '\u00a0排队溢出'];
  const cities = ['贵阳市', '"毕节市\n七星关区"', '"黔东南""苗族""侗族自治州"', '"遵义市,汇川区"', '六盘水市', ' 铜仁市\u3000', '\u3000', '"安顺市\r\n西秀区"'];
  let seed = 7;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < rows; i++) {
    let id = `C${String(i).padStart(7, '0')}`;
    if (i % 997 === 500) id = `C${String(i - 1).padStart(7, '0')}`; // same chunk, usually
    if (i % 1499 === 1000) id = `C${String(i - 900).padStart(7, '0')}`; // often another chunk
    if (i % 4001 === 3000 || i % 4001 === 3001) id = 'C0000003'; // an early id, twice in a row
    const day = 1 + (i % 28);
    const time = i % 113 === 0 ? `2025/2/${day} 9:05` : `2025-02-${String(day).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:07`;
    const outcome = i % 211 === 0 ? '未知' : (outcomes[rnd(outcomes.length)] as string);
    const start = i % 307 === 0 ? '' : i % 149 === 0 ? `\u3000${time}` : i % 151 === 0 ? `${time}\u00a0` : i % 157 === 0 ? '２０２５-01-01 08:00:00' : time;
    const wait = i % 401 === 0 ? '-5' : String(rnd(100));
    const city = cities[rnd(cities.length)] as string;
    if (i % 163 === 0) id = `\u3000${id}`;
    const row = [id, start, '138****0000', '贵州省', city, '手机', outcome, '1', wait, String(rnd(600)), 'A01', i % 3 === 0 ? '满意' : ''];
    if (i % 503 === 0) row.pop(); // wrong field count
    out.push(row.join(','));
    if (i % 251 === 0) out.push(''); // a blank line
  }
  return out.join(nl) + nl;
}
