import {
  attendanceBySector,
  completionByTheme,
  completionHistory,
  freshnessByOrganization,
  milestoneTimeline,
  periodInstants,
  proposalsByStatus,
  type DashboardCommitment,
  type ReportedLevel,
} from './dashboard.js';
import { Completion, OrganizationKind } from './enums.js';
import { ProposalStatus } from './proposals.js';

const SEOUL = 'Asia/Seoul';

function commitment(id: string, fields: Partial<DashboardCommitment> = {}): DashboardCommitment {
  return { id, themeId: 't1', leadOrganizationId: 'mois', start: '2026-09-01', completion: Completion.NOT_STARTED, incorporatedIntoId: null, ...fields };
}

function update(commitmentId: string, completion: Completion, postedAt: string): ReportedLevel {
  return { commitmentId, completion, postedAt: new Date(postedAt) };
}

/** The levels of a point that are not zero, and its total: what a reader of the chart sees. */
function levels(counts: Record<string, number>) {
  return Object.fromEntries(Object.entries(counts).filter(([key, n]) => n > 0 && key !== 'total'));
}

describe('completionByTheme', () => {
  it('counts each theme\'s commitments by level, incorporated ones apart, in the themes\' order, empty themes too', () => {
    const themes = [{ id: 't2' }, { id: 't1' }, { id: 't3' }];
    const rows = completionByTheme(themes, [
      commitment('a', { themeId: 't1', completion: Completion.COMPLETED }),
      commitment('b', { themeId: 't1', completion: Completion.COMPLETED, incorporatedIntoId: 'a' }),
      commitment('c', { themeId: 't2', completion: Completion.SUBSTANTIAL }),
      commitment('d', { themeId: 't2', completion: Completion.LIMITED }),
    ]);
    expect(rows.map((row) => [row.theme.id, levels(row.counts), row.counts.total])).toEqual([
      ['t2', { SUBSTANTIAL: 1, LIMITED: 1 }, 2],
      ['t1', { COMPLETED: 1, INCORPORATED: 1 }, 2],
      ['t3', {}, 0],
    ]);
  });
});

describe('completionHistory', () => {
  const start = '2026-09-01';

  it.each`
    case                                                   | updates                                                                                                                                              | expected
    ${'no updates: the current levels from the start'}     | ${[]}                                                                                                                                                | ${[['2026-09-01', { COMPLETED: 1, NOT_STARTED: 1 }]]}
    ${'one update moves its commitment from NOT_STARTED'}  | ${[update('a', Completion.LIMITED, '2026-12-01T03:00:00Z')]}                                                                                          | ${[['2026-09-01', { NOT_STARTED: 2 }], ['2026-12-01', { LIMITED: 1, NOT_STARTED: 1 }]]}
    ${'an update that keeps the level adds no point'}      | ${[update('a', Completion.LIMITED, '2026-12-01T03:00:00Z'), update('a', Completion.LIMITED, '2027-01-05T03:00:00Z')]}                                 | ${[['2026-09-01', { NOT_STARTED: 2 }], ['2026-12-01', { LIMITED: 1, NOT_STARTED: 1 }]]}
    ${'two updates on one day make one point, the last counts'} | ${[update('a', Completion.SUBSTANTIAL, '2026-12-01T05:00:00Z'), update('a', Completion.LIMITED, '2026-12-01T01:00:00Z')]}                         | ${[['2026-09-01', { NOT_STARTED: 2 }], ['2026-12-01', { SUBSTANTIAL: 1, NOT_STARTED: 1 }]]}
    ${'days are the forum\'s: 23:30 UTC is the next day in Seoul'} | ${[update('a', Completion.LIMITED, '2026-11-30T23:30:00Z')]}                                                                                 | ${[['2026-09-01', { NOT_STARTED: 2 }], ['2026-12-01', { LIMITED: 1, NOT_STARTED: 1 }]]}
    ${'an update before the start is folded into it'}      | ${[update('a', Completion.LIMITED, '2026-08-20T03:00:00Z'), update('a', Completion.COMPLETED, '2027-02-01T03:00:00Z')]}                               | ${[['2026-09-01', { LIMITED: 1, NOT_STARTED: 1 }], ['2027-02-01', { COMPLETED: 1, NOT_STARTED: 1 }]]}
  `('$case', ({ updates, expected }) => {
    // b has no update: it stays at its own level (NOT_STARTED) unless the case says otherwise.
    const commitments = [commitment('a', { completion: Completion.COMPLETED }), commitment('b')];
    const points = completionHistory(commitments, updates, start, SEOUL);
    expect(points.map((point) => [point.date, levels(point.counts)])).toEqual(expected);
    for (const point of points) expect(point.counts.total).toBe(2);
  });

  it('reads the 3rd NAP as loaded: its only updates are the end-of-term report, so two points, the start and 30 June 2018', () => {
    const commitments = [
      commitment('1-a', { completion: Completion.COMPLETED }),
      commitment('4-a', { completion: Completion.SUBSTANTIAL }),
      commitment('4-b', { completion: Completion.COMPLETED }),
      commitment('4-c', { completion: Completion.COMPLETED, incorporatedIntoId: '4-b' }),
    ];
    const report = commitments.map((c) => update(c.id, c.completion, '2018-06-30T09:00:00Z'));
    const points = completionHistory(commitments, report, '2016-10-01', SEOUL);
    expect(points.map((point) => [point.date, levels(point.counts)])).toEqual([
      ['2016-10-01', { NOT_STARTED: 3, INCORPORATED: 1 }],
      ['2018-06-30', { COMPLETED: 2, SUBSTANTIAL: 1, INCORPORATED: 1 }],
    ]);
  });

  it('ignores updates of commitments it was not given, and gives one point for a plan without commitments', () => {
    expect(completionHistory([], [update('x', Completion.LIMITED, '2026-12-01T03:00:00Z')], start, SEOUL)).toEqual([
      { date: start, counts: expect.objectContaining({ total: 0 }) },
    ]);
  });
});

