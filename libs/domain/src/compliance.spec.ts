import {
  complianceAsOf,
  complianceExplanation,
  ComplianceReason,
  ComplianceStatus,
  ogpCompliance,
  OgpRequirement,
  type ComplianceInput,
  type ComplianceMeeting,
  type ComplianceProposal,
  type CompliancePlan,
} from './compliance.js';
import { ActionPlanStatus, Locale } from './enums.js';
import { MeetingStatus } from './meetings.js';
import { ProposalStatus } from './proposals.js';

const SEOUL = 'Asia/Seoul';

const plan = (patch: Partial<CompliancePlan> = {}): CompliancePlan => ({
  id: 'p',
  status: ActionPlanStatus.IMPLEMENTATION,
  periodStart: '2026-01-01',
  periodEnd: '2027-12-31',
  createdAt: new Date('2025-09-01T00:00:00Z'),
  adoptedAt: null,
  callOpensOn: null,
  reviewClosesOn: null,
  ...patch,
});

/** Basic rules last saved on 2 February 2026 (Seoul). */
const RULES = { updatedAt: new Date('2026-02-02T01:00:00Z') };

let ids = 0;
/** A meeting at 15:00 Seoul on the day given. */
const meeting = (date: string, patch: Partial<ComplianceMeeting> = {}): ComplianceMeeting => ({
  id: `m${++ids}`,
  title: `Meeting ${date}`,
  startsAt: new Date(`${date}T06:00:00Z`),
  status: MeetingStatus.HELD,
  minutesPublishedAt: new Date(`${date}T10:00:00Z`),
  ...patch,
});

const proposal = (status: ProposalStatus, patch: Partial<ComplianceProposal> = {}): ComplianceProposal => ({
  id: `p${++ids}`,
  title: 'A proposal',
  status,
  rationale: status === ProposalStatus.SELECTED || status === ProposalStatus.DECLINED ? 'Because the forum agreed it is feasible.' : null,
  decidedAt: status === ProposalStatus.SELECTED || status === ProposalStatus.DECLINED ? new Date('2025-12-01T00:00:00Z') : null,
  ...patch,
});

function judge(requirement: OgpRequirement, patch: Partial<ComplianceInput>) {
  const input: ComplianceInput = { plan: plan(), basicRules: RULES, meetings: [], proposals: [], repositoryUpdates: [], now: new Date('2026-06-15T03:00:00Z'), timeZone: SEOUL, ...patch };
  const report = ogpCompliance(input);
  return { ...report.rows.find((row) => row.requirement === requirement)!, asOf: report.asOf };
}

describe('complianceAsOf', () => {
  it.each`
    status                             | now                          | asOf
    ${ActionPlanStatus.IMPLEMENTATION} | ${'2030-01-01T00:00:00Z'}    | ${'2030-01-01T00:00:00.000Z'}
    ${ActionPlanStatus.CLOSED}         | ${'2030-01-01T00:00:00Z'}    | ${'2027-12-31T14:59:59.999Z'}
    ${ActionPlanStatus.CLOSED}         | ${'2027-06-01T00:00:00Z'}    | ${'2027-06-01T00:00:00.000Z'}
  `('a $status plan judged at $now is judged as of $asOf (end of its term in Seoul, if past)', ({ status, now, asOf }) => {
    expect(complianceAsOf(plan({ status }), new Date(now), SEOUL).toISOString()).toBe(asOf);
  });
});

