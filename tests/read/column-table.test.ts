import { describe, expect, it } from 'vitest';
import { columnTable } from '../../src/read/column-table.js';

describe('columnTable', () => {
  it('finds columns by built-in name, by mapping, and lists what maps to nothing', () => {
    const t = columnTable('calls', ['通话ID', '呼入时间', '主叫号码', '号码归属省', 'channel', '呼叫结果', '归属城市', '来电时间 '], { start_time: '呼入时间' });
    const by = (k: string) => t.columns.find((c) => c.key === k)!;
    expect(by('call_id')).toMatchObject({ index: 0, header: '通话ID', via: 'builtin', required: true });
    // the mapping wins over the built-in name found later in the row
    expect(by('start_time')).toMatchObject({ index: 1, header: '呼入时间', via: 'config' });
    expect(by('caller_city')).toMatchObject({ index: -1, header: null, via: null, required: false });
    // 主叫号码 is known and never read: not "unmapped"; 来电时间 lost to the mapping is
    expect(t.unmapped).toEqual(['归属城市', '来电时间']);
    expect(t.repeated).toEqual([]);
  });

  it('the caller\'s number mapped to the platform\'s header is never read and not "unmapped" either', () => {
    const t = columnTable('calls', ['流水号', '主叫', '备注'], { call_id: '流水号', caller: '主叫' });
    expect(t.columns.find((c) => c.key === 'call_id')).toMatchObject({ index: 0, via: 'config' });
    expect(t.columns.some((c) => c.key === 'caller')).toBe(false);
    expect(t.unmapped).toEqual(['备注']);
    // unmapped, 主叫 is a header like any other
    expect(columnTable('calls', ['流水号', '主叫', '备注'], { call_id: '流水号' }).unmapped).toEqual(['主叫', '备注']);
  });

  it('reports a column whose header is repeated, using the first', () => {
    const t = columnTable('articles', ['标题', '发布时间', 'title']);
    expect(t.columns[0]).toMatchObject({ key: 'title', index: 0 });
    expect(t.repeated).toEqual([{ key: 'title', header: '标题', used: 0, ignored: [2] }]);
  });
});
