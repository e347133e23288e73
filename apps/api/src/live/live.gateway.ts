import { Logger } from '@nestjs/common';
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
  type ServerToClientEvents,
  type SubjectRef,
  type SubscribeRequest,
} from '@ogp-forum/domain';
import jwt from 'jsonwebtoken';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Namespace, Socket } from 'socket.io';
import { DataSource, In } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import { BadUserInputError, DomainError, ForbiddenError, RateLimitedError, UnauthenticatedError } from '../common/errors/domain-errors.js';
import { Allow, ALLOW_KEY } from '../common/guards/allow.decorator.js';
import { SubjectAccessService } from '../discussion/subject-access.service.js';
import { ThreadEvent } from '../discussion/thread-event.entity.js';
import { NOTIFICATIONS_CHANGED, THREAD_EVENT, type NotificationsChanged, type ThreadEventsCommitted } from '../discussion/thread-events.js';
import { ThreadPayloadsService } from '../discussion/thread-payloads.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { User } from '../users/user.entity.js';
import { afterSeqOf, subjectOf, tokenOf } from './live-input.js';

interface SocketData {
  user: User | null;
  /** When the access token the connection was opened with runs out. */
  expiryTimer?: NodeJS.Timeout;
}

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Events a socket may send per 10 seconds; typing indicators and subscriptions both count. */
const EVENTS_PER_10_SECONDS = 40;
/** After its token expires, a connection has this long to send `authenticate` with a fresh one. */
const REAUTHENTICATE_GRACE_MS = 30_000;
/** Largest message a client may send; comments are posted over GraphQL, not here. */
export const LIVE_MAX_MESSAGE_BYTES = 16 * 1024;


/**
 * The `/live` namespace (DESIGN.md §6). The token is checked on connect and again when it expires; rooms are per
 * subject and joined only by those who may read it; a subscription first replays the thread from the database after
 * the client's last `seq`, then live events follow. Events come from the domain after commit, never from services.
 */
@WebSocketGateway({ namespace: '/live', maxHttpBufferSize: LIVE_MAX_MESSAGE_BYTES })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  @WebSocketServer()
  private namespace!: Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

  private readonly logger = new Logger(LiveGateway.name);
  private readonly limiter = new RateLimiterMemory({ points: EVENTS_PER_10_SECONDS, duration: 10 });

  constructor(
    private readonly auth: AuthService,
    private readonly access: SubjectAccessService,
    private readonly payloads: ThreadPayloadsService,
    private readonly notifications: NotificationsService,
    private readonly db: DataSource,
  ) {}

  afterInit(namespace: Namespace): void {
    // A bad token refuses the connection itself; no token is a visitor, who may follow public threads.
    namespace.use(async (socket, next) => {
      const token = socket.handshake.auth?.token as string | undefined;
      socket.data.user = null;
      if (!token) return next();
      try {
        socket.data.user = (await this.auth.userForAccessToken(token)).user;
        this.watchExpiry(socket as LiveSocket, token);
        next();
      } catch (error) {
        next(Object.assign(new Error(ErrorCode.UNAUTHENTICATED), { data: { code: ErrorCode.UNAUTHENTICATED, message: (error as Error).message } }));
      }
    });
  }

  handleConnection(socket: LiveSocket): void {
    if (socket.data.user) void socket.join(`user:${socket.data.user.id}`);
  }

  handleDisconnect(socket: LiveSocket): void {
    clearTimeout(socket.data.expiryTimer);
    for (const room of socket.rooms) if (room.includes(':') && !room.startsWith('user:')) void this.broadcastPresence(room);
  }

  @Allow(Action.READ_PUBLIC)
  @SubscribeMessage('subscribe')
  async subscribe(@ConnectedSocket() socket: LiveSocket, @MessageBody() request: SubscribeRequest): Promise<Ack<{ replayed: number; lastSeq: number }>> {
    return this.handle(socket, 'subscribe', async () => {
      const subject = subjectOf(request);
      const afterSeq = afterSeqOf(request);
      await this.access.assertReadable(socket.data.user, subject);
      // Join first, then replay: an event committed in between arrives twice at worst, and clients drop repeats by seq.
      await socket.join(roomOf(subject));
      const events = await this.payloads.after(subject, afterSeq);
      for (const event of events) socket.emit(event.type, event);
      void this.broadcastPresence(roomOf(subject));
      return { replayed: events.length, lastSeq: events.at(-1)?.seq ?? afterSeq };
    });
  }

  @Allow(Action.READ_PUBLIC)
  @SubscribeMessage('unsubscribe')
  async unsubscribe(@ConnectedSocket() socket: LiveSocket, @MessageBody() request: SubjectRef): Promise<Ack<null>> {
    return this.handle(socket, 'unsubscribe', async () => {
      const room = roomOf(subjectOf(request));
      await socket.leave(room);
      void this.broadcastPresence(room);
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
      const { user } = await this.auth.userForAccessToken(token);
      if (socket.data.user && socket.data.user.id !== user.id) throw new ForbiddenError('A connection cannot change its user; reconnect');
      socket.data.user = user;
      await socket.join(`user:${user.id}`);
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

  /** Ends the connection's rights when its token does, unless the client sent a fresh one in time. */
  private watchExpiry(socket: LiveSocket, token: string): void {
    clearTimeout(socket.data.expiryTimer);
    const expiresAt = ((jwt.decode(token) as { exp?: number } | null)?.exp ?? 0) * 1000;
    socket.data.expiryTimer = setTimeout(() => {
      socket.emit('auth:expired');
      socket.data.expiryTimer = setTimeout(() => socket.disconnect(true), REAUTHENTICATE_GRACE_MS);
    }, Math.max(0, expiresAt - Date.now()));
  }

  /**
   * Rate limit, the permission the event declares with @Allow, then the handler; every outcome is an acknowledgement
   * with a code, never a thrown error.
   */
  private async handle<T>(socket: LiveSocket, event: keyof ClientToServerEvents, handler: () => Promise<T>): Promise<Ack<T>> {
    const action: Action = Reflect.getMetadata(ALLOW_KEY, LiveGateway.prototype[event]);
    try {
      await this.limiter.consume(socket.data.user ? `user:${socket.data.user.id}` : `socket:${socket.id}`).catch(() => {
        throw new RateLimitedError('Too many live events; slow down');
      });
      if (!can(socket.data.user, action)) {
        throw socket.data.user ? new ForbiddenError() : new UnauthenticatedError();
      }
      return { ok: true, data: await handler() };
    } catch (error) {
      if (error instanceof DomainError) {
        // A client's mistake: one line to find a misbehaving client by, no stack trace.
        if (error.code === ErrorCode.BAD_USER_INPUT) this.logger.log(`live ${event} refused (${socket.id}): ${error.message}`);
        return { ok: false, code: error.code, message: error.message };
      }
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      return { ok: false, code: ErrorCode.INTERNAL, message: 'Something went wrong on our side' };
    }
  }
}
