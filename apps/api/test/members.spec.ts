import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { outbox, startTestServer } from './harness.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let admin: string;
let openNet: string;

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  admin = (await client.login('admin@example.org')).token;
  const { body } = await client.call('{ organizations { id key } }');
  openNet = body.data.organizations.find((o: { key: string }) => o.key === 'open-net').id;
});
afterAll(() => server.stop());

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { expiresAt member { id email role status organization { key } } } }`;
const ACCEPT = `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken user { id email role } } }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { email displayName role organization { key } } }`;

/** The invitation link in the newest e-mail to an address. */
async function linkFor(email: string): Promise<{ url: string; token: string }> {
  const mail = (await outbox()).filter((m) => m.to === email).at(-1);
  if (!mail) throw new Error(`no e-mail to ${email}`);
  const url = /(http:\/\/\S+\/invitations\/([\w-]+))/.exec(mail.text)!;
  return { url: url[1], token: url[2] };
}

describe('inviting a member', () => {
  it('creates an invited member, mails a one-time link, and the link sets the password and signs in once', async () => {
    const invited = await client.call(
      INVITE,
      { input: { email: 'new.member@example.org', displayName: 'New Member', role: 'CSO', organizationId: openNet, locale: 'ko' } },
      { token: admin },
    );
    expect(invited.body.errors).toBeUndefined();
    expect(invited.body.data.inviteMember.member).toMatchObject({ email: 'new.member@example.org', role: 'CSO', status: 'INVITED' });
    const days = (Date.parse(invited.body.data.inviteMember.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const mail = (await outbox()).find((m) => m.to === 'new.member@example.org')!;
    expect(mail.file).toMatch(/\.eml$/);
    expect(mail.subject).toBe('OGP 포럼 초대 / Invitation to the OGP Forum');
    expect(mail.text).toContain('New Member님, 안녕하세요.');
    expect(mail.text).toContain('Hello New Member,');
    const { url, token } = await linkFor('new.member@example.org');
    expect(url.startsWith(server.url)).toBe(true);

    const preview = await client.call(PREVIEW, { token });
    expect(preview.body.data.invitation).toEqual({ email: 'new.member@example.org', displayName: 'New Member', role: 'CSO', organization: { key: 'open-net' } });

    const weak = await client.call(ACCEPT, { token, password: 'password1234' });
    expect(weak.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    const accepted = await client.call(ACCEPT, { token, password: 'a-good-long-passphrase' });
    expect(accepted.body.data.acceptInvitation.user.role).toBe('CSO');
    expect(accepted.cookie).toMatch(/^ogp_refresh=/);

    expect(errorCode(await client.call(ACCEPT, { token, password: 'another-good-passphrase' }))).toBe('NOT_FOUND');
    expect(errorCode(await client.call(PREVIEW, { token }))).toBe('NOT_FOUND');
    expect((await client.login('new.member@example.org', 'a-good-long-passphrase')).token).toBeTruthy();
  });

  it('lets no invited member sign in before setting a password', async () => {
    await client.call(INVITE, { input: { email: 'pending@example.org', displayName: 'Pending', role: 'CITIZEN', locale: 'en' } }, { token: admin });
    expect(errorCode(await client.login('pending@example.org', 'anything-at-all-1'))).toBe('UNAUTHENTICATED');
  });

  it('replaces the link when re-inviting: the old one stops working', async () => {
    const input = { email: 'twice@example.org', displayName: 'Twice', role: 'CITIZEN', locale: 'en' };
    await client.call(INVITE, { input }, { token: admin });
    const first = await linkFor('twice@example.org');
    await client.call(INVITE, { input }, { token: admin });
    const second = await linkFor('twice@example.org');
    expect(second.token).not.toBe(first.token);
    expect(errorCode(await client.call(PREVIEW, { token: first.token }))).toBe('NOT_FOUND');
    expect((await client.call(PREVIEW, { token: second.token })).body.data.invitation.email).toBe('twice@example.org');
  });

  it('refuses an expired link', async () => {
    await client.call(INVITE, { input: { email: 'late@example.org', displayName: 'Late', role: 'CITIZEN', locale: 'en' } }, { token: admin });
    const { token } = await linkFor('late@example.org');
    await server.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE accepted_at IS NULL AND revoked_at IS NULL`);
    expect(errorCode(await client.call(ACCEPT, { token, password: 'a-good-long-passphrase' }))).toBe('NOT_FOUND');
  });

  it.each`
    input                                                                                   | code                | field
    ${{ email: 'cso@example.org', displayName: 'Again', role: 'CSO', locale: 'en' }}        | ${'CONFLICT'}       | ${'email'}
    ${{ email: 'not-an-email', displayName: 'X', role: 'CITIZEN', locale: 'en' }}           | ${'BAD_USER_INPUT'} | ${undefined}
    ${{ email: 'gov@example.org', displayName: 'No ministry', role: 'GOVERNMENT', locale: 'en' }} | ${'BAD_USER_INPUT'} | ${'organizationId'}
  `('refuses $input.email as $code and writes nothing', async ({ input, code, field }) => {
    const before = await server.dataSource.query('SELECT count(*)::int AS users, (SELECT count(*)::int FROM invitations) AS invitations FROM users');
    const answer = await client.call(INVITE, { input: { ...input, organizationId: input.organizationId ?? (input.role === 'CSO' ? openNet : null) } }, { token: admin });
    expect(errorCode(answer)).toBe(code);
    if (field) expect(answer.body.errors![0].extensions!.field).toBe(field);
    expect(await server.dataSource.query('SELECT count(*)::int AS users, (SELECT count(*)::int FROM invitations) AS invitations FROM users')).toEqual(before);
  });
});

