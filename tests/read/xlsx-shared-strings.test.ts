import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { Zip } from '../../src/read/xlsx/zip.js';
import { readSharedStrings, sharedString, type SharedStrings } from '../../src/read/xlsx/shared-strings.js';

const dir = mkdtempSync(join(tmpdir(), 'sst-test-'));
let n = 0;

/** The shared strings of a zip holding only `xl/sharedStrings.xml` with this body. */
async function strings(body: string, opts: { level?: 0 | 6 } = {}): Promise<string[]> {
  const path = join(dir, `s${n++}.zip`);
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
  writeFileSync(path, zipSync({ 'xl/sharedStrings.xml': strToU8(xml) }, { level: opts.level ?? 6 }));
  const zip = await Zip.open(path);
  try {
    return all(await readSharedStrings(zip, 'xl/sharedStrings.xml'));
  } finally {
    zip.close();
  }
}

const all = (s: SharedStrings): string[] => Array.from({ length: s.ends.length }, (_, i) => sharedString(s, i) as string);
const SST = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('readSharedStrings', () => {
  it('reads each <si> in order: plain text, rich runs joined, phonetic runs left out, empty items kept', async () => {
    const body =
      `<sst ${SST} count="6" uniqueCount="6">` +
      '<si><t>贵阳市</t></si>' +
      '<si><r><rPr><b/></rPr><t>接</t></r><r><t xml:space="preserve"> 通</t></r></si>' +
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t/></si>' +
      '<si/>' +
      '<si><t>last</t></si>' +
      '</sst>';
    expect(await strings(body)).toEqual(['贵阳市', '接 通', '東京', '', '', 'last']);
  });

  it('decodes entities and character references, and takes CDATA as written', async () => {
    const body = `<sst ${SST}><si><t>A&amp;B &lt;x&gt; &#22235;&#x5DDD;</t></si><si><t><![CDATA[a&b<c>]]></t></si></sst>`;
    expect(await strings(body)).toEqual(['A&B <x> 四川', 'a&b<c>']);
  });

  it('reads names with a namespace prefix (x:si, x:t) as their local names', async () => {
    const body = '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>手机</x:t></x:si><x:si><x:r><x:t>座</x:t></x:r><x:r><x:t>机</x:t></x:r></x:si></x:sst>';
    expect(await strings(body)).toEqual(['手机', '座机']);
  });

  it('reads a part larger than one inflated chunk, stored or deflated, with every item where it belongs', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? `C${String(i).padStart(9, '0')}` : i % 3 === 1 ? `毕节市${i}` : `a&amp;b${i}`));
    const body = `<sst ${SST}>${items.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
    const want = items.map((s) => s.replace('&amp;', '&'));
    expect(await strings(body, { level: 6 })).toEqual(want);
    expect(await strings(body, { level: 0 })).toEqual(want);
  });

  it('is undefined past the last item', () => {
    const s: SharedStrings = { text: 'ab', ends: Int32Array.from([1, 2]) };
    expect([sharedString(s, 0), sharedString(s, 1), sharedString(s, 2), sharedString(s, -1)]).toEqual(['a', 'b', undefined, undefined]);
  });
});
