import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/render/pdf/index.js';
import { warmUpPdf } from '../../src/render/pdf/warm-up.js';
import { sampleDocument, sampleImages } from './sample-doc.js';

const SHIPPED = { body: null, heading: null };

describe('warmUpPdf', () => {
  it('leaves no trace: the PDF after a warm-up is the PDF before it', async () => {
    const doc = sampleDocument({ charts: 2 });
    const before = await renderPdf(doc, SHIPPED, sampleImages(doc));
    await expect(warmUpPdf()).resolves.toBeUndefined();
    const after = await renderPdf(sampleDocument({ charts: 2 }), SHIPPED, sampleImages(doc));
    expect(after.pdf.equals(before.pdf)).toBe(true);
    expect(after.warnings).toEqual(before.warnings);
  });

  it("takes the run's fonts, and never throws, not even for a font that cannot be opened", async () => {
    await expect(warmUpPdf(SHIPPED)).resolves.toBeUndefined();
    await expect(warmUpPdf({ body: '/nonexistent/font.ttf', heading: null })).resolves.toBeUndefined();
    // the real PDF still reports that font, as one line
    await expect(renderPdf(sampleDocument({ charts: 0 }), { body: '/nonexistent/font.ttf', heading: null }, new Map())).rejects.toThrow(/PDF font \/nonexistent\/font\.ttf cannot be read/);
  });
});
