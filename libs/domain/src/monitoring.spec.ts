import { Completion } from './enums.js';
import { daysDelayed, isCommitmentStale, isMilestoneDelayed, latestOverdueEnd, STALE_AFTER_DAYS } from './monitoring.js';

const now = new Date('2018-03-15T09:00:00Z');

describe('isMilestoneDelayed', () => {
  it.each`
    end             | completion                | delayed
    ${'2018-03-14'} | ${Completion.SUBSTANTIAL} | ${true}
    ${'2018-03-14'} | ${Completion.NOT_STARTED} | ${true}
    ${'2018-03-14'} | ${Completion.COMPLETED}   | ${false}
    ${'2018-03-14'} | ${Completion.WITHDRAWN}   | ${false}
    ${'2018-03-15'} | ${Completion.LIMITED}     | ${false}
    ${'2018-12-31'} | ${Completion.NOT_STARTED} | ${false}
  `('a $completion milestone ending $end is delayed: $delayed', ({ end, completion, delayed }) => {
    expect(isMilestoneDelayed({ end, completion }, now)).toBe(delayed);
  });

  it.each`
    at                          | latest
    ${'2018-03-15T09:00:00Z'}   | ${'2018-03-14'}
    ${'2018-03-15T00:00:00Z'}   | ${'2018-03-14'}
    ${'2018-03-14T23:59:59Z'}   | ${'2018-03-13'}
  `('at $at the milestones ending on or before $latest are overdue, as isMilestoneDelayed says', ({ at, latest }) => {
    const now = new Date(at);
    expect(latestOverdueEnd(now)).toBe(latest);
    expect(isMilestoneDelayed({ end: latest, completion: Completion.LIMITED }, now)).toBe(true);
    const nextDay = new Date(Date.parse(`${latest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(isMilestoneDelayed({ end: nextDay, completion: Completion.LIMITED }, now)).toBe(false);
  });

  it('counts the days past the end date', () => {
    expect(daysDelayed({ end: '2018-03-14', completion: Completion.LIMITED }, now)).toBe(1);
    expect(daysDelayed({ end: '2018-03-01', completion: Completion.LIMITED }, now)).toBe(14);
    expect(daysDelayed({ end: '2018-03-01', completion: Completion.COMPLETED }, now)).toBe(0);
  });
});

describe('isCommitmentStale', () => {
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const base = { completion: Completion.SUBSTANTIAL, start: '2016-10-01', incorporatedIntoId: null };

  it.each`
    lastUpdateAt                         | stale
    ${daysAgo(STALE_AFTER_DAYS)}         | ${true}
    ${daysAgo(STALE_AFTER_DAYS - 1)}     | ${false}
    ${daysAgo(1)}                        | ${false}
    ${null}                              | ${true}
  `('an ongoing commitment last updated $lastUpdateAt is stale: $stale', ({ lastUpdateAt, stale }) => {
    expect(isCommitmentStale({ ...base, lastUpdateAt }, now)).toBe(stale);
  });

  it('a commitment that never had an update is not stale before 60 days from its start', () => {
    expect(isCommitmentStale({ ...base, start: '2018-02-01', lastUpdateAt: null }, now)).toBe(false);
  });

  it.each([Completion.COMPLETED, Completion.WITHDRAWN])('a %s commitment is never stale', (completion) => {
    expect(isCommitmentStale({ ...base, completion, lastUpdateAt: null }, now)).toBe(false);
  });

  it('a commitment incorporated into another is never stale', () => {
    expect(isCommitmentStale({ ...base, incorporatedIntoId: 'x', lastUpdateAt: null }, now)).toBe(false);
  });
});
