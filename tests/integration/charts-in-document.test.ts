import { describe, expect, it } from 'vitest';
import { renderCharts } from '../../src/charts/index.js';
import { buildDocument } from '../../src/document/build.js';
import { sampleModel } from '../fixtures/sample-model.js';

describe('the built-in templates and the charts', () => {
  it('place every chart the model has, once, in chart order', async () => {
    const model = sampleModel();
    const charts = await renderCharts(model);
    const doc = buildDocument(model, charts);
    const placed = doc.blocks.flatMap((b) => (b.kind === 'figure' ? [b.chartId] : []));
    expect(placed).toEqual(charts.map((c) => c.id));
  });
});
