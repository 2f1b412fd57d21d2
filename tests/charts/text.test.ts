import { describe, expect, it } from 'vitest';
import { captionPeriod, countShare, pct, wrapName } from '../../src/charts/text.js';
import { sampleModel } from '../fixtures/sample-model.js';

describe('chart text', () => {
  it('formats shares with 2 decimals and a dash for no value', () => {
    expect(pct(31.7)).toBe('31.70%');
    expect(pct(0)).toBe('0.00%');
    expect(pct(null)).toBe('—');
    expect(countShare(64244, '通', 99.63)).toBe('64244通（99.63%）');
  });

  it('wraps long names at 、 or into even lines', () => {
    expect(wrapName('物权纠纷', 9)).toEqual(['物权纠纷']);
    expect(wrapName('合同、无因管理、不当得利纠纷', 9)).toEqual(['合同、无因管理、', '不当得利纠纷']);
    expect(wrapName('对法律规定或处理结果不满', 9)).toEqual(['对法律规定或', '处理结果不满']);
    expect(wrapName('与公司、证券、保险、票据等有关的民事纠纷', 9)).toEqual(['与公司、证券、', '保险、票据等有', '关的民事纠纷']);
    for (const n of ['与公司、证券、保险、票据等有关的民事纠纷', '行政法律法规及相关规定的适用', '侵犯公民人身权利、民主权利罪']) {
      const lines = wrapName(n, 9);
      expect(lines.join('')).toBe(n);
      for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(9);
    }
  });

  it('names the period as the seed does', () => {
    const m = sampleModel();
    expect(captionPeriod(m)).toBe('第一季度');
    expect(captionPeriod({ ...m, period: { ...m.period, kind: 'month', label: '2025年3月' } })).toBe('2025年3月');
    expect(captionPeriod({ ...m, period: { ...m.period, kind: 'year', label: '2025年' } })).toBe('2025年');
  });
});
