// A calls fold of about the weight of the report's summaries (counts by
// outcome, channel, hour and day, talk-time sums, distinct agents), for
// measuring the parallel reader. Plain JS so compiled workers can import it.
export function tallyFold() {
  return {
    create: () => ({ n: 0, talk: 0, outcome: {}, channel: {}, hours: new Array(24).fill(0), days: new Map(), agents: new Set() }),
    add: (s, r) => {
      s.n++;
      s.outcome[r.outcome] = (s.outcome[r.outcome] ?? 0) + 1;
      s.channel[r.channel] = (s.channel[r.channel] ?? 0) + 1;
      s.hours[Math.floor((r.startTime % 86400) / 3600)]++;
      const day = Math.floor(r.startTime / 86400);
      s.days.set(day, (s.days.get(day) ?? 0) + 1);
      if (r.talkSeconds !== null) s.talk += r.talkSeconds;
      if (r.agentId !== null) s.agents.add(r.agentId);
    },
    merge: (a, b) => {
      a.n += b.n;
      a.talk += b.talk;
      for (const [k, v] of Object.entries(b.outcome)) a.outcome[k] = (a.outcome[k] ?? 0) + v;
      for (const [k, v] of Object.entries(b.channel)) a.channel[k] = (a.channel[k] ?? 0) + v;
      b.hours.forEach((v, i) => (a.hours[i] += v));
      for (const [k, v] of b.days) a.days.set(k, (a.days.get(k) ?? 0) + v);
      for (const x of b.agents) a.agents.add(x);
      return a;
    },
  };
}
