import jwt from 'jsonwebtoken';
import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { clientFor, DEMO_PASSWORD, type GraphqlAnswer } from './client.js';
import { startTestServer, TEST_JWT_SECRET } from './harness.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const PASSWORD = DEMO_PASSWORD;
let call: ReturnType<typeof clientFor>['call'];
let login: ReturnType<typeof clientFor>['login'];
beforeAll(() => ({ call, login } = clientFor(server)));

const code = (body: GraphqlAnswer['body']) => body.errors?.[0]?.extensions?.code;

describe('login', () => {
  it('answers with an access token and sets the refresh token as an httpOnly, SameSite cookie for /graphql only', async () => {
    const { body, setCookie, token } = await login('admin@example.org');
    expect(body.data.login.user.role).toBe('ADMIN');
    expect(setCookie[0]).toMatch(/^ogp_refresh=[0-9a-f-]{36}\.[\w-]{43};/);
    expect(setCookie[0]).toMatch(/HttpOnly/);
    expect(setCookie[0]).toMatch(/SameSite=Strict/);
    expect(setCookie[0]).toMatch(/Path=\/graphql/);
    const me = await call('{ me { id role displayName } }', {}, { token });
    expect(me.body.data.me).toMatchObject({ role: 'ADMIN', displayName: 'Forum Secretariat' });
  });

  it('accepts the e-mail address in any case', async () => {
    expect((await login('CSO@Example.org')).body.data.login.user.role).toBe('CSO');
  });

  it('refuses a wrong password and an unknown address with the same UNAUTHENTICATED answer', async () => {
    const wrong = await login('citizen@example.org', 'not-the-password');
    const unknown = await login('nobody@example.org', 'not-the-password');
    expect(code(wrong.body)).toBe('UNAUTHENTICATED');
    expect(unknown.body.errors[0].message).toBe(wrong.body.errors[0].message);
    expect(wrong.setCookie).toEqual([]);
  });
});

describe('access tokens', () => {
  let valid: { token: string; claims: jwt.JwtPayload };
  beforeAll(async () => {
    const { token } = await login('mois@example.org');
    valid = { token, claims: jwt.decode(token) as jwt.JwtPayload };
  });

  const forged = {
    expired: () => jwt.sign({ ...valid.claims, exp: Math.floor(Date.now() / 1000) - 60 }, TEST_JWT_SECRET, { algorithm: 'HS256' }),
    'signed with another secret': () => jwt.sign(valid.claims, 'another-secret-that-is-long-enough!!', { algorithm: 'HS256' }),
    tampered: () => {
      const [header, , signature] = valid.token.split('.');
      const payload = Buffer.from(JSON.stringify({ ...valid.claims, role: 'ADMIN' })).toString('base64url');
      return `${header}.${payload}.${signature}`;
    },
    'alg none': () => {
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      return `${header}.${Buffer.from(JSON.stringify(valid.claims)).toString('base64url')}.`;
    },
    garbage: () => 'not-a-token',
  };

  it.each(Object.keys(forged))('refuses an %s token with UNAUTHENTICATED, even on a public query', async (kind) => {
    const token = forged[kind as keyof typeof forged]();
    const me = await call('{ me { id } }', {}, { token });
    expect(code(me.body)).toBe('UNAUTHENTICATED');
    expect(me.body.data?.me ?? null).toBeNull();
    const health = await request(server.url).get('/health');
    expect(health.status).toBe(200);
  });

  it('lets the genuine token through', async () => {
    expect((await call('{ me { role } }', {}, { token: valid.token })).body.data.me.role).toBe('GOVERNMENT');
  });

  it('asks an anonymous caller of a members-only operation to sign in', async () => {
    expect(code((await call('{ mySessions { id } }')).body)).toBe('UNAUTHENTICATED');
  });
});

