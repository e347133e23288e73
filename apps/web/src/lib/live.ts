import { followThread, roomOf, SubjectType, type ClientToServerEvents, type FollowState, type PresencePayload, type ServerToClientEvents, type SubjectRef, type ThreadEventPayload } from '@ogp-forum/domain';
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { accessToken, refreshSession, useSession } from './session';

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: LiveSocket | null = null;

/** The one connection to `/live`; it sends the current access token each time it (re)connects. */
function liveSocket(): LiveSocket {
  if (socket) return socket;
  socket = io('/live', { auth: (send) => send(accessToken() ? { token: accessToken() } : {}), transports: ['websocket', 'polling'] });
  // The server warns before the token runs out: refresh it and hand the new one over, keeping the connection.
  socket.on('auth:expired', async () => {
    const token = await refreshSession();
    if (token) socket?.emit('authenticate', { token }, () => undefined);
  });
  // The server closed the connection: the session ended (signed out elsewhere, or the member was deactivated), or its
  // token ran out. Ask for a new one: with it the connection comes back; without it the page turns to a visitor's at
  // once (whose connection the session change opens), rather than wait for the next click to fail. A visitor's
  // connection is closed only by a close meant for the member who just signed out on this page: it comes back as is.
  socket.on('disconnect', async (reason) => {
    if (reason !== 'io server disconnect') return;
    if (!accessToken() || (await refreshSession())) socket?.connect();
  });
  return socket;
}

export type ConnectionState = 'connecting' | 'live' | 'reconnecting';

/**
 * How many hooks on the page follow each subject. A page may follow one subject twice (a section's thread and its saves):
 * the socket leaves the room only when the last of them lets go, or the other would stop hearing it.
 */
const followers = new Map<string, number>();

function follow(subject: SubjectRef): void {
  const room = roomOf(subject);
  followers.set(room, (followers.get(room) ?? 0) + 1);
}

function unfollow(subject: SubjectRef): void {
  const room = roomOf(subject);
  const left = (followers.get(room) ?? 1) - 1;
  if (left > 0) return void followers.set(room, left);
  followers.delete(room);
  liveSocket().emit('unsubscribe', subject, () => undefined);
}

/** The events a thread shows; the subject's other events (a meeting's agenda moves, a section's saves) share its `seq`. */
const THREAD_ENTRY_TYPES = new Set<string>(['comment:created', 'comment:updated', 'comment:hidden', 'update:posted']);

/** The page's connection state, from the follower's: catching up keeps what the page showed until the replay is done. */
const connectionState = (state: FollowState, current: ConnectionState): ConnectionState => (state === 'catching-up' ? current : state);

/**
 * A subject's thread, live: replayed from the server after the last `seq` this page has with nothing missing before it,
 * on every (re)connect and page by page, so a dropped connection or a lost event loses nothing (followThread).
 * Entries are kept by `seq` and listed in thread order.
 */
