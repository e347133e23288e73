import { OrganizationKind, Role } from './enums.js';
import { canEvaluate, canReadProposal, canSeeEvaluations, evaluationCounts, isDecided, organizationMayCoSponsor, ProposalMover, proposalMover, ProposalStatus } from './proposals.js';

const draft = { status: ProposalStatus.DRAFT, organizationId: 'open-net', proposerId: 'author', coSponsorOrganizationIds: ['cfits'], submittedAt: null };

describe('canReadProposal', () => {
  it.each`
    reader                                                              | readable
    ${null}                                                             | ${false}
    ${{ id: 'author', role: Role.CITIZEN, organizationId: null }}       | ${true}
    ${{ id: 'colleague', role: Role.CSO, organizationId: 'open-net' }}  | ${true}
    ${{ id: 'sponsor', role: Role.CSO, organizationId: 'cfits' }}       | ${true}
    ${{ id: 'other', role: Role.CSO, organizationId: 'indilab' }}       | ${false}
    ${{ id: 'ministry', role: Role.GOVERNMENT, organizationId: 'mois' }} | ${false}
    ${{ id: 'admin', role: Role.ADMIN, organizationId: 'secretariat' }} | ${false}
  `('a draft is readable by $reader: $readable', ({ reader, readable }) => {
    expect(canReadProposal(reader, draft)).toBe(readable);
  });

  it.each(Object.values(ProposalStatus).filter((status) => status !== ProposalStatus.DRAFT))('a submitted proposal, now %s, is public', (status) => {
    expect(canReadProposal(null, { ...draft, status, submittedAt: new Date() })).toBe(true);
  });

  it('keeps a draft withdrawn before submission as private as a draft', () => {
    const withdrawn = { ...draft, status: ProposalStatus.WITHDRAWN };
    expect(canReadProposal(null, withdrawn)).toBe(false);
    expect(canReadProposal({ id: 'other', role: Role.CSO, organizationId: 'indilab' }, withdrawn)).toBe(false);
    expect(canReadProposal({ id: 'author', role: Role.CSO, organizationId: 'open-net' }, withdrawn)).toBe(true);
  });
});

describe('proposal status transitions', () => {
  const statuses = Object.values(ProposalStatus);
  const AUTHOR = ProposalMover.AUTHOR;
  const CHAIR = ProposalMover.CHAIR;
  /** Written out by hand: every move not listed here is refused. */
  const ALLOWED: Record<string, ProposalMover> = {
    'DRAFT → SUBMITTED': AUTHOR,
    'DRAFT → WITHDRAWN': AUTHOR,
    'SUBMITTED → WITHDRAWN': AUTHOR,
    'UNDER_REVIEW → WITHDRAWN': AUTHOR,
    'SUBMITTED → UNDER_REVIEW': CHAIR,
    'UNDER_REVIEW → SELECTED': CHAIR,
    'UNDER_REVIEW → MERGED': CHAIR,
    'UNDER_REVIEW → PARKED': CHAIR,
    'UNDER_REVIEW → DECLINED': CHAIR,
  };
  const cells = statuses.flatMap((from) => statuses.map((to) => ({ move: `${from} → ${to}`, from, to, by: ALLOWED[`${from} → ${to}`] ?? null })));

  it.each(cells)('$move: $by', ({ from, to, by }) => {
    expect(proposalMover(from, to)).toBe(by);
  });

  it('has a decision only for the four outcomes', () => {
    expect(statuses.filter(isDecided)).toEqual([ProposalStatus.SELECTED, ProposalStatus.MERGED, ProposalStatus.PARKED, ProposalStatus.DECLINED]);
  });
});

