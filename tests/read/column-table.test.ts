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

  it('reports a column whose header is repeated, using the first', () => {
    const t = columnTable('articles', ['标题', '发布时间', 'title']);
    expect(t.columns[0]).toMatchObject({ key: 'title', index: 0 });
    expect(t.repeated).toEqual([{ key: 'title', header: '标题', used: 0, ignored: [2] }]);
  });
});