describe('milestoneTimeline', () => {
  const now = new Date('2027-04-15T03:00:00Z');
  const milestone = (commitmentId: string, startDate: string, end: string, completion = Completion.NOT_STARTED) => ({ commitmentId, start: startDate, end, completion });

  it.each`
    case                                                 | completion                | end             | owner              | delayed  | days
    ${'past its end, unfinished'}                        | ${Completion.LIMITED}     | ${'2027-03-31'} | ${commitment('a')}  | ${true}  | ${15}
    ${'past its end, completed'}                         | ${Completion.COMPLETED}   | ${'2027-03-31'} | ${commitment('a')}  | ${false} | ${0}
    ${'ending today'}                                    | ${Completion.NOT_STARTED} | ${'2027-04-15'} | ${commitment('a')}  | ${false} | ${0}
    ${'of a commitment incorporated into another'}       | ${Completion.LIMITED}     | ${'2027-03-31'} | ${commitment('a', { incorporatedIntoId: 'b' })} | ${false} | ${0}
    ${'of a withdrawn commitment'}                       | ${Completion.LIMITED}     | ${'2027-03-31'} | ${commitment('a', { completion: Completion.WITHDRAWN })} | ${false} | ${0}
  `('a milestone $case is delayed: $delayed ($days days)', ({ completion, end, owner, delayed, days }) => {
    const [row] = milestoneTimeline([milestone('a', '2026-09-01', end, completion)], [owner], now);
    expect(row).toMatchObject({ delayed, daysDelayed: days });
  });

  it('puts the milestones in start order, then end order', () => {
    const rows = milestoneTimeline(
      [milestone('a', '2027-04-01', '2028-06-30'), milestone('a', '2026-09-01', '2027-03-31'), milestone('a', '2026-09-01', '2026-12-31')],
      [commitment('a')],
      now,
    );
    expect(rows.map((row) => `${row.milestone.start}/${row.milestone.end}`)).toEqual(['2026-09-01/2026-12-31', '2026-09-01/2027-03-31', '2027-04-01/2028-06-30']);
  });
});

describe('freshnessByOrganization', () => {
  const now = new Date('2027-04-15T03:00:00Z');
  const commitments = [
    commitment('a', { leadOrganizationId: 'mois', completion: Completion.LIMITED }),
    commitment('b', { leadOrganizationId: 'mois', completion: Completion.LIMITED }),
    commitment('c', { leadOrganizationId: 'acrc', completion: Completion.LIMITED }),
    commitment('d', { leadOrganizationId: 'opgc', completion: Completion.COMPLETED }),
  ];
  const updates = [
    update('a', Completion.LIMITED, '2027-04-05T03:00:00Z'),
    update('a', Completion.LIMITED, '2026-12-01T03:00:00Z'),
    update('c', Completion.LIMITED, '2027-01-15T03:00:00Z'),
  ];

  it('gives each lead organisation its latest update, the days since and its stale commitments, never reported on first', () => {
    expect(freshnessByOrganization(commitments, updates, now, true)).toEqual([
      { organizationId: 'opgc', commitments: 1, lastUpdateAt: null, daysSinceLastUpdate: null, staleCommitments: 0 },
      { organizationId: 'acrc', commitments: 1, lastUpdateAt: new Date('2027-01-15T03:00:00Z'), daysSinceLastUpdate: 90, staleCommitments: 1 },
      // b never had an update and started on 1 September 2026: stale; a was reported on ten days ago.
      { organizationId: 'mois', commitments: 2, lastUpdateAt: new Date('2027-04-05T03:00:00Z'), daysSinceLastUpdate: 10, staleCommitments: 1 },
    ]);
  });

  it('finds nothing stale in a plan that is not being implemented', () => {
    expect(freshnessByOrganization(commitments, updates, now, false).map((row) => row.staleCommitments)).toEqual([0, 0, 0]);
  });
});

