/** The input layer: streaming readers for the eight exports of data-format.md. */
export { InputError } from './errors.js';
export { readExport, missingStats, ISSUE_CODES, type ReadOptions, type ReadResult } from './reader.js';
export { checkEncoding } from './decode.js';
export { SCHEMAS } from './schemas.js';
export { HEADERS } from './headers.js';
