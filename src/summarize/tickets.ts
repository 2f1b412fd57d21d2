/** The tickets fold: tickets with created_at in the current period, by type. */
import type { Period } from '../period/types.js';
import type { TicketRecord } from '../records.js';
import { addCountMaps, bump, inRange } from './counts.js';

export interface TicketsSummary {
  readonly startSec: number;
  readonly endSec: number;
  rows: number;
  readonly byType: Map<string, number>;
}

export function createTicketsSummary(current: Period): TicketsSummary {
  return { startSec: current.startSec, endSec: current.endSec, rows: 0, byType: new Map() };
}

export function addTicket(s: TicketsSummary, rec: TicketRecord): void {
  if (!inRange(rec.createdAt, s)) return;
  s.rows++;
  bump(s.byType, rec.type.trim());
}

export function mergeTickets(a: TicketsSummary, b: TicketsSummary): TicketsSummary {
  return { startSec: a.startSec, endSec: a.endSec, rows: a.rows + b.rows, byType: addCountMaps(a.byType, b.byType) };
}