describe('who sees the evaluations', () => {
  it.each`
    reader                      | status                         | scored   | sees
    ${{ role: Role.CSO }}        | ${ProposalStatus.UNDER_REVIEW} | ${false} | ${false}
    ${{ role: Role.CSO }}        | ${ProposalStatus.UNDER_REVIEW} | ${true}  | ${true}
    ${{ role: Role.GOVERNMENT }} | ${ProposalStatus.SUBMITTED}    | ${false} | ${false}
    ${{ role: Role.GOVERNMENT }} | ${ProposalStatus.SELECTED}     | ${false} | ${true}
    ${{ role: Role.ADMIN }}      | ${ProposalStatus.DECLINED}     | ${false} | ${true}
    ${{ role: Role.ADMIN }}      | ${ProposalStatus.UNDER_REVIEW} | ${false} | ${true}
    ${{ role: Role.CITIZEN }}    | ${ProposalStatus.SELECTED}     | ${false} | ${false}
    ${null}                     | ${ProposalStatus.SELECTED}     | ${false} | ${false}
  `('$reader on a $status proposal, scored: $scored → $sees', ({ reader, status, scored, sees }) => {
    expect(canSeeEvaluations(reader, status, scored)).toBe(sees);
  });
});

describe('who may evaluate', () => {
  const proposal = { status: ProposalStatus.UNDER_REVIEW, proposerId: 'author', organizationId: 'open-net', coSponsorOrganizationIds: ['indilab'] };
  it.each`
    evaluator                                                          | status                         | may
    ${{ id: 'm', role: Role.GOVERNMENT, organizationId: 'mois' }}      | ${ProposalStatus.UNDER_REVIEW} | ${true}
    ${{ id: 'c', role: Role.CSO, organizationId: 'cfits' }}            | ${ProposalStatus.SUBMITTED}    | ${true}
    ${{ id: 'a', role: Role.ADMIN, organizationId: null }}             | ${ProposalStatus.UNDER_REVIEW} | ${true}
    ${{ id: 'o', role: Role.CSO, organizationId: 'open-net' }}         | ${ProposalStatus.UNDER_REVIEW} | ${false}
    ${{ id: 's', role: Role.CSO, organizationId: 'indilab' }}          | ${ProposalStatus.UNDER_REVIEW} | ${false}
    ${{ id: 'author', role: Role.CSO, organizationId: null }}          | ${ProposalStatus.UNDER_REVIEW} | ${false}
    ${{ id: 'z', role: Role.CITIZEN, organizationId: null }}           | ${ProposalStatus.UNDER_REVIEW} | ${false}
    ${{ id: 'm', role: Role.GOVERNMENT, organizationId: 'mois' }}      | ${ProposalStatus.SELECTED}     | ${false}
    ${null}                                                           | ${ProposalStatus.UNDER_REVIEW} | ${false}
  `('$evaluator on a $status proposal: $may', ({ evaluator, status, may }) => {
    expect(canEvaluate(evaluator, { ...proposal, status })).toBe(may);
  });
});

describe('whose scores count', () => {
  const proposal = { proposerId: 'author', organizationId: 'open-net', coSponsorOrganizationIds: ['indilab'] };
  it.each`
    evaluator                                        | counts
    ${{ id: 'm', organizationId: 'mois' }}           | ${true}
    ${{ id: 'a', organizationId: null }}             | ${true}
    ${{ id: 'o', organizationId: 'open-net' }}       | ${false}
    ${{ id: 's', organizationId: 'indilab' }}        | ${false}
    ${{ id: 'author', organizationId: null }}        | ${false}
  `('a score by $evaluator counts: $counts', ({ evaluator, counts }) => {
    expect(evaluationCounts(evaluator, proposal)).toBe(counts);
  });

  it('stops counting while the evaluator\'s organisation co-sponsors, and counts again when it stops', () => {
    const evaluator = { id: 'c', organizationId: 'cfits' };
    expect(evaluationCounts(evaluator, { ...proposal, coSponsorOrganizationIds: ['indilab', 'cfits'] })).toBe(false);
    expect(evaluationCounts(evaluator, proposal)).toBe(true);
  });
});

describe('organizationMayCoSponsor', () => {
  it.each`
    kind                                | may
    ${OrganizationKind.CIVIL_SOCIETY}   | ${true}
    ${OrganizationKind.GOVERNMENT}      | ${true}
    ${OrganizationKind.ACADEMIA}        | ${true}
    ${OrganizationKind.SECRETARIAT}     | ${false}
    ${null}                             | ${false}
  `('$kind may co-sponsor: $may', ({ kind, may }) => {
    expect(organizationMayCoSponsor(kind)).toBe(may);
  });
});
