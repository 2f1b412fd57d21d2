/**
 * 一、运营情况概述: the calls figures (volume, outcomes, daily and hourly
 * distribution, averages) and the staffing line of the overview's text.
 */
import { average, hoursFromSeconds, share } from '../model/round.js';
import type { CallsMetrics, DailyAverages, DayRow, StaffingMetrics } from '../model/types.js';
import type { Period } from '../period/types.js';
import { OUTCOMES } from '../records.js';
import type { CallsPeriodSummary, DutyShiftsSummary } from '../summarize/index.js';
import { hourWindows } from './hour-windows.js';
import type { SectionInput } from './input.js';

const outcomeCount = (s: CallsPeriodSummary, name: (typeof OUTCOMES)[number]): number => s.outcome[OUTCOMES.indexOf(name)]!;

interface DaySplit {
  readonly workdays: number;
  readonly restdays: number;
  readonly workdayInbound: number;
  readonly restdayInbound: number;
}

function splitDays(p: Period, s: CallsPeriodSummary): DaySplit {
  let workdays = 0;
  let workdayInbound = 0;
  let restdayInbound = 0;
  p.days.forEach((d, i) => {
    if (d.workday) {
      workdays++;
      workdayInbound += s.dayInbound[i]!;
    } else {
      restdayInbound += s.dayInbound[i]!;
    }
  });
  return { workdays, restdays: p.days.length - workdays, workdayInbound, restdayInbound };
}

/** A period's daily averages (for the comparison figure). */
export function dailyAverages(p: Period, s: CallsPeriodSummary): DailyAverages {
  const d = splitDays(p, s);
  return {
    periodId: p.id,
    label: p.label,
    dailyAverage: average(s.inbound, p.days.length) ?? 0,
    workdayAverage: average(d.workdayInbound, d.workdays),
    restdayAverage: average(d.restdayInbound, d.restdays),
  };
}

export function callsMetrics(input: SectionInput): CallsMetrics {
  const p = input.periods.current;
  const s = input.summaries.calls.periods.current;
  const answered = outcomeCount(s, '接通');
  const unanswered = {
    failed: outcomeCount(s, '呼叫失败'),
    abandoned: outcomeCount(s, '排队放弃'),
    queueTimeout: outcomeCount(s, '排队超时'),
    overflow: outcomeCount(s, '排队溢出'),
  };
  const split = splitDays(p, s);
  const byDate: DayRow[] = p.days.map((d, i) => ({ date: d.date, inbound: s.dayInbound[i]!, answered: s.dayAnswered[i]!, workday: d.workday }));
  const weekdayTotals = new Array<number>(7).fill(0);
  const weekdayDays = new Array<number>(7).fill(0);
  p.days.forEach((d, i) => {
    weekdayTotals[d.weekday]! += s.dayInbound[i]!;
    weekdayDays[d.weekday]!++;
  });
  const here = dailyAverages(p, s);
  const averagesCompared: DailyAverages[] = [here];
  if (input.hasPrevious) averagesCompared.push(dailyAverages(input.periods.previous, input.summaries.calls.periods.previous));
  const windows = hourWindows(s.hourInbound);
  return {
    inbound: s.inbound,
    answered,
    answerRate: share(answered, s.inbound),
    unanswered,
    unansweredTotal: unanswered.failed + unanswered.abandoned + unanswered.queueTimeout + unanswered.overflow,
    dailyAverage: here.dailyAverage,
    workdayAverage: here.workdayAverage,
    restdayAverage: here.restdayAverage,
    workdayInbound: split.workdayInbound,
    restdayInbound: split.restdayInbound,
    byDate,
    byHour: [...s.hourInbound],
    weekdayAverages: weekdayTotals.map((t, w) => average(t, weekdayDays[w]!)),
    peakWindow: windows.peak,
    lowWindow: windows.low,
    averagesCompared,
  };
}

/** Lawyers on duty and their service hours (shifts starting in the period). */
export function staffingMetrics(s: DutyShiftsSummary): StaffingMetrics {
  return { lawyersOnDuty: s.lawyers.size, serviceHours: hoursFromSeconds(s.seconds) };
}
