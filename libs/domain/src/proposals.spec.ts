import { Role } from './enums.js';
import { canReadProposal, ProposalStatus } from './proposals.js';

const draft = { status: ProposalStatus.DRAFT, organizationId: 'open-net', proposerId: 'author', coSponsorOrganizationIds: ['cfits'] };

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

  it.each(Object.values(ProposalStatus).filter((status) => status !== ProposalStatus.DRAFT))('a %s proposal is public', (status) => {
    expect(canReadProposal(null, { ...draft, status })).toBe(true);
  });
});
