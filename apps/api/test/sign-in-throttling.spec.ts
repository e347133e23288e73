import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningServer } from '../src/server.js';
import { clientFor, DEMO_PASSWORD, errorCode, type GraphqlAnswer } from './client.js';
import { startTestServer } from './harness.js';

// Each test guesses from addresses of its own (X-Forwarded-For, trusted from loopback), so the budgets do not mix.
let server: RunningServer;
let client: ReturnType<typeof clientFor>;
beforeAll(async () => {
  server = await startTestServer({
    RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT_AND_IP: '5',
    RATE_LIMIT_LOGIN_FAILURES_PER_IP: '12',
    RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: '20',
  });
  client = clientFor(server);
});
afterAll(() => server.stop());

const guess = (email: string, from: string, cookie?: string) => client.login(email, 'a-wrong-guess', { from, cookie });
const signIn = (email: string, from: string, cookie?: string) => client.login(email, DEMO_PASSWORD, { from, cookie });
const signedIn = (answer: GraphqlAnswer) => Boolean(answer.body.data?.login?.accessToken);

describe('wrong passwords', () => {
  it('lets only 5 of 10 concurrent guesses at one account from one address be checked; then that address is refused', async () => {
    const from = '203.0.113.10';
    const answers = await Promise.all(Array.from({ length: 10 }, () => guess('cso@example.org', from)));
    const codes = answers.map(errorCode);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(5);
    expect(errorCode(await signIn('cso@example.org', from))).toBe('RATE_LIMITED');
  });

  it('answers an unknown e-mail exactly like a member\'s, attempt after attempt, with the wait in whole minutes', async () => {
    const codes: unknown[] = [];
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      const member = await guess('citizen@example.org', '203.0.113.20');
      const nobody = await guess('nobody-here@example.org', '203.0.113.21');
      expect(nobody.body).toEqual(member.body);
      expect(nobody.setCookie).toEqual(member.setCookie);
      codes.push(errorCode(member));
    }
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), ...Array(3).fill('RATE_LIMITED')]);
    const refusal = (await guess('citizen@example.org', '203.0.113.20')).body.errors![0];
    expect(refusal.message).toBe('Too many failed sign-ins; try again in 15 minutes');
    expect(refusal.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 900 });
  });
});

