import { THREAD_EVENT_TYPES, type Ack, type ReplayPage, type SubjectRef, type SubscribeRequest, type ThreadEventPayload, type ThreadEventType } from './live.js';

/**
 * A client's copy of one subject's event log, handed on in `seq` order and each event once, however it arrived.
 *
 * Live events of one subject can arrive out of order (two api instances publish independently; a live event can
 * overtake the replay that a subscription starts, because the room is joined first), and one can be lost on the way.
 * So the feed never trusts the highest `seq` it saw: it hands on only what follows without a gap, keeps later events
 * until the missing ones come, and resumes after the last `seq` with nothing missing before it.
 */
export class ThreadFeed<E extends { seq: number } = ThreadEventPayload> {
  private contiguous: number;
  private readonly waiting = new Map<number, E>();

  constructor(afterSeq = 0) {
    this.contiguous = afterSeq;
  }

  /** Every event up to this `seq` has been handed on: where a replay resumes. */
  get lastContiguousSeq(): number {
    return this.contiguous;
  }

  /** Events are waiting for an earlier one that has not come. */
  get hasGap(): boolean {
    return this.waiting.size > 0;
  }

  /** Takes an event, live or replayed; returns the events now in order (none for a repeat, or one after a gap). */
  receive(event: E): E[] {
    if (event.seq <= this.contiguous || this.waiting.has(event.seq)) return [];
    this.waiting.set(event.seq, event);
    return this.release();
  }

  /**
   * The server has sent every event up to `seq` (a replay's `lastSeq`): numbers still missing below it do not exist, so
   * what waited behind them is handed on.
   */
  caughtUpTo(seq: number): E[] {
    const ready = [...this.waiting.values()].filter((event) => event.seq <= seq).sort((x, y) => x.seq - y.seq);
    for (const event of ready) this.waiting.delete(event.seq);
    this.contiguous = Math.max(this.contiguous, seq);
    return [...ready, ...this.release()];
  }

  private release(): E[] {
    const ready: E[] = [];
    for (let next = this.waiting.get(this.contiguous + 1); next; next = this.waiting.get(this.contiguous + 1)) {
      this.waiting.delete(next.seq);
      this.contiguous = next.seq;
      ready.push(next);
    }
    return ready;
  }
}

/** What `followThread` needs of a Socket.IO client connection to `/live` (socket.io-client's Socket is one). */
export interface LiveConnection {
  readonly connected: boolean;
  on(event: ThreadEventType | 'connect' | 'disconnect', listener: (...args: any[]) => void): unknown;
  off(event: ThreadEventType | 'connect' | 'disconnect', listener: (...args: any[]) => void): unknown;
  emit(event: 'subscribe' | 'replay', request: SubscribeRequest, ack: (result: Ack<ReplayPage>) => void): unknown;
}

export type FollowState = 'connecting' | 'catching-up' | 'live' | 'reconnecting';

export interface FollowOptions {
  /** Where the client already is: events up to this `seq` are not asked for again. */
  afterSeq?: number;
  /** The subject's events, in `seq` order and each once. */
  onEvents: (events: ThreadEventPayload[]) => void;
  onState?: (state: FollowState) => void;
  /** How long events may wait behind a missing one (probably still on its way) before it is asked for by replay. */
  gapWaitMs?: number;
}

/** Most of the time a missing event is only late: another instance's broadcast, or the replay still being sent. */
export const GAP_WAIT_MS = 500;

/**
 * Follows a subject's thread on a `/live` connection: subscribes on every (re)connect after the last contiguous `seq`,
 * pages through the replay until it is current, and fills a gap (events that waited `gapWaitMs` behind a missing one)
 * by asking for a replay from before it. Returns the function that stops following (it does not unsubscribe: the
 * connection may follow the subject elsewhere too).
 */
export function followThread(connection: LiveConnection, subject: SubjectRef, options: FollowOptions): () => void {
  const feed = new ThreadFeed<ThreadEventPayload>(options.afterSeq ?? 0);
  const gapWaitMs = options.gapWaitMs ?? GAP_WAIT_MS;
  let asking = false;
  /** Answers to requests sent on a connection that has since dropped are ignored. */
  let connectionNumber = 0;
  let gapTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const setState = (state: FollowState) => !stopped && options.onState?.(state);
  const hand = (events: ThreadEventPayload[]) => events.length > 0 && !stopped && options.onEvents(events);

  const watchGap = () => {
    clearTimeout(gapTimer);
    gapTimer = undefined;
    if (feed.hasGap && !asking && connection.connected) gapTimer = setTimeout(() => ask('replay'), gapWaitMs);
  };

  // One request at a time: each answer says where the next page starts, or that the thread is current.
  const ask = (event: 'subscribe' | 'replay') => {
    if (stopped || asking) return;
    asking = true;
    clearTimeout(gapTimer);
    const sentOn = connectionNumber;
    const onAnswer = (ack: Ack<ReplayPage>) => {
      if (stopped || sentOn !== connectionNumber) return;
      asking = false;
      if (!ack.ok) return setState('reconnecting');
      // Everything up to lastSeq was sent before this answer, on this same connection.
      hand(feed.caughtUpTo(ack.data.lastSeq));
      if (ack.data.more) return ask('replay');
      setState('live');
      watchGap();
    };
    if (event === 'subscribe') setState('catching-up');
    connection.emit(event, { ...subject, afterSeq: feed.lastContiguousSeq }, onAnswer);
  };

  const onEvent = (event: ThreadEventPayload) => {
    if (event.subjectType !== subject.subjectType || event.subjectId !== subject.subjectId) return;
    hand(feed.receive(event));
    if (!feed.hasGap) {
      clearTimeout(gapTimer);
      gapTimer = undefined;
    } else if (!gapTimer) watchGap();
  };
  const onConnect = () => {
    connectionNumber += 1;
    asking = false;
    ask('subscribe');
  };
  const onDisconnect = () => {
    clearTimeout(gapTimer);
    gapTimer = undefined;
    setState('reconnecting');
  };

  // Every kind of event counts for the order, also those this follower does not show: they share the subject's `seq`.
  for (const type of THREAD_EVENT_TYPES) connection.on(type, onEvent);
  connection.on('connect', onConnect);
  connection.on('disconnect', onDisconnect);
  setState('connecting');
  if (connection.connected) ask('subscribe');

  return () => {
    stopped = true;
    clearTimeout(gapTimer);
    for (const type of THREAD_EVENT_TYPES) connection.off(type, onEvent);
    connection.off('connect', onConnect);
    connection.off('disconnect', onDisconnect);
  };
}