describe('1.1 the forum meets at least every six months', () => {
  it.each`
    meetings                                                                         | now                        | status                       | reason                                         | nextDueOn
    ${[]}                                                                            | ${'2026-06-15T03:00:00Z'}  | ${ComplianceStatus.MISSED}   | ${ComplianceReason.NO_MEETING_HELD}            | ${'2026-06-15'}
    ${[meeting('2026-03-19')]}                                                       | ${'2026-06-15T03:00:00Z'}  | ${ComplianceStatus.MET}      | ${ComplianceReason.MEETING_WITHIN_SIX_MONTHS}  | ${'2026-09-19'}
    ${[meeting('2026-01-10')]}                                                       | ${'2026-06-15T03:00:00Z'}  | ${ComplianceStatus.AT_RISK}  | ${ComplianceReason.MEETING_DUE_SOON}           | ${'2026-07-10'}
    ${[meeting('2026-01-10'), meeting('2026-07-01', { status: MeetingStatus.SCHEDULED })]} | ${'2026-06-15T03:00:00Z'} | ${ComplianceStatus.MET} | ${ComplianceReason.MEETING_WITHIN_SIX_MONTHS} | ${'2026-07-10'}
    ${[meeting('2025-12-10')]}                                                       | ${'2026-06-15T03:00:00Z'}  | ${ComplianceStatus.MISSED}   | ${ComplianceReason.MEETING_OVERDUE}            | ${'2026-06-15'}
    ${[meeting('2025-12-10', { status: MeetingStatus.CANCELLED }), meeting('2026-05-01', { status: MeetingStatus.CANCELLED })]} | ${'2026-06-15T03:00:00Z'} | ${ComplianceStatus.MISSED} | ${ComplianceReason.NO_MEETING_HELD} | ${'2026-06-15'}
  `('$reason → $status, next due $nextDueOn', ({ meetings, now, status, reason, nextDueOn }) => {
    expect(judge(OgpRequirement.FORUM_MEETS, { meetings, now: new Date(now) })).toMatchObject({ status, reason, nextDueOn, code: '1.1' });
  });

  it('judges a closed plan at the end of its term: a meeting just before it meets the rule for good, a later gap does not count', () => {
    const row = judge(OgpRequirement.FORUM_MEETS, { plan: plan({ status: ActionPlanStatus.CLOSED }), meetings: [meeting('2027-11-18')], now: new Date('2031-01-01T00:00:00Z') });
    expect(row).toMatchObject({ asOf: '2027-12-31', status: ComplianceStatus.MET, nextDueOn: null });
    expect(row.evidence).toEqual([
      { kind: 'MEETING', label: 'Meeting 2027-11-18', url: expect.stringMatching(/^\/meetings\/m\d+$/), date: '2027-11-18' },
      { kind: 'RULES', label: 'basic rules', url: '/forum/rules', date: '2026-02-02' },
    ]);
  });

  describe('the basic rules are public', () => {
    it.each`
      meetings                       | basicRules | status                       | reason                                          | nextDueOn
      ${[meeting('2026-03-19')]}     | ${RULES}   | ${ComplianceStatus.MET}      | ${ComplianceReason.MEETING_WITHIN_SIX_MONTHS}   | ${'2026-09-19'}
      ${[meeting('2026-03-19')]}     | ${null}    | ${ComplianceStatus.MISSED}   | ${ComplianceReason.BASIC_RULES_NOT_PUBLISHED}   | ${'2026-06-15'}
      ${[meeting('2026-01-10')]}     | ${null}    | ${ComplianceStatus.MISSED}   | ${ComplianceReason.BASIC_RULES_NOT_PUBLISHED}   | ${'2026-06-15'}
      ${[meeting('2026-01-10')]}     | ${RULES}   | ${ComplianceStatus.AT_RISK}  | ${ComplianceReason.MEETING_DUE_SOON}            | ${'2026-07-10'}
      ${[meeting('2025-12-10')]}     | ${null}    | ${ComplianceStatus.MISSED}   | ${ComplianceReason.MEETING_OVERDUE}             | ${'2026-06-15'}
      ${[]}                          | ${null}    | ${ComplianceStatus.MISSED}   | ${ComplianceReason.NO_MEETING_HELD}             | ${'2026-06-15'}
    `('meetings $meetings.length, rules $basicRules → $status ($reason)', ({ meetings, basicRules, status, reason, nextDueOn }) => {
      expect(judge(OgpRequirement.FORUM_MEETS, { meetings, basicRules })).toMatchObject({ status, reason, nextDueOn });
    });

    it('links to the rules page with the day of their current version, or to the empty page when none are written', () => {
      const published = judge(OgpRequirement.FORUM_MEETS, { meetings: [meeting('2026-03-19')] });
      expect(published.evidence).toContainEqual({ kind: 'RULES', label: 'basic rules', url: '/forum/rules', date: '2026-02-02' });
      expect(complianceExplanation(published, Locale.en)).toContain('The basic rules are public (updated 2026-02-02)');
      const missing = judge(OgpRequirement.FORUM_MEETS, { meetings: [meeting('2026-03-19')], basicRules: null });
      expect(missing.evidence).toContainEqual({ kind: 'RULES', label: 'basic rules', url: '/forum/rules', date: null });
      expect(complianceExplanation(missing, Locale.en)).toBe('The forum met on 2026-03-19, but its basic rules are not published.');
      expect(complianceExplanation(missing, Locale.ko)).toContain('기본 운영규칙이 공개되어 있지 않습니다');
    });
  });

  it('counts the day in Seoul: a meeting at 08:00 Seoul on the 1st is on the 1st, though it is the 31st in UTC', () => {
    const row = judge(OgpRequirement.FORUM_MEETS, { meetings: [meeting('x', { startsAt: new Date('2026-03-31T23:00:00Z'), minutesPublishedAt: null })] });
    expect(row.facts.date).toBe('2026-04-01');
    expect(row.nextDueOn).toBe('2026-10-01');
  });
});

