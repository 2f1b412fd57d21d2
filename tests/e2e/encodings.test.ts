/**
 * A real platform's export: Chinese headers, GB18030 (what Excel on a
 * Chinese Windows writes), CRLF line ends. The demo exports written that way
 * must give exactly the figures of their UTF-8, English-header twins.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../fixtures/demo/generate.js';
import { cli, demoData, tempDir } from './helpers.js';

describe('GB18030 exports with Chinese headers and CRLF', () => {
  it('give the same metrics.json as the UTF-8 English exports', async () => {
    const english = await demoData();
    const chinese = join(tempDir('zh'), 'utf8');
    await generateDemo(chinese, { chineseHeaders: true });
    const gb = join(tempDir('zh'), 'gb18030');
    mkdirSync(gb);
    for (const f of readdirSync(chinese)) {
      const text = readFileSync(join(chinese, f), 'utf8').replace(/\n/g, '\r\n');
      writeFileSync(join(gb, f), iconv.encode(text, 'gb18030'));
    }
    expect(readFileSync(join(gb, 'calls.csv')).subarray(0, 200).toString('utf8')).not.toContain('通话ID');

    const outA = tempDir('enc-a');
    const outB = tempDir('enc-b');
    const a = await cli(['q1-2025', '--data', english, '--out', outA, '--format', 'json', '--issued', '2025-04-03', '--quiet']);
    const b = await cli(['q1-2025', '--data', gb, '--out', outB, '--format', 'json', '--issued', '2025-04-03', '--quiet']);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    const ma = readFileSync(join(outA, '2025Q1', 'metrics.json'), 'utf8');
    const mb = readFileSync(join(outB, '2025Q1', 'metrics.json'), 'utf8');
    expect(JSON.parse(mb).calls.inbound).toBe(65448);
    expect(mb).toBe(ma);
  }, 120_000);
});