describe('refresh tokens and sessions', () => {
  const REFRESH = 'mutation { refreshSession { accessToken user { role } } }';

  /** Moves a refresh token's exchange into the past, as if the reuse window had gone by. */
  const exchangedLongAgo = (cookie: string) =>
    server.dataSource.query(`UPDATE refresh_tokens SET used_at = used_at - interval '31 seconds' WHERE id = $1`, [cookie.split('=')[1].split('.')[0]]);
  const sessionOf = (accessToken: string) => (jwt.decode(accessToken) as jwt.JwtPayload).sid;

  it('rotates the refresh token; presenting a used one after the reuse window ends the whole session', async () => {
    const first = await login('acrc@example.org');
    const second = await call(REFRESH, {}, { cookie: first.cookie });
    expect(second.body.data.refreshSession.user.role).toBe('GOVERNMENT');
    expect(second.cookie).not.toBe(first.cookie);

    await exchangedLongAgo(first.cookie!);
    const replay = await call(REFRESH, {}, { cookie: first.cookie });
    expect(code(replay.body)).toBe('UNAUTHENTICATED');
    // The thief's replay revoked the family: the legitimate, newer cookie and its access token are dead too.
    expect(code((await call(REFRESH, {}, { cookie: second.cookie })).body)).toBe('UNAUTHENTICATED');
    expect(code((await call('{ me { id } }', {}, { token: second.body.data.refreshSession.accessToken })).body)).toBe('UNAUTHENTICATED');
  });

  it('answers three concurrent refreshes with one cookie alike: the same new cookie, and the session lives on', async () => {
    const tab = await login('acrc@example.org');
    const answers = await Promise.all([1, 2, 3].map(() => call(REFRESH, {}, { cookie: tab.cookie })));
    for (const answer of answers) {
      expect(answer.body.data.refreshSession.user.role).toBe('GOVERNMENT');
      expect(answer.cookie).toBe(answers[0].cookie);
      expect(sessionOf(answer.body.data.refreshSession.accessToken)).toBe(sessionOf(tab.token));
      expect((await call('{ me { role } }', {}, { token: answer.body.data.refreshSession.accessToken })).body.data.me.role).toBe('GOVERNMENT');
    }
    expect(answers[0].cookie).not.toBe(tab.cookie);
    expect((await call(REFRESH, {}, { cookie: answers[0].cookie })).body.data.refreshSession.user.role).toBe('GOVERNMENT');
  });

  it('ends the session when a token older than the last one comes back, even within the reuse window', async () => {
    const first = await login('acrc@example.org');
    const second = await call(REFRESH, {}, { cookie: first.cookie });
    const third = await call(REFRESH, {}, { cookie: second.cookie });
    expect(third.body.data.refreshSession.user.role).toBe('GOVERNMENT');

    expect(code((await call(REFRESH, {}, { cookie: first.cookie })).body)).toBe('UNAUTHENTICATED');
    expect(code((await call(REFRESH, {}, { cookie: third.cookie })).body)).toBe('UNAUTHENTICATED');
    expect(code((await call('{ me { id } }', {}, { token: third.body.data.refreshSession.accessToken })).body)).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session at once: its access token and its refresh token stop working', async () => {
    const session = await login('opgc@example.org');
    expect((await call('mutation { logout }', {}, { cookie: session.cookie })).body.data.logout).toBe(true);
    expect(code((await call('{ me { id } }', {}, { token: session.token })).body)).toBe('UNAUTHENTICATED');
    expect(code((await call(REFRESH, {}, { cookie: session.cookie })).body)).toBe('UNAUTHENTICATED');
  });

  it('logout with only the bearer token ends its session: that token and the session\'s refresh cookie stop working', async () => {
    const session = await login('opgc@example.org');
    expect((await call('mutation { logout }', {}, { token: session.token })).body.data.logout).toBe(true);
    expect(code((await call('{ me { id } }', {}, { token: session.token })).body)).toBe('UNAUTHENTICATED');
    expect(code((await call(REFRESH, {}, { cookie: session.cookie })).body)).toBe('UNAUTHENTICATED');
  });

  it('refuses the access token of a session past its end, before the token itself expires', async () => {
    const session = await login('opgc@example.org');
    await server.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [sessionOf(session.token)]);
    expect(code((await call('{ me { id } }', {}, { token: session.token })).body)).toBe('UNAUTHENTICATED');
  });

  it('lists a user\'s sessions and lets them sign another device out', async () => {
    const laptop = await login('citizen@example.org');
    const phone = await login('citizen@example.org');
    const sessions = (await call('{ mySessions { id userAgent createdAt lastUsedAt } }', {}, { token: laptop.token })).body.data.mySessions;
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const phoneSession = (jwt.decode(phone.token) as jwt.JwtPayload).sid;
    const revoke = await call('mutation($id: ID!) { revokeSession(id: $id) }', { id: phoneSession }, { token: laptop.token });
    expect(revoke.body.data.revokeSession).toBe(true);
    expect(code((await call('{ me { id } }', {}, { token: phone.token })).body)).toBe('UNAUTHENTICATED');
    expect((await call('{ me { id } }', {}, { token: laptop.token })).body.data.me).not.toBeNull();
  });

  it('refuses a weak new password and changes a good one, signing out every other session', async () => {
    const here = await login('admin@example.org');
    const elsewhere = await login('admin@example.org');
    const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';

    const weak = await call(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'password1234' } }, { token: here.token });
    expect(weak.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

    const changed = await call(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'a-much-better-passphrase' } }, { token: here.token });
    expect(changed.body.data.changePassword).toBe(true);
    expect(code((await call('{ me { id } }', {}, { token: elsewhere.token })).body)).toBe('UNAUTHENTICATED');
    expect((await call('{ me { id } }', {}, { token: here.token })).body.data.me).not.toBeNull();
    expect(code((await login('admin@example.org')).body)).toBe('UNAUTHENTICATED');
    expect((await login('admin@example.org', 'a-much-better-passphrase')).body.data.login.user.role).toBe('ADMIN');
  });
});