describe('2.2 the repository is updated at least twice a year', () => {
  const update = (at: string) => ({ kind: 'MINUTES' as never, label: 'Minutes', url: '/meetings/x', at: new Date(at) });
  it.each`
    updates                                   | status                       | nextDueOn
    ${[]}                                     | ${ComplianceStatus.MISSED}   | ${'2026-06-15'}
    ${[update('2026-04-01T01:00:00Z')]}       | ${ComplianceStatus.MET}      | ${'2026-10-01'}
    ${[update('2026-01-01T01:00:00Z')]}       | ${ComplianceStatus.AT_RISK}  | ${'2026-07-01'}
    ${[update('2025-12-01T01:00:00Z')]}       | ${ComplianceStatus.MISSED}   | ${'2026-06-15'}
    ${[update('2026-07-01T01:00:00Z')]}       | ${ComplianceStatus.MISSED}   | ${'2026-06-15'}
  `('updates $updates → $status', ({ updates, status, nextDueOn }) => {
    expect(judge(OgpRequirement.REPOSITORY_UPDATED, { repositoryUpdates: updates })).toMatchObject({ status, nextDueOn, code: '2.2' });
  });
});

describe('3.1 the co-creation calendar is public two weeks before the call opens', () => {
  it.each`
    status                             | createdAt                   | callOpensOn      | expected                            | reason
    ${ActionPlanStatus.CLOSED}         | ${'2015-01-01T00:00:00Z'}   | ${null}          | ${ComplianceStatus.NOT_APPLICABLE}  | ${ComplianceReason.NO_CALENDAR_RECORDED}
    ${ActionPlanStatus.CO_CREATION}    | ${'2026-05-01T00:00:00Z'}   | ${null}          | ${ComplianceStatus.AT_RISK}         | ${ComplianceReason.CALENDAR_NOT_PUBLISHED}
    ${ActionPlanStatus.CO_CREATION}    | ${'2026-05-01T00:00:00Z'}   | ${'2026-05-15'}  | ${ComplianceStatus.MET}             | ${ComplianceReason.CALENDAR_NOTICE_GIVEN}
    ${ActionPlanStatus.CO_CREATION}    | ${'2026-05-01T15:00:00Z'}   | ${'2026-05-15'}  | ${ComplianceStatus.MISSED}          | ${ComplianceReason.CALENDAR_NOTICE_SHORT}
  `('$status plan opened $createdAt, call opening $callOpensOn → $expected', ({ status, createdAt, callOpensOn, expected, reason }) => {
    // 15:00 UTC on 1 May is already 2 May in Seoul: 13 days' notice.
    expect(judge(OgpRequirement.CALENDAR_NOTICE, { plan: plan({ status, createdAt: new Date(createdAt), callOpensOn }) })).toMatchObject({ status: expected, reason, code: '3.1' });
  });
});

