import { isFrozen, SignOffSide, signOffSideOf } from './drafting.js';
import { Role } from './enums.js';

const draft = { leadOrganizationId: 'mois', coLeadOrganizationIds: ['open-net'], governmentSignedOffAt: null, csoSignedOffAt: null };

describe('sign-off of a draft commitment', () => {
  it.each`
    user                                                  | side
    ${{ role: Role.GOVERNMENT, organizationId: 'mois' }}  | ${SignOffSide.GOVERNMENT_LEAD}
    ${{ role: Role.GOVERNMENT, organizationId: 'acrc' }}  | ${null}
    ${{ role: Role.CSO, organizationId: 'open-net' }}     | ${SignOffSide.CSO_CO_LEAD}
    ${{ role: Role.CSO, organizationId: 'cfits' }}        | ${null}
    ${{ role: Role.ADMIN, organizationId: 'mois' }}       | ${null}
    ${{ role: Role.CITIZEN, organizationId: null }}       | ${null}
    ${null}                                               | ${null}
  `('$user signs for $side', ({ user, side }) => {
    expect(signOffSideOf(user, draft)).toBe(side);
  });

  it('freezes only when both sides signed off', () => {
    const now = new Date();
    expect(isFrozen(draft)).toBe(false);
    expect(isFrozen({ governmentSignedOffAt: now, csoSignedOffAt: null })).toBe(false);
    expect(isFrozen({ governmentSignedOffAt: null, csoSignedOffAt: now })).toBe(false);
    expect(isFrozen({ governmentSignedOffAt: now, csoSignedOffAt: now })).toBe(true);
  });
});
