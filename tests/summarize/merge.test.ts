/**
 * Worker threads may fold slices of a file: the merge of the summaries of two
 * consecutive slices must equal the summary of the whole, for every export.
 * Also: summaries are plain data (survive structuredClone).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import type { FileName, RecordsByFile } from '../../src/records.js';
import { addRecord, createSummaries, mergeSummaries, type Summaries } from '../../src/summarize/index.js';
import { periodsOf } from '../model/helpers.js';
import { articleRec, callbackRec, callRec, consultationRec, reviewRec, shiftRec, ticketRec, trainingRec } from './arbitraries.js';

const periods = periodsOf('2025-03');

function fold<F extends FileName>(file: F, recs: readonly RecordsByFile[F][]): Summaries {
  const s = createSummaries(periods, DEFAULT_CONFIG);
  for (const r of recs) addRecord(s, file, r);
  return s;
}

function mergesLikeTheWhole<F extends FileName>(file: F, arb: fc.Arbitrary<RecordsByFile[F]>): void {
  fc.assert(
    fc.property(fc.array(arb, { maxLength: 60 }), fc.nat(), (recs, k) => {
      const cut = recs.length === 0 ? 0 : k % (recs.length + 1);
      const whole = fold(file, recs);
      const merged = mergeSummaries(fold(file, recs.slice(0, cut)), fold(file, recs.slice(cut)));
      expect(merged).toEqual(whole);
    }),
    { numRuns: 300 },
  );
}

describe('merging the summaries of two slices equals summarizing the whole', () => {
  it('calls', () => mergesLikeTheWhole('calls', callRec));
  it('consultations', () => mergesLikeTheWhole('consultations', consultationRec));
  it('tickets', () => mergesLikeTheWhole('tickets', ticketRec));
  it('qa_reviews', () => mergesLikeTheWhole('qa_reviews', reviewRec));
  it('callbacks (later slice wins a tie)', () => mergesLikeTheWhole('callbacks', callbackRec));
  it('duty_shifts', () => mergesLikeTheWhole('duty_shifts', shiftRec));
  it('trainings', () => mergesLikeTheWhole('trainings', trainingRec));
  it('articles', () => mergesLikeTheWhole('articles', articleRec));

  it('merging does not change its inputs', () => {
    fc.assert(
      fc.property(fc.array(callRec, { maxLength: 20 }), fc.array(callRec, { maxLength: 20 }), (a, b) => {
        const sa = fold('calls', a);
        const sb = fold('calls', b);
        const before = structuredClone([sa, sb]);
        mergeSummaries(sa, sb);
        expect([sa, sb]).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});

describe('summaries are plain data', () => {
  it('survive structuredClone (as between worker threads)', () => {
    fc.assert(
      fc.property(fc.array(callRec, { maxLength: 30 }), fc.array(callbackRec, { maxLength: 10 }), fc.array(reviewRec, { maxLength: 10 }), (c, cb, q) => {
        const s = fold('calls', c);
        for (const r of cb) addRecord(s, 'callbacks', r);
        for (const r of q) addRecord(s, 'qa_reviews', r);
        expect(structuredClone(s)).toEqual(s);
      }),
      { numRuns: 50 },
    );
  });
  it('a cloned summary keeps folding (the region matcher is rebuilt from the cloned config)', () => {
    const s = structuredClone(createSummaries(periods, DEFAULT_CONFIG));
    addRecord(s, 'calls', {
      callId: 'a', startTime: periods.current.startSec, callerProvince: '贵州', callerCity: '贵阳', channel: '手机', outcome: '接通',
      ivrKey: null, waitSeconds: null, talkSeconds: null, agentId: null, satisfaction: null,
    });
    expect(s.calls.periods.current.region[0]).toBe(1);
  });
});
