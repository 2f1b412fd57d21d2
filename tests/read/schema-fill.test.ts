import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCHEMAS } from '../../src/read/schemas.js';
import { FILE_NAMES } from '../../src/records.js';

describe('Schema.fill', () => {
  const withFill = FILE_NAMES.filter((f) => SCHEMAS[f].fill !== undefined);

  it('is given for the exports that run to millions of rows', () => {
    expect(withFill).toEqual(['calls', 'consultations']);
  });

  it('refills a record built before into what build makes of the new values, every field', () => {
    for (const file of withFill) {
      // one export at a time: its own record type (a union of all would not type-check)
      const schema = SCHEMAS[file] as unknown as { columns: readonly unknown[]; build(v: readonly unknown[]): object; fill?(t: object, v: readonly unknown[]): object };
      const n = schema.columns.length;
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minLength: n, maxLength: n }), fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minLength: n, maxLength: n }), (a, b) => {
          const target = schema.build(a);
          const filled = schema.fill!(target, b);
          expect(filled).toBe(target);
          expect({ ...filled }).toEqual({ ...schema.build(b) });
          expect(Object.keys(filled)).toEqual(Object.keys(schema.build(b)));
        }),
        { numRuns: 50 },
      );
    }
  });
});
