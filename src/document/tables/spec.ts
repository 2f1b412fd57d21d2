import type { TableBlock } from '../types.js';
import type { ReportModel } from '../../model/types.js';

/** A table as code builds it; the document builder numbers it (表N). */
export type TableSpec = Omit<TableBlock, 'kind' | 'number'>;

/**
 * Builds one table from the model and the marker's arguments
 * (`[[table category 民事]]` → args `['民事']`). Returns null when there is
 * nothing to show, and the marker then places nothing.
 */
export type TableBuilder = (model: ReportModel, args: readonly string[]) => TableSpec | null;
