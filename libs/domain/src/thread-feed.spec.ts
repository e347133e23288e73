import { jest } from '@jest/globals';
import { SubjectType, type Ack, type ReplayPage, type SubscribeRequest, type ThreadEventPayload } from './live.js';
import { followThread, ThreadFeed, type LiveConnection } from './thread-feed.js';

const seqs = (events: { seq: number }[]) => events.map((event) => event.seq);

describe('ThreadFeed', () => {
  it.each([
    ['in order', [1, 2, 3], [[1], [2], [3]], 3],
    ['a repeat', [1, 2, 2, 1], [[1], [2], [], []], 2],
    ['one overtaken (14, 16, 15)', [14, 16, 15], [[], [], []], 0],
    ['one overtaken after 13', [13, 15, 14], [[], [], []], 0],
  ])('%s', (_case, received, handed, contiguous) => {
    const feed = new ThreadFeed<{ seq: number }>();
    expect(received.map((seq) => seqs(feed.receive({ seq })))).toEqual(handed);
    expect(feed.lastContiguousSeq).toBe(contiguous);
  });

  it('holds events behind a missing one and hands them on in order when it comes', () => {
    const feed = new ThreadFeed<{ seq: number }>(13);
    expect(seqs(feed.receive({ seq: 14 }))).toEqual([14]);
    expect(seqs(feed.receive({ seq: 16 }))).toEqual([]);
    expect(seqs(feed.receive({ seq: 17 }))).toEqual([]);
    expect(feed).toMatchObject({ hasGap: true, lastContiguousSeq: 14 });
    expect(seqs(feed.receive({ seq: 15 }))).toEqual([15, 16, 17]);
    expect(feed).toMatchObject({ hasGap: false, lastContiguousSeq: 17 });
  });

  it('skips numbers the server says do not exist once it has sent everything up to a seq', () => {
    const feed = new ThreadFeed<{ seq: number }>(2);
    feed.receive({ seq: 5 });
    feed.receive({ seq: 7 });
    expect(seqs(feed.caughtUpTo(5))).toEqual([5]);
    expect(feed).toMatchObject({ hasGap: true, lastContiguousSeq: 5 });
    expect(seqs(feed.receive({ seq: 6 }))).toEqual([6, 7]);
  });
});

/** A /live connection played by hand: the test decides what the server sends and when it answers. */
class FakeConnection implements LiveConnection {
  connected = true;
  readonly requests: { event: string; request: SubscribeRequest; answer: (page: ReplayPage) => void }[] = [];
  private readonly listeners = new Map<string, Set<(...args: any[]) => void>>();
  on(event: string, listener: (...args: any[]) => void) {
    this.listeners.set(event, (this.listeners.get(event) ?? new Set()).add(listener));
  }
  off(event: string, listener: (...args: any[]) => void) {
    this.listeners.get(event)?.delete(listener);
  }
  emit(event: 'subscribe' | 'replay', request: SubscribeRequest, ack: (result: Ack<ReplayPage>) => void) {
    this.requests.push({ event, request, answer: (page) => ack({ ok: true, data: page }) });
  }
  send(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

const subject = { subjectType: SubjectType.COMMITMENT, subjectId: '11111111-1111-4111-8111-111111111111' };
const event = (seq: number): ThreadEventPayload => ({ ...subject, id: `comment-${seq}`, seq, type: 'comment:created' });

describe('followThread', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function follow(connection: FakeConnection) {
    const handed: number[] = [];
    const states: string[] = [];
    const stop = followThread(connection, subject, { onEvents: (events) => handed.push(...seqs(events)), onState: (state) => states.push(state), gapWaitMs: 500 });
    return { handed, states, stop };
  }

  it('pages through a long absence until the thread is current', () => {
    const connection = new FakeConnection();
    const { handed, states } = follow(connection);
    expect(connection.requests.map(({ event, request }) => [event, request.afterSeq])).toEqual([['subscribe', 0]]);
    for (let seq = 1; seq <= 3; seq += 1) connection.send('comment:created', event(seq));
    connection.requests[0].answer({ replayed: 3, lastSeq: 3, more: true });
    expect(connection.requests.at(-1)).toMatchObject({ event: 'replay', request: { afterSeq: 3 } });
    connection.send('comment:created', event(4));
    connection.requests[1].answer({ replayed: 1, lastSeq: 4, more: false });
    expect(handed).toEqual([1, 2, 3, 4]);
    expect(states).toEqual(['connecting', 'catching-up', 'live']);
    expect(connection.requests).toHaveLength(2);
  });

  it('asks for a dropped event by replay after waiting for it, and resumes a reconnect from before the gap', () => {
    const connection = new FakeConnection();
    const { handed } = follow(connection);
    connection.requests[0].answer({ replayed: 0, lastSeq: 0, more: false });
    connection.send('comment:created', event(1));
    connection.send('comment:created', event(3)); // 2 was lost on the way
    jest.advanceTimersByTime(499);
    expect(connection.requests).toHaveLength(1);
    expect(handed).toEqual([1]);

    // The connection drops before the gap is filled: it resumes after 1, not after 3.
    connection.send('disconnect');
    jest.advanceTimersByTime(1000);
    expect(connection.requests).toHaveLength(1);
    connection.send('connect');
    expect(connection.requests.at(-1)).toMatchObject({ event: 'subscribe', request: { afterSeq: 1 } });
    connection.send('comment:created', event(2));
    connection.send('comment:created', event(3));
    connection.requests.at(-1)!.answer({ replayed: 2, lastSeq: 3, more: false });
    expect(handed).toEqual([1, 2, 3]);

    connection.send('comment:created', event(5)); // 4 lost again, while connected
    jest.advanceTimersByTime(500);
    expect(connection.requests.at(-1)).toMatchObject({ event: 'replay', request: { afterSeq: 3 } });
    connection.send('comment:created', event(4));
    connection.send('comment:created', event(5));
    connection.requests.at(-1)!.answer({ replayed: 2, lastSeq: 5, more: false });
    expect(handed).toEqual([1, 2, 3, 4, 5]);
  });

  it('asks nothing when the late event comes in time', () => {
    const connection = new FakeConnection();
    const { handed } = follow(connection);
    connection.requests[0].answer({ replayed: 0, lastSeq: 0, more: false });
    connection.send('comment:created', event(2));
    jest.advanceTimersByTime(200);
    connection.send('comment:created', event(1));
    jest.advanceTimersByTime(1000);
    expect(handed).toEqual([1, 2]);
    expect(connection.requests).toHaveLength(1);
  });

  it('counts events of every kind for the order, and ignores other subjects', () => {
    const connection = new FakeConnection();
    const { handed, stop } = follow(connection);
    connection.requests[0].answer({ replayed: 0, lastSeq: 0, more: false });
    connection.send('meeting:agenda-item', { ...event(1), type: 'meeting:agenda-item' });
    connection.send('comment:created', { ...event(1), subjectId: '22222222-2222-4222-8222-222222222222' });
    connection.send('comment:created', event(2));
    expect(handed).toEqual([1, 2]);
    stop();
    connection.send('comment:created', event(3));
    expect(handed).toEqual([1, 2]);
  });
});
