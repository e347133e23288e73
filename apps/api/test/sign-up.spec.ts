import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { outbox, startTestServer } from './harness.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
let commitmentId: string;

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
  [{ id: commitmentId }] = await server.dataSource.query(`SELECT id FROM commitments WHERE code = '1-a'`);
});
afterAll(() => server.stop());

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) }';
const VERIFY = 'mutation($token: String!) { verifyEmail(token: $token) { accessToken user { id email displayName role locale localeChosen } } }';
const COMMENT = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id body } }';
const PASSWORD = 'a long walk by the han river';

let visitors = 0;
/** A sign-up from an address of its own, so that the per-address budget (tested on its own below) stays out of the way. */
const signUp = (email: string, extra: Record<string, unknown> = {}) =>
  client.call(SIGN_UP, { input: { email, displayName: 'Kim Citizen', password: PASSWORD, locale: 'ko', ...extra } }, { from: `198.51.100.${(visitors += 1)}` });

/** The e-mails to an address, newest last. */
const mailsTo = async (email: string) => (await outbox()).filter((mail) => mail.to === email);

const verificationToken = (text: string) => /\/verify-email\/([\w-]+)/.exec(text)?.[1];

describe('a citizen signs up', () => {
  it('gets a one-time link by e-mail, which creates a CITIZEN account in their language and signs it in', async () => {
    expect((await client.call('{ signUpOpen }')).body.data.signUpOpen).toBe(true);
    const answer = await signUp('new.citizen@example.org');
    expect(answer.body).toEqual({ data: { signUp: true } });

    const [mail] = await mailsTo('new.citizen@example.org');
    expect(mail.file).toMatch(/\.eml$/);
    expect(mail.subject).toBe('OGP 포럼 이메일 주소 확인 / Confirm your e-mail address for the OGP Forum');
    expect(mail.text).toContain('Kim Citizen님, 안녕하세요.');
    const token = verificationToken(mail.text)!;
    expect(token).toBeDefined();

    // Before the link is opened there is no account to sign in to.
    expect(errorCode(await client.login('new.citizen@example.org', PASSWORD))).toBe('UNAUTHENTICATED');

    const verified = await client.call(VERIFY, { token });
    expect(verified.body.errors).toBeUndefined();
    expect(verified.body.data.verifyEmail.user).toMatchObject({ email: 'new.citizen@example.org', displayName: 'Kim Citizen', role: 'CITIZEN', locale: 'ko', localeChosen: true });
    expect(verified.cookie).toBeDefined();

    // The link works once.
    expect(errorCode(await client.call(VERIFY, { token }))).toBe('NOT_FOUND');

    // The password chosen at sign-up signs in, and the citizen may now comment.
    const { token: accessToken } = await client.login('new.citizen@example.org', PASSWORD);
    const posted = await client.call(COMMENT, { input: { subjectType: 'COMMITMENT', subjectId: commitmentId, body: '좋은 과제입니다' } }, { token: accessToken });
    expect(posted.body.errors).toBeUndefined();
    expect(posted.body.data.postComment.body).toBe('좋은 과제입니다');
    const audit = await server.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1`, [verified.body.data.verifyEmail.user.id]);
    expect(audit).toEqual([{ action: 'member.signed_up' }]);
  });

  it('cannot post or sign in until the address is confirmed', async () => {
    await signUp('unconfirmed@example.org');
    expect(await mailsTo('unconfirmed@example.org')).toHaveLength(1);
    const login = await client.login('unconfirmed@example.org', PASSWORD);
    expect(errorCode(login)).toBe('UNAUTHENTICATED');
    expect(login.token).toBeUndefined();
    const posted = await client.call(COMMENT, { input: { subjectType: 'COMMITMENT', subjectId: commitmentId, body: 'Hello' } });
    expect(errorCode(posted)).toBe('UNAUTHENTICATED');
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'unconfirmed@example.org'`)).toEqual([{ n: 0 }]);
  });

  it('answers a taken address exactly like a new one, and tells the owner instead of sending a link', async () => {
    const taken = await signUp('citizen@example.org', { password: 'somebody elses passphrase' });
    const fresh = await signUp('fresh.address@example.org', { password: 'somebody elses passphrase' });
    expect(taken.status).toBe(fresh.status);
    expect(taken.body).toEqual(fresh.body);
    expect(taken.body).toEqual({ data: { signUp: true } });

    const [notice] = await mailsTo('citizen@example.org');
    expect(notice.subject).toBe('Someone tried to sign up with your address / 누군가 회원님의 주소로 가입하려 했습니다');
    expect(verificationToken(notice.text)).toBeUndefined();
    expect(notice.text).toMatch(/http:\/\/\S+\/login/);
    // The member's password is untouched.
    expect((await client.login('citizen@example.org')).token).toBeDefined();
    expect(errorCode(await client.login('citizen@example.org', 'somebody elses passphrase'))).toBe('UNAUTHENTICATED');
  });

  it('keeps the password chosen with each link: a later sign-up for the same address cannot swap it', async () => {
    await signUp('twice@example.org', { password: 'the first passphrase here' });
    await signUp('twice@example.org', { password: 'an intruders passphrase', displayName: 'Intruder' });
    const [first, second] = (await mailsTo('twice@example.org')).map((mail) => verificationToken(mail.text)!);
    const verified = await client.call(VERIFY, { token: first });
    expect(verified.body.data.verifyEmail.user.displayName).toBe('Kim Citizen');
    expect((await client.login('twice@example.org', 'the first passphrase here')).token).toBeDefined();
    expect(errorCode(await client.login('twice@example.org', 'an intruders passphrase'))).toBe('UNAUTHENTICATED');
    // The address is proven; the other link is spent.
    expect(errorCode(await client.call(VERIFY, { token: second }))).toBe('NOT_FOUND');
  });

  it('holds sign-ups to the password rules, before anything is recorded', async () => {
    const weak = await signUp('weak@example.org', { password: 'password1234' });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(weak.body.errors![0].extensions!.field).toBe('password');
    const short = await signUp('short@example.org', { password: 'short' });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(await mailsTo('weak@example.org')).toHaveLength(0);
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM sign_ups WHERE email IN ('weak@example.org', 'short@example.org')`)).toEqual([{ n: 0 }]);
  });

  it('sends one address at most three e-mails an hour, with the same answer every time', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await signUp('flooded@example.org', {}).then((a) => a.body))).toEqual({ data: { signUp: true } });
    }
    expect(await mailsTo('flooded@example.org')).toHaveLength(3);
  });
});

describe('account settings', () => {
  const UPDATE = 'mutation($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { displayName locale } }';

  it('lets a member change their own name and language, which then chooses the language of their errors', async () => {
    const { token } = await client.login('cso2@example.org');
    // Invited in English by the secretariat: not a choice of the member's own, so the web keeps the browser's language.
    expect((await client.call('{ me { locale localeChosen } }', {}, { token })).body.data.me).toEqual({ locale: 'en', localeChosen: false });
    const updated = await client.call(UPDATE, { input: { displayName: '  Transparent Society  ', locale: 'ko' } }, { token });
    expect(updated.body.data.updateMyAccount).toEqual({ displayName: 'Transparent Society', locale: 'ko' });
    expect((await client.call('{ me { displayName locale localeChosen } }', {}, { token })).body.data.me).toEqual({ displayName: 'Transparent Society', locale: 'ko', localeChosen: true });

    const refused = await client.call('{ members { totalCount } }', {}, { token });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.body.errors![0].message).toBe('이 작업을 할 권한이 없습니다');

    const blank = await client.call(UPDATE, { input: { displayName: '\u200b ' } }, { token });
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.call(UPDATE, { input: { locale: 'fr' } }, { token }))).toBe('BAD_USER_INPUT');
    await client.call(UPDATE, { input: { locale: 'en' } }, { token });
    expect((await client.call('{ members { totalCount } }', {}, { token })).body.errors![0].message).toBe('You are not allowed to do this');
  });
});

describe('errors in the visitor\'s language', () => {
  const ask = (query: string, variables: Record<string, unknown>, language?: string) => {
    const req = request(server.url).post('/graphql').set('content-type', 'application/json');
    if (language) req.set('accept-language', language);
    return req.send({ query, variables });
  };
  const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

  it('follows Accept-Language for visitors, keeping the code', async () => {
    const variables = { email: 'nobody@example.org', password: 'not the password at all' };
    const korean = await ask(LOGIN, variables, 'ko-KR,ko;q=0.9,en;q=0.5');
    expect(korean.body.errors[0]).toMatchObject({ message: '이메일 주소 또는 비밀번호가 틀렸습니다', extensions: { code: 'UNAUTHENTICATED' } });
    const english = await ask(LOGIN, variables, 'en-GB,ko;q=0.1');
    expect(english.body.errors[0].message).toBe('The e-mail address or the password is wrong');
    expect((await ask(LOGIN, variables)).body.errors[0].message).toBe('The e-mail address or the password is wrong');
  });

  it('words values and unknown things in Korean too', async () => {
    const missing = await ask('query($id: ID!) { commitment(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, 'ko');
    expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(missing.body.errors[0].message).toBe('과제 00000000-0000-4000-8000-000000000000을(를) 찾을 수 없습니다');
    const short = await ask(SIGN_UP, { input: { email: 'x@example.org', displayName: 'X', password: 'short', locale: 'en' } }, 'ko');
    expect(short.body.errors[0]).toMatchObject({ message: '12자 이상으로 하세요', extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
  });
});

// Last: these start servers of their own.
describe('sign-up throttling and closing', () => {
  it('refuses more sign-ups per minute from one address than RATE_LIMIT_SIGN_UPS_PER_IP with RATE_LIMITED', async () => {
    const throttled = await startTestServer({ RATE_LIMIT_SIGN_UPS_PER_IP: '2' });
    try {
      const other = clientFor(throttled);
      const input = { displayName: 'Lee', password: PASSWORD, locale: 'en' };
      const answers = [];
      for (const email of ['first.visitor@example.org', 'second.visitor@example.org', 'third.visitor@example.org']) {
        answers.push(await other.call(SIGN_UP, { input: { ...input, email } }, { from: '203.0.113.9' }));
      }
      expect(answers.map(errorCode)).toEqual([undefined, undefined, 'RATE_LIMITED']);
      expect(answers[2].body.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await throttled.stop();
    }
  });

  it('refuses every sign-up with FORBIDDEN (reason SIGNUP_CLOSED) when SIGNUP=closed', async () => {
    const closed = await startTestServer({ SIGNUP: 'closed' });
    try {
      const other = clientFor(closed);
      expect((await other.call('{ signUpOpen }')).body.data.signUpOpen).toBe(false);
      const refused = await other.call(SIGN_UP, { input: { email: 'closed@example.org', displayName: 'Park', password: PASSWORD, locale: 'en' } });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.body.errors![0].extensions!.reason).toBe('SIGNUP_CLOSED');
      expect(await closed.dataSource.query('SELECT count(*)::int AS n FROM sign_ups')).toEqual([{ n: 0 }]);
    } finally {
      await closed.stop();
    }
  });
});
