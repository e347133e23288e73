import { Inject, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { OnEvent } from '@nestjs/event-emitter';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  Action,
  can,
  ErrorCode,
  roomOf,
  SubjectType,
  type Ack,
  type ClientToServerEvents,
  type ReplayPage,
  type ServerToClientEvents,
  type SubjectRef,
  type SubscribeRequest,
} from '@ogp-forum/domain';
import type { Application } from 'express';
import jwt from 'jsonwebtoken';
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { Namespace, Socket } from 'socket.io';
import { DataSource, In } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import { SESSION_ENDED, type SessionEnded } from '../auth/session-events.js';
import { BadUserInputError, DomainError, ForbiddenError, RateLimitedError, UnauthenticatedError } from '../common/errors/domain-errors.js';
import { Allow, ALLOW_KEY } from '../common/guards/allow.decorator.js';
import { RateLimitService } from '../common/rate-limit/rate-limit.service.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { SubjectAccessService } from '../discussion/subject-access.service.js';
import { ThreadEvent } from '../discussion/thread-event.entity.js';
import { NOTIFICATIONS_CHANGED, THREAD_EVENT, type NotificationsChanged, type ThreadEventsCommitted } from '../discussion/thread-events.js';
import { ThreadPayloadsService } from '../discussion/thread-payloads.service.js';
import { MEMBER_CHANGED, type MemberChanged } from '../members/member-events.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { User } from '../users/user.entity.js';
import { afterSeqOf, subjectOf, tokenOf } from './live-input.js';

/** What a connection carries; other instances read it through fetchSockets as JSON, so plain data only. */
interface SocketData {
  user: User | null;
  /** The session of the token the connection speaks with; `session:<id>` finds its connections to close them. */
  sessionId: string | null;
  /** The client's address, as Express sees it behind the proxy: the key of connection and event budgets when anonymous. */
  address: string;
}

/** Messages between api instances (serverSideEmit, carried by the adapter). */
interface InstanceEvents {
  /** A member's role or organisation changed: every instance re-checks its own connections of theirs. */
  'member:changed': (userId: string) => void;
}

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, InstanceEvents, SocketData>;

/** After its token expires, a connection has this long to send `authenticate` with a fresh one. */
const REAUTHENTICATE_GRACE_MS = 30_000;
/** Largest message a client may send; comments are posted over GraphQL, not here. */
export const LIVE_MAX_MESSAGE_BYTES = 16 * 1024;

const SUBJECT_TYPES = new Set<string>(Object.values(SubjectType));
/** How long presence waits for more comings and goings in the same room before it is sent. */
const PRESENCE_DELAY_MS = 250;

/**
 * The `/live` namespace (DESIGN.md §6). The token is checked on connect and again when it expires; rooms are per
 * subject and joined only by those who may read it; a subscription first replays the thread from the database after
 * the client's last `seq`, then live events follow. Events come from the domain after commit, never from services.
 * A session that ends closes its connections; a member whose role or organisation changes leaves the rooms the new
 * rights refuse.
 *
 * The event budget per person is counted in the store all instances share (RateLimitService). Open connections per
 * address are counted per api instance: behind the shipped nginx (ip_hash) an address always reaches the same one.
 */
