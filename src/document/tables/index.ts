/**
 * The tables a template can place with `[[table NAME ARGS]]`. Each is built
 * by code from the model: a template chooses where a table goes, never what
 * it holds.
 */
import { callbacksTable } from './callbacks.js';
import { categoryTable } from './category.js';
import { qaRechecksTable } from './qa.js';
import { regionsTable } from './regions.js';
import { satisfactionTable } from './satisfaction.js';
import type { TableBuilder } from './spec.js';
import { ticketsTable } from './tickets.js';

export type { TableBuilder, TableSpec } from './spec.js';

export const TABLES: Readonly<Record<string, TableBuilder>> = {
  regions: regionsTable,
  category: categoryTable,
  satisfaction: satisfactionTable,
  callbacks: callbacksTable,
  'qa-rechecks': qaRechecksTable,
  tickets: ticketsTable,
};
