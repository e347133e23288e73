import { Completion, OrganizationKind } from './enums.js';
import {
  AgendaSuggestionReason,
  canChangeMeetingStatus,
  countBySector,
  isActionItemOverdue,
  meetingCompliance,
  MeetingStatus,
  monthlySeries,
  Sector,
  sectorOf,
  suggestAgenda,
  type SuggestionCommitment,
} from './meetings.js';
import { ProposalStatus } from './proposals.js';

const SEOUL = 'Asia/Seoul';

describe('meeting status transitions', () => {
  const all = Object.values(MeetingStatus);
  const allowed = new Set(['SCHEDULED→IN_PROGRESS', 'SCHEDULED→CANCELLED', 'IN_PROGRESS→HELD']);
  const cells = all.flatMap((from) => all.map((to) => ({ from, to, ok: allowed.has(`${from}→${to}`) })));
  it.each(cells)('$from → $to: $ok', ({ from, to, ok }) => {
    expect(canChangeMeetingStatus(from, to)).toBe(ok);
  });
});

describe('sectors', () => {
  it.each`
    kind                                 | sector
    ${OrganizationKind.GOVERNMENT}       | ${Sector.GOVERNMENT}
    ${OrganizationKind.CIVIL_SOCIETY}    | ${Sector.CIVIL_SOCIETY}
    ${OrganizationKind.ACADEMIA}         | ${Sector.CIVIL_SOCIETY}
    ${OrganizationKind.PRIVATE_SECTOR}   | ${Sector.OTHER}
    ${OrganizationKind.LEGISLATURE}      | ${Sector.OTHER}
    ${OrganizationKind.SECRETARIAT}      | ${Sector.SECRETARIAT}
    ${null}                              | ${Sector.OTHER}
  `('$kind counts as $sector', ({ kind, sector }) => {
    expect(sectorOf(kind)).toBe(sector);
  });

  it('counts attendees by sector', () => {
    expect(countBySector([OrganizationKind.GOVERNMENT, OrganizationKind.CIVIL_SOCIETY, OrganizationKind.CIVIL_SOCIETY, OrganizationKind.SECRETARIAT, null])).toEqual({
      GOVERNMENT: 1,
      CIVIL_SOCIETY: 2,
      OTHER: 1,
      SECRETARIAT: 1,
    });
  });
});

describe('monthlySeries', () => {
  it('keeps the wall-clock time in the forum time zone and clamps to short months', () => {
    // 31 January 2027, 15:00 in Seoul.
    const startsAt = new Date('2027-01-31T06:00:00Z');
    const series = monthlySeries({ startsAt, endsAt: new Date('2027-01-31T08:00:00Z') }, 3, SEOUL);
    expect(series.map((m) => m.startsAt.toISOString())).toEqual(['2027-01-31T06:00:00.000Z', '2027-02-28T06:00:00.000Z', '2027-03-31T06:00:00.000Z']);
    expect(series.every((m) => m.endsAt.getTime() - m.startsAt.getTime() === 2 * 3600_000)).toBe(true);
  });

  it('follows daylight saving time where there is one', () => {
    // 15:00 in Brussels in March (CET, UTC+1) and in April (CEST, UTC+2).
    const series = monthlySeries({ startsAt: new Date('2027-03-10T14:00:00Z'), endsAt: new Date('2027-03-10T15:00:00Z') }, 2, 'Europe/Brussels');
    expect(series[1].startsAt.toISOString()).toBe('2027-04-10T13:00:00.000Z');
  });
});

describe('meetingCompliance', () => {
  const now = new Date('2027-07-01T00:00:00Z');
  it.each`
    lastHeldAt                             | compliant
    ${new Date('2027-01-02T00:00:00Z')}    | ${true}
    ${new Date('2026-12-31T00:00:00Z')}    | ${false}
    ${null}                                | ${false}
  `('last meeting held $lastHeldAt: compliant $compliant', ({ lastHeldAt, compliant }) => {
    expect(meetingCompliance(lastHeldAt, now, SEOUL).compliant).toBe(compliant);
  });

  it('says when the next meeting is due and how long it has been', () => {
    const result = meetingCompliance(new Date('2027-03-01T01:00:00Z'), now, SEOUL);
    expect(result.nextDueBy?.toISOString()).toBe('2027-09-01T01:00:00.000Z');
    expect(result.daysSinceLastHeld).toBe(121);
  });
});