describe('4.1 a reasoned response to every proposal', () => {
  const coCreation = plan({ status: ActionPlanStatus.CO_CREATION, reviewClosesOn: '2026-09-30' });
  it.each`
    thePlan                                                 | proposals                                                                         | status                              | nextDueOn
    ${plan()}                                               | ${[]}                                                                             | ${ComplianceStatus.NOT_APPLICABLE}  | ${null}
    ${plan()}                                               | ${[proposal(ProposalStatus.SELECTED), proposal(ProposalStatus.DECLINED)]}         | ${ComplianceStatus.MET}             | ${null}
    ${plan()}                                               | ${[proposal(ProposalStatus.SELECTED), proposal(ProposalStatus.WITHDRAWN)]}        | ${ComplianceStatus.MET}             | ${null}
    ${plan()}                                               | ${[proposal(ProposalStatus.UNDER_REVIEW)]}                                        | ${ComplianceStatus.MISSED}          | ${'2026-06-15'}
    ${coCreation}                                           | ${[]}                                                                             | ${ComplianceStatus.MET}             | ${null}
    ${coCreation}                                           | ${[proposal(ProposalStatus.SUBMITTED)]}                                           | ${ComplianceStatus.MET}             | ${'2026-09-30'}
    ${{ ...coCreation, reviewClosesOn: '2026-07-01' }}      | ${[proposal(ProposalStatus.SUBMITTED)]}                                           | ${ComplianceStatus.AT_RISK}         | ${'2026-07-01'}
    ${{ ...coCreation, reviewClosesOn: '2026-06-01' }}      | ${[proposal(ProposalStatus.UNDER_REVIEW)]}                                        | ${ComplianceStatus.MISSED}          | ${'2026-06-15'}
    ${plan()}                                               | ${[proposal(ProposalStatus.DECLINED, { rationale: null })]}                       | ${ComplianceStatus.MISSED}          | ${'2026-06-15'}
  `('$thePlan.status with $proposals.length proposals → $status', ({ thePlan, proposals, status, nextDueOn }) => {
    expect(judge(OgpRequirement.REASONED_RESPONSE, { plan: thePlan, proposals })).toMatchObject({ status, nextDueOn, code: '4.1' });
  });
});

describe('5.1 two meetings a year presenting implementation results', () => {
  it.each`
    thePlan                                                        | meetings                                                                   | status                              | nextDueOn
    ${plan({ status: ActionPlanStatus.CO_CREATION })}              | ${[meeting('2026-05-01'), meeting('2026-06-01')]}                          | ${ComplianceStatus.NOT_APPLICABLE}  | ${null}
    ${plan()}                                                      | ${[meeting('2025-12-01'), meeting('2026-05-01')]}                          | ${ComplianceStatus.AT_RISK}         | ${'2027-01-01'}
    ${plan()}                                                      | ${[meeting('2026-02-01'), meeting('2026-05-01')]}                          | ${ComplianceStatus.MET}             | ${'2027-02-01'}
    ${plan()}                                                      | ${[meeting('2026-02-01'), meeting('2026-05-01', { minutesPublishedAt: null })]} | ${ComplianceStatus.AT_RISK}    | ${'2027-01-01'}
    ${plan({ periodStart: '2024-01-01' })}                         | ${[meeting('2026-05-01')]}                                                 | ${ComplianceStatus.MISSED}          | ${'2026-06-15'}
    ${plan({ periodStart: '2024-01-01' })}                         | ${[meeting('2025-07-01'), meeting('2026-05-01')]}                          | ${ComplianceStatus.AT_RISK}         | ${'2026-07-01'}
    ${plan({ adoptedAt: new Date('2026-03-01T00:00:00Z') })}       | ${[meeting('2026-02-01'), meeting('2026-05-01')]}                          | ${ComplianceStatus.AT_RISK}         | ${'2027-03-01'}
  `('$meetings.length meetings → $status, next due $nextDueOn', ({ thePlan, meetings, status, nextDueOn }) => {
    expect(judge(OgpRequirement.IMPLEMENTATION_MEETINGS, { plan: thePlan, meetings })).toMatchObject({ status, nextDueOn, code: '5.1' });
  });
});

describe('texts', () => {
  it('has a sentence in English and Korean for every reason, naming its facts', () => {
    for (const reason of Object.values(ComplianceReason)) {
      for (const locale of [Locale.en, Locale.ko]) expect(complianceExplanation({ reason, facts: { date: '2026-01-02', count: 3, days: 4, rulesOn: '2025-12-01' } }, locale)).not.toMatch(/undefined/);
    }
    expect(complianceExplanation({ reason: ComplianceReason.MEETING_OVERDUE, facts: { date: '2026-01-02', days: 4 } }, Locale.ko)).toBe('마지막 회의는 2026-01-02에 열렸습니다. 다음 회의가 4일 늦었습니다.');
  });
});