@WebSocketGateway({ namespace: '/live', maxHttpBufferSize: LIVE_MAX_MESSAGE_BYTES })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnApplicationShutdown {
  @WebSocketServer()
  private namespace!: Namespace<ClientToServerEvents, ServerToClientEvents, InstanceEvents, SocketData>;

  private readonly logger = new Logger(LiveGateway.name);
  /** Open connections on this instance per client address. */
  private readonly connectionsByAddress = new Map<string, number>();
  /** Per connection on this instance, the timer that ends it with its token (a timer cannot travel in socket.data). */
  private readonly expiryTimers = new Map<string, NodeJS.Timeout>();
  /** Rooms whose presence is about to be sent. */
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly auth: AuthService,
    private readonly access: SubjectAccessService,
    private readonly payloads: ThreadPayloadsService,
    private readonly notifications: NotificationsService,
    private readonly rateLimits: RateLimitService,
    private readonly db: DataSource,
    private readonly http: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(namespace: Namespace<ClientToServerEvents, ServerToClientEvents, InstanceEvents, SocketData>): void {
    // A bad token refuses the connection itself; no token is a visitor, who may follow public threads.
    namespace.use(async (socket, next) => {
      const token: unknown = socket.handshake.auth?.token;
      Object.assign(socket.data, { user: null, sessionId: null, address: this.addressOf(socket.request) });
      try {
        if (token) {
          const { user, sessionId } = await this.auth.userForAccessToken(String(token));
          Object.assign(socket.data, { user, sessionId });
          this.watchExpiry(socket, String(token));
        }
        // Checked last, so that connections waiting for their token's check are counted once they are open.
        if ((this.connectionsByAddress.get(socket.data.address) ?? 0) >= this.config.liveMaxConnectionsPerIp) {
          throw new RateLimitedError('Too many live connections from your address; close some tabs');
        }
        next();
      } catch (error) {
        this.stopExpiryTimer(socket);
        if (!(error instanceof DomainError)) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        const { code, message } = error instanceof DomainError ? error : { code: ErrorCode.INTERNAL, message: 'Something went wrong on our side' };
        next(Object.assign(new Error(code), { data: { code, message } }));
      }
    });
    namespace.on('member:changed', (userId) => void this.recheckRooms(userId).catch((error: Error) => this.logger.error(error.message)));
  }

  async handleConnection(socket: LiveSocket): Promise<void> {
    this.connectionsByAddress.set(socket.data.address, (this.connectionsByAddress.get(socket.data.address) ?? 0) + 1);
    await this.joinAccountRooms(socket);
  }

  handleDisconnect(socket: LiveSocket): void {
    this.stopExpiryTimer(socket);
    const left = (this.connectionsByAddress.get(socket.data.address) ?? 1) - 1;
    if (left > 0) this.connectionsByAddress.set(socket.data.address, left);
    else this.connectionsByAddress.delete(socket.data.address);
    for (const room of socket.rooms) if (subjectOfRoom(room)) this.presenceChanged(room);
  }

  @Allow(Action.READ_PUBLIC)
  @SubscribeMessage('subscribe')
  async subscribe(@ConnectedSocket() socket: LiveSocket, @MessageBody() request: SubscribeRequest): Promise<Ack<ReplayPage>> {
    return this.handle(socket, 'subscribe', async () => {
      const subject = subjectOf(request);
      const afterSeq = afterSeqOf(request);
      await this.access.assertReadable(socket.data.user, subject);
      // Join first, then replay, so that nothing committed in between is missed. A live event can then overtake the
      // replay, and arrive twice: clients put events in seq order, drop repeats, and resume after the last contiguous seq.
      await socket.join(roomOf(subject));
      const page = await this.replayPage(socket, subject, afterSeq);
      this.presenceChanged(roomOf(subject));
      return page;
    });
  }

  /** The next page of a subscribed thread: a client more than a page behind asks until `more` is false. */
  @Allow(Action.READ_PUBLIC)
  @SubscribeMessage('replay')
  async replay(@ConnectedSocket() socket: LiveSocket, @MessageBody() request: SubscribeRequest): Promise<Ack<ReplayPage>> {
    return this.handle(socket, 'replay', async () => {
      const subject = subjectOf(request);
      const afterSeq = afterSeqOf(request);
      // In the room means allowed to read it: the room is left when the rights end (recheckRooms).
      if (!socket.rooms.has(roomOf(subject))) throw new BadUserInputError('Subscribe to the thread first');
      return this.replayPage(socket, subject, afterSeq);
    });
  }

  @Allow(Action.READ_PUBLIC)
  @SubscribeMessage('unsubscribe')
  async unsubscribe(@ConnectedSocket() socket: LiveSocket, @MessageBody() request: SubjectRef): Promise<Ack<null>> {
    return this.handle(socket, 'unsubscribe', async () => {
      const room = roomOf(subjectOf(request));
      await socket.leave(room);
      this.presenceChanged(room);
      return null;
    });
  }

  @Allow(Action.COMMENT)
  @SubscribeMessage('typing')
  async typing(@ConnectedSocket() socket: LiveSocket, @MessageBody() request: SubjectRef): Promise<Ack<null>> {
    return this.handle(socket, 'typing', async () => {
      const subject = subjectOf(request);
      const room = roomOf(subject);
      if (!socket.rooms.has(room)) throw new BadUserInputError('Subscribe to the thread first');
      const user = socket.data.user!;
      socket.to(room).emit('typing', { ...subject, user: { id: user.id, displayName: user.displayName } });
      return null;
    });
  }

  @Allow(Action.READ_PUBLIC)
  @SubscribeMessage('authenticate')
  async authenticate(@ConnectedSocket() socket: LiveSocket, @MessageBody() request: { token: string }): Promise<Ack<null>> {
    return this.handle(socket, 'authenticate', async () => {
      const token = tokenOf(request);
      const { user, sessionId } = await this.auth.userForAccessToken(token);
      if (socket.data.user && socket.data.user.id !== user.id) throw new ForbiddenError('A connection cannot change its user; reconnect');
      Object.assign(socket.data, { user, sessionId });
      await this.joinAccountRooms(socket);
      this.watchExpiry(socket, token);
      return null;
    });
  }

  /** Delivers committed thread events to the rooms of their subjects (on every api instance, through the adapter). */
  @OnEvent(THREAD_EVENT)
  async deliverThreadEvents({ eventIds }: ThreadEventsCommitted): Promise<void> {
    const events = await this.db.getRepository(ThreadEvent).find({ where: { id: In(eventIds) }, order: { seq: 'ASC' } });
    for (const payload of await this.payloads.payloads(events)) {
      this.namespace.to(roomOf(payload)).emit(payload.type, payload);
    }
  }

  @OnEvent(NOTIFICATIONS_CHANGED)
  async deliverUnreadCounts({ userIds }: NotificationsChanged): Promise<void> {
    for (const userId of userIds) {
      this.namespace.to(`user:${userId}`).emit('notification', { unreadCount: await this.notifications.unreadCount(userId) });
    }
  }

  /** Logout, revocation, a reused refresh token or a new password: the session's connections close, on every api instance. */
  @OnEvent(SESSION_ENDED)
  endSession({ sessionId }: SessionEnded): void {
    this.namespace.in(`session:${sessionId}`).disconnectSockets();
  }

  @OnEvent(MEMBER_CHANGED)
  async memberChanged({ userId }: MemberChanged): Promise<void> {
    // serverSideEmit reaches only the other instances; with the memory adapter there are none (and it would warn).
    if (this.config.liveAdapter !== 'memory') this.namespace.serverSideEmit('member:changed', userId);
    await this.recheckRooms(userId);
  }

  /**
   * A member changed: their connections on this instance take the member as now stored, and leave the rooms it may no
   * longer read (told with `unsubscribed`); the rest of their subscriptions go on.
   */
  private async recheckRooms(userId: string): Promise<void> {
    const sockets = [...(this.namespace.adapter.rooms.get(`user:${userId}`) ?? [])].flatMap((id) => this.namespace.sockets.get(id) ?? []);
    if (!sockets.length) return;
    const user = await this.db.getRepository(User).findOneBy({ id: userId });
    const readable = new Map<string, boolean>();
    for (const socket of sockets) {
      if (!user || user.deactivatedAt) {
        socket.disconnect();
        continue;
      }
      socket.data.user = user;
      for (const room of [...socket.rooms]) {
        const subject = subjectOfRoom(room);
        if (!subject) continue;
        if (!readable.has(room)) readable.set(room, await this.access.canRead(user, subject));
        if (readable.get(room)) continue;
        await socket.leave(room);
        socket.emit('unsubscribed', subject);
        this.presenceChanged(room);
      }
    }
  }

  /** Sends a page of the thread after `afterSeq` on this connection, oldest first, and says where it ended. */
  private async replayPage(socket: LiveSocket, subject: SubjectRef, afterSeq: number): Promise<ReplayPage> {
    const { events, more } = await this.payloads.after(subject, afterSeq);
    for (const event of events) socket.emit(event.type, event);
    return { replayed: events.length, lastSeq: events.at(-1)?.seq ?? afterSeq, more };
  }

  /**
   * Someone came or went: the room hears who is there a moment later, once for all who came or went meanwhile. When a
   * whole room reconnects at once (an instance restarted), that is one count for all of them, not one per connection to
   * every connection.
   */
  private presenceChanged(room: string): void {
    if (this.presenceTimers.has(room)) return;
    const timer = setTimeout(() => {
      this.presenceTimers.delete(room);
      this.broadcastPresence(room).catch((error: Error) => this.logger.warn(`presence of ${room}: ${error.message}`));
    }, PRESENCE_DELAY_MS);
    // Never what keeps a stopping process alive.
    timer.unref();
    this.presenceTimers.set(room, timer);
  }

  /** The connections are closed by now; their timers go too, in case a close did not reach handleDisconnect. */
  onApplicationShutdown(): void {
    for (const timer of [...this.presenceTimers.values(), ...this.expiryTimers.values()]) clearTimeout(timer);
    this.presenceTimers.clear();
    this.expiryTimers.clear();
  }

  /** Who is viewing a room, across all api instances: members by name, visitors as a count. */
  private async broadcastPresence(room: string): Promise<void> {
    const sockets = await this.namespace.in(room).fetchSockets();
    const viewers = new Map<string, { id: string; displayName: string }>();
    let anonymous = 0;
    for (const socket of sockets) {
      const user = socket.data.user;
      if (user) viewers.set(user.id, { id: user.id, displayName: user.displayName });
      else anonymous += 1;
    }
    const [subjectType, subjectId] = room.split(':') as [SubjectType, string];
    this.namespace.to(room).emit('presence', { subjectType, subjectId, viewers: [...viewers.values()], anonymous });
  }

  /** The rooms that find a member's connections: all of theirs, and those of one session (a fresh token may be another's). */
  private async joinAccountRooms(socket: LiveSocket): Promise<void> {
    const { user, sessionId } = socket.data;
    if (!user || !sessionId) return;
    for (const room of socket.rooms) if (room.startsWith('session:') && room !== `session:${sessionId}`) await socket.leave(room);
    await socket.join([`user:${user.id}`, `session:${sessionId}`]);
  }

  /** The client's address as Express computes `req.ip`, under the same 'trust proxy' setting (server.ts). */
  private addressOf(request: IncomingMessage): string {
    return proxyaddr(request, this.http.httpAdapter.getInstance<Application>().get('trust proxy fn'));
  }

  /** Ends the connection's rights when its token does, unless the client sent a fresh one in time. */
  private watchExpiry(socket: LiveSocket, token: string): void {
    clearTimeout(this.expiryTimers.get(socket.id));
    const expiresAt = ((jwt.decode(token) as { exp?: number } | null)?.exp ?? 0) * 1000;
    // Unref'd: the connection keeps the process alive while it is open, never its token's timer once it is gone.
    const warn = setTimeout(() => {
      socket.emit('auth:expired');
      this.expiryTimers.set(socket.id, setTimeout(() => socket.disconnect(true), REAUTHENTICATE_GRACE_MS).unref());
    }, Math.max(0, expiresAt - Date.now())).unref();
    this.expiryTimers.set(socket.id, warn);
  }

  private stopExpiryTimer(socket: LiveSocket): void {
    clearTimeout(this.expiryTimers.get(socket.id));
    this.expiryTimers.delete(socket.id);
  }

  /**
   * Rate limit, the permission the event declares with @Allow, then the handler; every outcome is an acknowledgement
   * with a code, never a thrown error.
   */
  private async handle<T>(socket: LiveSocket, event: keyof ClientToServerEvents, handler: () => Promise<T>): Promise<Ack<T>> {
    const action: Action = Reflect.getMetadata(ALLOW_KEY, LiveGateway.prototype[event]);
    try {
      // One budget for all of a person's connections: per member, per address for visitors.
      await this.rateLimits.consume('liveEventsPerUser', socket.data.user ? `user:${socket.data.user.id}` : `ip:${socket.data.address}`);
      if (!can(socket.data.user, action)) {
        throw socket.data.user ? new ForbiddenError() : new UnauthenticatedError();
      }
      return { ok: true, data: await handler() };
    } catch (error) {
      if (error instanceof DomainError) {
        // A client's mistake: one line to find a misbehaving client by, no stack trace.
        if (error.code === ErrorCode.BAD_USER_INPUT) this.logger.log(`live ${event} refused (${socket.data.address}): ${error.message}`);
        return { ok: false, code: error.code, message: error.message };
      }
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      return { ok: false, code: ErrorCode.INTERNAL, message: 'Something went wrong on our side' };
    }
  }
}

/** The subject of a thread's room; null for the `user:` and `session:` rooms and the connection's own. */
function subjectOfRoom(room: string): SubjectRef | null {
  const [subjectType, subjectId] = room.split(':');
  return SUBJECT_TYPES.has(subjectType) && subjectId ? { subjectType: subjectType as SubjectType, subjectId } : null;
}
