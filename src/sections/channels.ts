/** 三、群众来电方式情况: answered calls by channel. */
import { sortRows } from '../model/order.js';
import { share } from '../model/round.js';
import type { ChannelsMetrics } from '../model/types.js';
import { CHANNELS } from '../records.js';
import type { SectionInput } from './input.js';

export function channelsMetrics(input: SectionInput): ChannelsMetrics {
  const counts = input.summaries.calls.periods.current.channel;
  const answered = counts.reduce((a, b) => a + b, 0);
  return { rows: sortRows(CHANNELS.map((name, i) => ({ name, count: counts[i]!, share: share(counts[i]!, answered) }))) };
}