export function useThread(subject: SubjectRef) {
  const session = useSession();
  const [entries, setEntries] = useState<Map<number, ThreadEventPayload>>(new Map());
  const [state, setState] = useState<ConnectionState>('connecting');
  const [presence, setPresence] = useState<PresencePayload | null>(null);
  const [typing, setTyping] = useState<Map<string, { name: string; until: number }>>(new Map());
  const signedInAs = session.status === 'signedIn' ? session.user.id : null;

  useEffect(() => {
    const live = liveSocket();
    const mine = (event: SubjectRef) => event.subjectType === subject.subjectType && event.subjectId === subject.subjectId;
    setEntries(new Map());
    const stopFollowing = followThread(live, subject, {
      onEvents: (events) => {
        const shown = events.filter((event) => THREAD_ENTRY_TYPES.has(event.type));
        if (shown.length) setEntries((current) => new Map([...current, ...shown.map((event) => [event.seq, event] as const)]));
      },
      onState: (next) => setState((current) => connectionState(next, current)),
    });
    const onPresence = (event: PresencePayload) => mine(event) && setPresence(event);
    const onTyping = (event: { user: { id: string; displayName: string } } & SubjectRef) => {
      if (!mine(event)) return;
      setTyping((current) => new Map(current).set(event.user.id, { name: event.user.displayName, until: Date.now() + 4000 }));
    };
    live.on('presence', onPresence);
    live.on('typing', onTyping);
    follow(subject);
    return () => {
      stopFollowing();
      live.off('presence', onPresence);
      live.off('typing', onTyping);
      unfollow(subject);
    };
  }, [subject.subjectType, subject.subjectId]);

  // Signing in or out changes who the connection speaks for: reconnect with the new token. Signing out also closes it
  // from the server's side (the session ended), after which socket.io does not come back by itself (`active` is false).
  useEffect(() => {
    const live = liveSocket();
    if (live.connected || !live.active) {
      live.disconnect();
      live.connect();
    }
  }, [signedInAs]);

  // Typing indicators fade after a few seconds without news.
  useEffect(() => {
    if (!typing.size) return;
    const timer = setInterval(() => {
      setTyping((current) => {
        const now = Date.now();
        const next = new Map([...current].filter(([, entry]) => entry.until > now));
        return next.size === current.size ? current : next;
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [typing.size]);

  return {
    state,
    presence,
    typing: [...typing.entries()].filter(([id]) => id !== signedInAs).map(([, entry]) => entry.name),
    /** The latest state of each comment and update, in thread order. */
    entries: latestBySubjectItem(entries),
    sendTyping: () => liveSocket().emit('typing', subject, () => undefined),
  };
}

/** Edits and hides arrive as later events about the same comment: keep its place (first seq), show its latest state. */
function latestBySubjectItem(entries: Map<number, ThreadEventPayload>): ThreadEventPayload[] {
  const byId = new Map<string, ThreadEventPayload>();
  for (const event of [...entries.values()].sort((a, b) => a.seq - b.seq)) {
    const earlier = byId.get(event.id);
    byId.set(event.id, earlier ? { ...event, seq: earlier.seq } : event);
  }
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * Live events of a subject that are not thread entries ('meeting:agenda-item', 'meeting:minutes', 'section:saved'),
 * in `seq` order and each once, replayed after the last contiguous `seq` on every (re)connect (followThread), and
 * handed to `onEvent`, which applies them to the page's state.
 */
export function useSubjectEvents(
  subject: SubjectRef | null,
  types: readonly ('meeting:agenda-item' | 'meeting:minutes' | 'section:saved' | 'draft:signed-off')[],
  onEvent: (event: ThreadEventPayload) => void,
) {
  const [state, setState] = useState<ConnectionState>('connecting');
  const listener = useRef(onEvent);
  listener.current = onEvent;
  const subjectType = subject?.subjectType;
  const subjectId = subject?.subjectId;
  const typeList = types.join(' ');

  useEffect(() => {
    if (!subjectType || !subjectId) return;
    const live = liveSocket();
    const followed: SubjectRef = { subjectType, subjectId };
    const wanted = new Set<string>(typeList.split(' '));
    // The first catch-up replays the whole log, mostly history the page already has from its query: only the last
    // event is handed on (these events describe the subject as it is now), in case it came after the query. Once live,
    // everything is handed on, also what a reconnect replays: it happened while away.
    let caughtUp = false;
    let latest: ThreadEventPayload | null = null;
    const stopFollowing = followThread(live, followed, {
      onEvents: (events) => {
        for (const event of events) {
          if (!wanted.has(event.type)) continue;
          if (caughtUp) listener.current(event);
          else latest = event;
        }
      },
      onState: (next) => {
        if (next === 'live' && !caughtUp) {
          caughtUp = true;
          if (latest) listener.current(latest);
          latest = null;
        }
        setState((current) => connectionState(next, current));
      },
    });
    follow(followed);
    return () => {
      stopFollowing();
      unfollow(followed);
    };
  }, [subjectType, subjectId, typeList]);

  return state;
}

const MEETING_EVENTS = ['meeting:agenda-item', 'meeting:minutes'] as const;

/** A meeting's live events: the chair moving through the agenda, and saves of the minutes draft. */
export function useMeetingEvents(meetingId: string | undefined, onEvent: (event: ThreadEventPayload) => void) {
  return useSubjectEvents(meetingId ? { subjectType: SubjectType.MEETING, subjectId: meetingId } : null, MEETING_EVENTS, onEvent);
}

/** Calls back with the unread notification count whenever it changes; returns the unsubscribe function. */
export function onNotification(listener: (unreadCount: number) => void): () => void {
  const live = liveSocket();
  const handler = (event: { unreadCount: number }) => listener(event.unreadCount);
  live.on('notification', handler);
  return () => void live.off('notification', handler);
}
