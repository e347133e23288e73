import { SubjectType, type ClientToServerEvents, type PresencePayload, type ServerToClientEvents, type SubjectRef, type ThreadEventPayload } from '@ogp-forum/domain';
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { RefreshSessionMutation } from './auth-documents';
import { accessToken, adoptSession, useSession } from './session';
import { client } from './urql';

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: LiveSocket | null = null;

/** The one connection to `/live`; it sends the current access token each time it (re)connects. */
function liveSocket(): LiveSocket {
  if (socket) return socket;
  socket = io('/live', { auth: (send) => send(accessToken() ? { token: accessToken() } : {}), transports: ['websocket', 'polling'] });
  // The server warns before the token runs out: refresh it and hand the new one over, keeping the connection.
  socket.on('auth:expired', async () => {
    const result = await client.mutation(RefreshSessionMutation, {}).toPromise();
    const token = adoptSession(result.data?.refreshSession);
    if (token) socket?.emit('authenticate', { token }, () => undefined);
  });
  return socket;
}

export type ConnectionState = 'connecting' | 'live' | 'reconnecting';

/**
 * A subject's thread, live: replayed from the server after the last `seq` this page has, on every (re)connect, so a
 * dropped connection loses nothing. Entries are kept by `seq` (repeats are dropped) and listed in thread order.
 */
export function useThread(subject: SubjectRef) {
  const session = useSession();
  const [entries, setEntries] = useState<Map<number, ThreadEventPayload>>(new Map());
  const [state, setState] = useState<ConnectionState>('connecting');
  const [presence, setPresence] = useState<PresencePayload | null>(null);
  const [typing, setTyping] = useState<Map<string, { name: string; until: number }>>(new Map());
  const lastSeq = useRef(0);
  const signedInAs = session.status === 'signedIn' ? session.user.id : null;

  useEffect(() => {
    const live = liveSocket();
    const mine = (event: SubjectRef) => event.subjectType === subject.subjectType && event.subjectId === subject.subjectId;
    const onEvent = (event: ThreadEventPayload) => {
      if (!mine(event)) return;
      lastSeq.current = Math.max(lastSeq.current, event.seq);
      setEntries((current) => (current.has(event.seq) ? current : new Map(current).set(event.seq, event)));
    };
    const subscribe = () => {
      live.emit('subscribe', { ...subject, afterSeq: lastSeq.current }, (ack) => setState(ack.ok ? 'live' : 'reconnecting'));
    };
    const onDisconnect = () => setState('reconnecting');
    const onPresence = (event: PresencePayload) => mine(event) && setPresence(event);
    const onTyping = (event: { user: { id: string; displayName: string } } & SubjectRef) => {
      if (!mine(event)) return;
      setTyping((current) => new Map(current).set(event.user.id, { name: event.user.displayName, until: Date.now() + 4000 }));
    };
    const types = ['comment:created', 'comment:updated', 'comment:hidden', 'update:posted'] as const;
    types.forEach((type) => live.on(type, onEvent));
    live.on('connect', subscribe);
    live.on('disconnect', onDisconnect);
    live.on('presence', onPresence);
    live.on('typing', onTyping);
    if (live.connected) subscribe();
    return () => {
      types.forEach((type) => live.off(type, onEvent));
      live.off('connect', subscribe);
      live.off('disconnect', onDisconnect);
      live.off('presence', onPresence);
      live.off('typing', onTyping);
      live.emit('unsubscribe', subject, () => undefined);
    };
  }, [subject.subjectType, subject.subjectId]);

  // Signing in or out changes who the connection speaks for: reconnect with the new token.
  useEffect(() => {
    const live = liveSocket();
    if (live.connected) {
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
 * A meeting's live events ('meeting:agenda-item' when the chair moves through the agenda, 'meeting:minutes' when someone
 * saves the draft), replayed after the last `seq` seen on every (re)connect. Kept apart from `useThread` because these
 * are not thread entries: the page applies them to its own state through `onEvent`.
 */
export function useMeetingEvents(meetingId: string | undefined, onEvent: (event: ThreadEventPayload) => void) {
  const [state, setState] = useState<ConnectionState>('connecting');
  const lastSeq = useRef(0);
  const listener = useRef(onEvent);
  listener.current = onEvent;

  useEffect(() => {
    if (!meetingId) return;
    const live = liveSocket();
    const subject: SubjectRef = { subjectType: SubjectType.MEETING, subjectId: meetingId };
    lastSeq.current = 0;
    const handle = (event: ThreadEventPayload) => {
      if (event.subjectType !== subject.subjectType || event.subjectId !== subject.subjectId || event.seq <= lastSeq.current) return;
      lastSeq.current = event.seq;
      listener.current(event);
    };
    const subscribe = () => {
      live.emit('subscribe', { ...subject, afterSeq: lastSeq.current }, (ack) => setState(ack.ok ? 'live' : 'reconnecting'));
    };
    const onDisconnect = () => setState('reconnecting');
    const types = ['meeting:agenda-item', 'meeting:minutes'] as const;
    types.forEach((type) => live.on(type, handle));
    live.on('connect', subscribe);
    live.on('disconnect', onDisconnect);
    if (live.connected) subscribe();
    return () => {
      types.forEach((type) => live.off(type, handle));
      live.off('connect', subscribe);
      live.off('disconnect', onDisconnect);
      live.emit('unsubscribe', subject, () => undefined);
    };
  }, [meetingId]);

  return state;
}

/** Calls back with the unread notification count whenever it changes; returns the unsubscribe function. */
export function onNotification(listener: (unreadCount: number) => void): () => void {
  const live = liveSocket();
  const handler = (event: { unreadCount: number }) => listener(event.unreadCount);
  live.on('notification', handler);
  return () => void live.off('notification', handler);
}