describe('managing members and the audit log', () => {
  it('changes a role, and the audit log records who did it with the values before and after', async () => {
    const { body } = await client.call('{ members(first: 100) { totalCount edges { node { id email role status } } } }', {}, { token: admin });
    expect(body.data.members.totalCount).toBeGreaterThanOrEqual(7);
    const citizen = body.data.members.edges.find((e: any) => e.node.email === 'citizen@example.org').node;
    expect(citizen.status).toBe('ACTIVE');

    const changed = await client.call(
      'mutation($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { role organization { key } } }',
      { id: citizen.id, input: { role: 'CSO', organizationId: openNet } },
      { token: admin },
    );
    expect(changed.body.data.updateMember).toEqual({ role: 'CSO', organization: { key: 'open-net' } });

    const audit = await client.call(
      'query($id: ID!) { auditEvents(entityId: $id, first: 5) { edges { node { action entityType before after actor { email } } } } }',
      { id: citizen.id },
      { token: admin },
    );
    expect(audit.body.data.auditEvents.edges[0].node).toMatchObject({
      action: 'member.role_changed',
      entityType: 'User',
      before: { role: 'CITIZEN', organizationId: null },
      after: { role: 'CSO', organizationId: openNet },
      actor: { email: 'admin@example.org' },
    });
  });

  it('creates and renames organisations, each change audited', async () => {
    const created = await client.call(
      'mutation($input: OrganizationInput!) { createOrganization(input: $input) { id key name kind } }',
      { input: { name: 'Transparency International Korea', nameKo: '한국투명성기구', kind: 'CIVIL_SOCIETY' } },
      { token: admin },
    );
    expect(created.body.data.createOrganization).toMatchObject({ key: 'transparency-international-korea', kind: 'CIVIL_SOCIETY' });
    const id = created.body.data.createOrganization.id;
    await client.call(
      'mutation($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { name } }',
      { id, input: { name: 'TI Korea', kind: 'CIVIL_SOCIETY' } },
      { token: admin },
    );
    const audit = await client.call('query($id: ID!) { auditEvents(entityId: $id) { edges { node { action } } } }', { id }, { token: admin });
    expect(audit.body.data.auditEvents.edges.map((e: any) => e.node.action)).toEqual(['organization.updated', 'organization.created']);
  });

  it('keeps an admin from removing their own ADMIN role', async () => {
    const me = await client.call('{ me { id } }', {}, { token: admin });
    const answer = await client.call('mutation($id: ID!) { updateMember(id: $id, input: { role: CSO }) { role } }', { id: me.body.data.me.id }, { token: admin });
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
  });
});