describe('periodInstants', () => {
  it.each`
    start           | end             | timeZone        | from                          | until
    ${'2016-10-01'} | ${'2018-06-30'} | ${SEOUL}        | ${'2016-09-30T15:00:00.000Z'} | ${'2018-06-30T15:00:00.000Z'}
    ${'2026-09-01'} | ${'2028-08-31'} | ${'UTC'}        | ${'2026-09-01T00:00:00.000Z'} | ${'2028-09-01T00:00:00.000Z'}
    ${'2026-03-01'} | ${'2026-03-31'} | ${'Europe/Paris'} | ${'2026-02-28T23:00:00.000Z'} | ${'2026-03-31T22:00:00.000Z'}
  `('$start – $end in $timeZone runs from $from until $until', ({ start, end, timeZone, from, until }) => {
    const period = periodInstants(start, end, timeZone);
    expect([period.from.toISOString(), period.until.toISOString()]).toEqual([from, until]);
  });
});

describe('attendanceBySector', () => {
  it('counts each meeting\'s attendees by sector in date order; academia is civil society; a meeting without a roll call counts zero', () => {
    const meetings = [
      { id: 'm2', startsAt: new Date('2018-01-18T05:00:00Z') },
      { id: 'm1', startsAt: new Date('2017-12-21T05:00:00Z') },
      { id: 'm3', startsAt: new Date('2018-02-22T05:00:00Z') },
    ];
    const attendees = [
      { meetingId: 'm1', organizationKind: OrganizationKind.GOVERNMENT },
      { meetingId: 'm1', organizationKind: OrganizationKind.CIVIL_SOCIETY },
      { meetingId: 'm1', organizationKind: OrganizationKind.ACADEMIA },
      { meetingId: 'm2', organizationKind: null },
      { meetingId: 'm2', organizationKind: OrganizationKind.PRIVATE_SECTOR },
      { meetingId: 'm2', organizationKind: OrganizationKind.GOVERNMENT },
    ];
    expect(attendanceBySector(meetings, attendees).map((row) => [row.meeting.id, row.counts, row.total])).toEqual([
      ['m1', { GOVERNMENT: 1, CIVIL_SOCIETY: 2, OTHER: 0, SECRETARIAT: 0 }, 3],
      ['m2', { GOVERNMENT: 1, CIVIL_SOCIETY: 0, OTHER: 2, SECRETARIAT: 0 }, 3],
      ['m3', { GOVERNMENT: 0, CIVIL_SOCIETY: 0, OTHER: 0, SECRETARIAT: 0 }, 0],
    ]);
  });
});

describe('proposalsByStatus', () => {
  it('counts what reached the forum, by status in the order of a proposal\'s life; drafts and drafts withdrawn unsubmitted stay out', () => {
    const submitted = '2026-05-01T00:00:00Z';
    const rows = proposalsByStatus([
      { status: ProposalStatus.DRAFT, submittedAt: null },
      { status: ProposalStatus.WITHDRAWN, submittedAt: null },
      { status: ProposalStatus.WITHDRAWN, submittedAt: submitted },
      { status: ProposalStatus.SELECTED, submittedAt: submitted },
      { status: ProposalStatus.SELECTED, submittedAt: submitted },
      { status: ProposalStatus.PARKED, submittedAt: submitted },
      { status: ProposalStatus.UNDER_REVIEW, submittedAt: submitted },
    ]);
    expect(rows).toEqual([
      { status: ProposalStatus.SUBMITTED, count: 0 },
      { status: ProposalStatus.UNDER_REVIEW, count: 1 },
      { status: ProposalStatus.SELECTED, count: 2 },
      { status: ProposalStatus.MERGED, count: 0 },
      { status: ProposalStatus.PARKED, count: 1 },
      { status: ProposalStatus.DECLINED, count: 0 },
      { status: ProposalStatus.WITHDRAWN, count: 1 },
    ]);
  });
});