describe('isActionItemOverdue', () => {
  it.each`
    dueDate         | doneAt                               | now                             | overdue
    ${'2027-05-10'} | ${null}                              | ${'2027-05-10T14:59:59Z'}       | ${false}
    ${'2027-05-10'} | ${null}                              | ${'2027-05-10T15:00:00Z'}       | ${true}
    ${'2027-05-10'} | ${new Date('2027-05-01T00:00:00Z')}  | ${'2027-06-01T00:00:00Z'}       | ${false}
  `('due $dueDate (Seoul), done $doneAt, at $now: overdue $overdue', ({ dueDate, doneAt, now, overdue }) => {
    expect(isActionItemOverdue({ dueDate, doneAt }, new Date(now), SEOUL)).toBe(overdue);
  });
});

describe('suggestAgenda', () => {
  const now = new Date('2027-06-15T00:00:00Z');
  const recently = new Date('2027-06-01T00:00:00Z');
  const commitment = (patch: Partial<SuggestionCommitment>): SuggestionCommitment => ({
    id: 'c',
    code: '1-a',
    title: 'Open data',
    completion: Completion.SUBSTANTIAL,
    start: '2027-01-01',
    lastUpdateAt: recently,
    incorporatedIntoId: null,
    milestones: [],
    ...patch,
  });
  const onTime = { title: 'On time', end: '2027-12-31', completion: Completion.LIMITED };

  it('suggests a commitment with a delayed milestone, naming the most delayed one', () => {
    const suggestions = suggestAgenda(
      {
        commitments: [
          commitment({
            milestones: [onTime, { title: 'Portal launched', end: '2027-06-04', completion: Completion.LIMITED }, { title: 'Law drafted', end: '2027-05-31', completion: Completion.NOT_STARTED }],
          }),
        ],
        proposals: [],
        actionItems: [],
      },
      now,
      SEOUL,
    );
    expect(suggestions).toEqual([expect.objectContaining({ reason: AgendaSuggestionReason.DELAYED_MILESTONE, commitmentId: 'c', milestoneTitle: 'Law drafted', days: 15 })]);
  });

  it.each`
    case                                     | patch                                                                                             | reason
    ${'a stale commitment'}                   | ${{ lastUpdateAt: new Date('2027-04-01T00:00:00Z') }}                                              | ${AgendaSuggestionReason.STALE_COMMITMENT}
    ${'a completed commitment'}               | ${{ completion: Completion.COMPLETED, lastUpdateAt: null }}                                        | ${null}
    ${'a commitment on schedule'}             | ${{ milestones: [onTime] }}                                                                       | ${null}
    ${'an incorporated, late commitment'}     | ${{ incorporatedIntoId: 'x', milestones: [{ ...onTime, end: '2027-01-31' }] }}                     | ${null}
    ${'a late and stale commitment'}          | ${{ lastUpdateAt: null, milestones: [{ ...onTime, end: '2027-01-31' }] }}                          | ${AgendaSuggestionReason.DELAYED_MILESTONE}
  `('$case → $reason', ({ patch, reason }) => {
    const suggestions = suggestAgenda({ commitments: [commitment(patch)], proposals: [], actionItems: [] }, now, SEOUL);
    expect(suggestions.map((s) => s.reason)).toEqual(reason ? [reason] : []);
  });

  it('suggests proposals waiting for review, not drafts or decided ones', () => {
    const proposals = Object.values(ProposalStatus).map((status) => ({ id: status, title: status, status }));
    const suggestions = suggestAgenda({ commitments: [], proposals, actionItems: [] }, now, SEOUL);
    expect(suggestions.map((s) => s.proposalId)).toEqual([ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW]);
    expect(suggestions.every((s) => s.reason === AgendaSuggestionReason.PROPOSAL_UNDER_REVIEW)).toBe(true);
  });

  it('puts open action items first, earliest due first, with days overdue; done ones are left out', () => {
    const actionItems = [
      { id: 'later', title: 'Publish dataset', dueDate: '2027-07-01', doneAt: null, commitmentId: null },
      { id: 'done', title: 'Send letter', dueDate: '2027-05-01', doneAt: recently, commitmentId: null },
      { id: 'late', title: 'Draft guideline', dueDate: '2027-06-10', doneAt: null, commitmentId: 'c' },
    ];
    const suggestions = suggestAgenda({ commitments: [commitment({ lastUpdateAt: new Date('2027-01-01T00:00:00Z') })], proposals: [], actionItems }, now, SEOUL);
    expect(suggestions.map((s) => [s.reason, s.actionItemId ?? s.commitmentId, s.days])).toEqual([
      [AgendaSuggestionReason.OPEN_ACTION_ITEM, 'late', 5],
      [AgendaSuggestionReason.OPEN_ACTION_ITEM, 'later', 0],
      [AgendaSuggestionReason.STALE_COMMITMENT, 'c', 165],
    ]);
  });
});
