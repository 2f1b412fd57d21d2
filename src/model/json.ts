/**
 * metrics.json: the model with 2-space indent and a final newline. Keys are
 * written in the model's own order (fixed by src/model/build.ts), so the same
 * figures give the same bytes.
 */
import type { ReportModel } from './types.js';

export function modelToJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
