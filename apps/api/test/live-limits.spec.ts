import { SubjectType } from '@ogp-forum/domain';
import type { RunningServer } from '../src/server.js';
import { clientFor } from './client.js';
import { startTestServer } from './harness.js';
import { connectLive } from './live-process.js';

/**
 * The live limits count people, not connections: one event budget for all the connections of a member (of an address,
 * for visitors), and a cap on open connections per address. The address is the one the proxy forwards: the test client
 * is 127.0.0.1, a trusted proxy, and plays visitors with X-Forwarded-For.
 */

let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_LIVE_EVENTS_PER_USER: '10', LIVE_MAX_CONNECTIONS_PER_IP: '3' });
});
afterAll(() => server.stop());

const somewhere = { subjectType: SubjectType.MEETING, subjectId: '00000000-0000-4000-8000-000000000000' };

type Live = Awaited<ReturnType<typeof connectLive>>;

/** Sends `count` events on each connection at once and sorts the answers. */
async function spend(connections: Live[], count: number) {
  const answers = await Promise.all(connections.flatMap(({ socket }) => Array.from({ length: count }, () => socket.emitWithAck('unsubscribe', somewhere))));
  return { accepted: answers.filter((answer) => answer.ok).length, limited: answers.filter((answer) => !answer.ok && answer.code === 'RATE_LIMITED').length };
}

it("shares one event budget among a visitor's connections, and among a member's", async () => {
  const visitor = await Promise.all([1, 2, 3].map(() => connectLive(server.url, undefined, '203.0.113.10')));
  expect(await spend(visitor, 10)).toEqual({ accepted: 10, limited: 20 });
  // Another address has a budget of its own.
  const neighbour = await connectLive(server.url, undefined, '203.0.113.11');
  expect(await spend([neighbour], 1)).toEqual({ accepted: 1, limited: 0 });

  // A member's budget follows them from address to address.
  const { token } = await clientFor(server).login('cso@example.org');
  const member = await Promise.all(['203.0.113.20', '203.0.113.21'].map((from) => connectLive(server.url, token, from)));
  expect(await spend(member, 10)).toEqual({ accepted: 10, limited: 10 });
  for (const { socket } of [...visitor, neighbour, ...member]) socket.disconnect();
});

it('refuses connections past the cap of one address with RATE_LIMITED, and takes them again once one closes', async () => {
  const open = await Promise.all([1, 2, 3].map(() => connectLive(server.url, undefined, '198.51.100.7')));
  await expect(connectLive(server.url, undefined, '198.51.100.7')).rejects.toThrow('RATE_LIMITED');
  const { token } = await clientFor(server).login('cso2@example.org');
  await expect(connectLive(server.url, token, '198.51.100.7')).rejects.toThrow('RATE_LIMITED');
  // The cap is per address, not per proxy: a visitor elsewhere behind the same proxy connects.
  const elsewhere = await connectLive(server.url, undefined, '198.51.100.8');

  open[0].socket.disconnect();
  // The server hears of the close on another connection than the next attempt: try until it has.
  let again: Live | undefined;
  for (let attempt = 0; !again && attempt < 200; attempt += 1) {
    again = await connectLive(server.url, undefined, '198.51.100.7').catch(() => undefined);
  }
  expect(again?.socket.connected).toBe(true);
  for (const { socket } of [...open, elsewhere, again!]) socket.disconnect();
});
