import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/render/pdf/index.js';
import { warmUpPdf } from '../../src/render/pdf/warm-up.js';
import { sampleDocument } from './sample-doc.js';

const SHIPPED = { body: null, heading: null };

describe('warmUpPdf', () => {
  it('leaves no trace: the PDF after a warm-up is the PDF before it', async () => {
    const before = await renderPdf(sampleDocument({ charts: 2 }), SHIPPED);
    await expect(warmUpPdf()).resolves.toBeUndefined();
    const after = await renderPdf(sampleDocument({ charts: 2 }), SHIPPED);
    expect(after.pdf.equals(before.pdf)).toBe(true);
    expect(after.warnings).toEqual(before.warnings);
  });
});
