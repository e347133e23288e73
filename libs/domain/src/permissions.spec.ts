import { Role } from './enums.js';
import { Action, can, canCompleteActionItem, canEditComment, canPostProgressUpdate, PERMISSIONS } from './permissions.js';

const ACTORS = [null, Role.CITIZEN, Role.CSO, Role.GOVERNMENT, Role.ADMIN] as const;

/** The matrix of DESIGN.md §3, written out by hand so that a change to PERMISSIONS must be a change here too. */
const EXPECTED: Record<Action, string> = {
  //                                anon citizen cso gov admin
  [Action.READ_PUBLIC]: '           1    1       1   1   1',
  [Action.MANAGE_OWN_ACCOUNT]: '    0    1       1   1   1',
  [Action.READ_MEMBER_CONTENT]: '   0    0       1   1   1',
  [Action.COMMENT]: '               0    1       1   1   1',
  [Action.FLAG_COMMENT]: '          0    1       1   1   1',
  [Action.FOLLOW]: '                0    1       1   1   1',
  [Action.SUBMIT_PROPOSAL]: '       0    1       1   1   1',
  [Action.CO_SPONSOR_PROPOSAL]: '   0    0       1   1   1',
  [Action.EVALUATE_PROPOSAL]: '     0    0       1   1   1',
  [Action.RSVP]: '                  0    0       1   1   1',
  [Action.DRAFT_MINUTES]: '         0    0       1   1   1',
  [Action.COMPLETE_ACTION_ITEM]: '  0    0       1   1   1',
  [Action.POST_PROGRESS_UPDATE]: '  0    0       0   1   0',
  [Action.CO_DRAFT]: '              0    0       1   1   1',
  [Action.SIGN_OFF_COMMITMENT]: '   0    0       1   1   0',
  [Action.WRITE_REPORT]: '          0    0       0   1   1',
  [Action.OPEN_REPORT_CONSULTATION]: '0   0       0   0   1',
  [Action.UPLOAD_DOCUMENT]: '       0    1       1   1   1',
  [Action.EDIT_FORUM_RULES]: '      0    0       0   0   1',
  [Action.MANAGE_MEMBERS]: '        0    0       0   0   1',
  [Action.MANAGE_PLANS]: '          0    0       0   0   1',
  [Action.MANAGE_MEETINGS]: '       0    0       0   0   1',
  [Action.DECIDE_PROPOSAL]: '       0    0       0   0   1',
  [Action.MODERATE]: '              0    0       0   0   1',
  [Action.READ_AUDIT_LOG]: '        0    0       0   0   1',
};

describe('the permission matrix', () => {
  it('covers every action', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.values(Action).sort());
  });

  const cells = Object.values(Action).flatMap((action) => {
    const allowed = EXPECTED[action].trim().split(/\s+/);
    return ACTORS.map((role, index) => ({ action, role: role ?? 'anonymous', actor: role ? { role } : null, allowed: allowed[index] === '1' }));
  });
  it.each(cells)('$role may $action: $allowed', ({ actor, action, allowed }) => {
    expect(can(actor, action)).toBe(allowed);
  });
});

describe('ownership rules', () => {
  const ministry = { id: 'u1', role: Role.GOVERNMENT, organizationId: 'mois' };
  it.each`
    who                                              | commitment                                                  | allowed
    ${ministry}                                      | ${{ leadOrganizationId: 'mois', pointOfContactId: null }}   | ${true}
    ${ministry}                                      | ${{ leadOrganizationId: 'acrc', pointOfContactId: 'u1' }}   | ${true}
    ${ministry}                                      | ${{ leadOrganizationId: 'acrc', pointOfContactId: 'u2' }}   | ${false}
    ${{ ...ministry, organizationId: null }}         | ${{ leadOrganizationId: 'mois', pointOfContactId: null }}   | ${false}
    ${{ ...ministry, role: Role.CSO }}               | ${{ leadOrganizationId: 'mois', pointOfContactId: 'u1' }}   | ${false}
    ${{ ...ministry, role: Role.ADMIN }}             | ${{ leadOrganizationId: 'mois', pointOfContactId: 'u1' }}   | ${false}
    ${null}                                          | ${{ leadOrganizationId: 'mois', pointOfContactId: null }}   | ${false}
  `('progress update by $who on $commitment: $allowed', ({ who, commitment, allowed }) => {
    expect(canPostProgressUpdate(who, commitment)).toBe(allowed);
  });

  it('lets authors edit only their own comments', () => {
    expect(canEditComment({ id: 'a' }, { authorId: 'a' })).toBe(true);
    expect(canEditComment({ id: 'b' }, { authorId: 'a' })).toBe(false);
    expect(canEditComment(null, { authorId: 'a' })).toBe(false);
  });

  it.each`
    who                                  | assigneeId | allowed
    ${{ id: 'a', role: Role.CSO }}        | ${'a'}     | ${true}
    ${{ id: 'b', role: Role.GOVERNMENT }} | ${'a'}     | ${false}
    ${{ id: 'b', role: Role.ADMIN }}      | ${'a'}     | ${true}
    ${{ id: 'a', role: Role.CITIZEN }}    | ${'a'}     | ${false}
    ${null}                              | ${'a'}     | ${false}
  `('action item of $assigneeId closed by $who: $allowed', ({ who, assigneeId, allowed }) => {
    expect(canCompleteActionItem(who, { assigneeId })).toBe(allowed);
  });
});
