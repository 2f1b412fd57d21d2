import { describe, expect, it } from 'vitest';
import { HEADERS, mapHeader } from '../../src/read/headers.js';
import { FILE_NAMES } from '../../src/records.js';

describe('mapHeader', () => {
  it('finds every column by its English or Chinese name, in any order, extra columns ignored', () => {
    for (const file of FILE_NAMES) {
      const names = HEADERS[file];
      const english = mapHeader(file, ['extra', ...names.map((h) => h.key).reverse()]);
      const chinese = mapHeader(file, [...names.map((h) => h.zh).reverse(), '备注']);
      names.forEach((h, k) => {
        expect(english.get(h.key), `${file} ${h.key}`).toBe(names.length - k);
        expect(chinese.get(h.key), `${file} ${h.zh}`).toBe(names.length - 1 - k);
      });
    }
  });

  it('ignores case and spaces, full-width forms included; a missing column is -1', () => {
    const map = mapHeader('calls', ['Call ID', ' START_TIME ', '号码　归属省', 'ＣＨＡＮＮＥＬ', '呼叫 结果', '通话ＩＤ', 'Wait-Seconds', '\uFEFF坐席工号']);
    expect(Object.fromEntries(map)).toEqual({
      call_id: 0, start_time: 1, caller_province: 2, caller_city: -1, channel: 3, outcome: 4,
      ivr_key: -1, wait_seconds: 6, talk_seconds: -1, agent_id: 7, satisfaction: -1,
    });
  });
});