describe('a stranger cannot lock a member out', () => {
  it('refuses the stranger, but the member signs in from another address, and at the stranger\'s address on a known device', async () => {
    const home = await signIn('cso2@example.org', '198.51.100.7');
    expect(home.deviceCookie).toMatch(/^ogp_device=[\w-]{22}\.[\w-]{43}$/);
    // The stranger has a known device too, but for their own account: it buys nothing against another.
    const strangersOwn = await signIn('citizen@example.org', '203.0.113.30');

    const strangers = [];
    for (let attempt = 0; attempt < 6; attempt += 1) strangers.push(errorCode(await guess('cso2@example.org', '203.0.113.30', strangersOwn.deviceCookie)));
    expect(strangers.at(-1)).toBe('RATE_LIMITED');

    expect(signedIn(await signIn('cso2@example.org', '198.51.100.8'))).toBe(true);
    expect(signedIn(await signIn('cso2@example.org', '203.0.113.30', home.deviceCookie))).toBe(true);
  });

  it('after failures from many addresses refuses new devices for the account, never the member\'s known one', async () => {
    const office = await signIn('mois@example.org', '198.51.100.20');
    for (const from of ['203.0.113.41', '203.0.113.42', '203.0.113.43', '203.0.113.44']) {
      for (let attempt = 0; attempt < 5; attempt += 1) expect(errorCode(await guess('mois@example.org', from))).toBe('UNAUTHENTICATED');
    }
    // 20 failures in the hour: the account's ceiling. A new device is refused even with the right password…
    expect(errorCode(await signIn('mois@example.org', '198.51.100.21'))).toBe('RATE_LIMITED');
    // …while the office computer keeps its own budget: a typo is just a typo, and the right password gets in.
    expect(errorCode(await guess('mois@example.org', '198.51.100.20', office.deviceCookie))).toBe('UNAUTHENTICATED');
    expect(signedIn(await signIn('mois@example.org', '198.51.100.20', office.deviceCookie))).toBe(true);
  });

  it('refuses an address spraying many e-mails, but not the same members elsewhere', async () => {
    const from = '203.0.113.50';
    for (let n = 0; n < 12; n += 1) expect(errorCode(await guess(`sprayed-${n}@example.org`, from))).toBe('UNAUTHENTICATED');
    expect(errorCode(await signIn('opgc@example.org', from))).toBe('RATE_LIMITED');
    expect(signedIn(await signIn('opgc@example.org', '198.51.100.50'))).toBe(true);
  });

  it('gives a known device 10 wrong passwords of its own, and forgets them when the right one comes', async () => {
    const laptop = await signIn('acrc@example.org', '198.51.100.60');
    for (let attempt = 0; attempt < 9; attempt += 1) expect(errorCode(await guess('acrc@example.org', '198.51.100.60', laptop.deviceCookie))).toBe('UNAUTHENTICATED');
    expect(signedIn(await signIn('acrc@example.org', '198.51.100.60', laptop.deviceCookie))).toBe(true);
    const codes = [];
    for (let attempt = 0; attempt < 11; attempt += 1) codes.push(errorCode(await guess('acrc@example.org', '198.51.100.60', laptop.deviceCookie)));
    expect(codes).toEqual([...Array(10).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
  });
});

describe('the address the budgets count by', () => {
  /**
   * A proxy as the shipped nginx is one: it forwards from its own address (127.0.0.2) and appends the address it was
   * reached from to X-Forwarded-For ($proxy_add_x_forwarded_for), keeping whatever the client sent before it.
   */
  async function startProxy(upstream: string): Promise<{ url: string; close: () => Promise<void> }> {
    const target = new URL(upstream);
    const proxy = http.createServer((incoming, outgoing) => {
      const forwarded = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress].filter(Boolean).join(', ');
      const upstreamRequest = http.request(
        { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, localAddress: '127.0.0.2', headers: { ...incoming.headers, 'x-forwarded-for': forwarded } },
        (answer) => {
          outgoing.writeHead(answer.statusCode!, answer.headers);
          answer.pipe(outgoing);
        },
      );
      incoming.pipe(upstreamRequest);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => proxy.close(() => resolve())) };
  }

  /** A wrong password sent from one of the loopback addresses (a visitor's machine), to the proxy or straight to the api. */
  async function guessFrom(url: string, localAddress: string, forwardedFor?: string): Promise<string> {
    const body = JSON.stringify({ query: 'mutation { login(email: "cso@example.org", password: "a-wrong-guess") { accessToken } }' });
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
    const answer = await new Promise<string>((resolve, reject) => {
      const req = http.request(`${url}/graphql`, { method: 'POST', localAddress, headers }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end(body);
    });
    return JSON.parse(answer).errors[0].extensions.code;
  }

  const fiveThenRefused = [...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED'];

  // TRUST_PROXY names the proxy, or counts one hop (for an api that only its proxy can reach, as in docker-compose.yml).
  describe.each(['127.0.0.2', '1'])('with TRUST_PROXY=%s', (trustProxy) => {
    let api: RunningServer;
    let proxy: Awaited<ReturnType<typeof startProxy>>;
    beforeAll(async () => {
      api = await startTestServer({ TRUST_PROXY: trustProxy, RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT_AND_IP: '5' });
      proxy = await startProxy(api.url);
    });
    afterAll(async () => {
      await proxy.close();
      await api.stop();
    });

    it('gives two visitors behind the proxy a budget each', async () => {
      const first = [];
      for (let n = 0; n < 6; n += 1) first.push(await guessFrom(proxy.url, '127.0.0.11'));
      expect(first).toEqual(fiveThenRefused);
      const second = [];
      for (let n = 0; n < 6; n += 1) second.push(await guessFrom(proxy.url, '127.0.0.12'));
      expect(second).toEqual(fiveThenRefused);
    });

    it('ignores what a visitor writes into X-Forwarded-For before the proxy appends its real address', async () => {
      const codes = [];
      for (let n = 0; n < 6; n += 1) codes.push(await guessFrom(proxy.url, '127.0.0.13', `203.0.113.${n}`));
      expect(codes).toEqual(fiveThenRefused);
    });
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy: a made-up header buys no fresh budget', async () => {
    const direct = await startTestServer({ TRUST_PROXY: '127.0.0.2' });
    try {
      const codes = [];
      for (let n = 0; n < 6; n += 1) codes.push(await guessFrom(direct.url, '127.0.0.14', `203.0.113.${100 + n}`));
      expect(codes).toEqual(fiveThenRefused);
    } finally {
      await direct.stop();
    }
  });
});
