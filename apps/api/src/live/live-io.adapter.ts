import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Server, ServerOptions } from 'socket.io';
import type { LiveAdapter } from '../config/config.js';

export interface LiveAdapterOptions {
  kind: LiveAdapter;
  databaseUrl: string;
  redisUrl: string | null;
}

const APPLICATION_NAME = 'ogp-forum-live';
/** The PostgreSQL adapter's notification channel for the `/live` namespace (`<channelPrefix>#<namespace>`). */
const LIVE_CHANNEL = 'socket.io#/live';

/**
 * Socket.IO on the api's port, with events shared between api instances: through PostgreSQL LISTEN/NOTIFY
 * (@socket.io/postgres-adapter, the default: nothing more to run), through Redis pub/sub (@socket.io/redis-adapter), or
 * kept in one process (`memory`: a single instance, and most tests).
 */
export class LiveIoAdapter extends IoAdapter {
  private readonly servers: Server[] = [];
  private readonly log = new Logger(LiveIoAdapter.name);
  private readonly pool: pg.Pool | null = null;
  private readonly redis: Redis[] = [];
  /** Set when the api stops: the PostgreSQL adapter gets no new LISTEN connection after that. */
  private closed = false;

  constructor(
    app: INestApplicationContext,
    private readonly options: LiveAdapterOptions,
  ) {
    super(app);
    if (options.kind === 'postgres') {
      this.pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4, application_name: APPLICATION_NAME });
      // An idle connection the database dropped (a restart, a terminated backend) is replaced; it must not bring the process down.
      this.pool.on('error', (error) => this.log.warn(`live adapter connection lost: ${error.message}`));
    }
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, options);
    if (this.pool) {
      server.adapter(
        createPostgresAdapter(this.adapterPool(server), {
          tableName: 'socket_io_attachments',
          errorHandler: (error) => this.log.warn(`live adapter: ${error.message}`),
        }),
      );
    }
    if (this.options.kind === 'redis') {
      const publisher = new Redis(this.options.redisUrl!, { lazyConnect: false });
      const subscriber = publisher.duplicate();
      for (const client of [publisher, subscriber]) client.on('error', (error) => this.log.warn(`live adapter (redis): ${error.message}`));
      this.redis.push(publisher, subscriber);
      server.adapter(createRedisAdapter(publisher, subscriber));
    }
    this.servers.push(server);
    return server;
  }

  /**
   * What the PostgreSQL adapter is given as its pool. It only queries and asks for its LISTEN connection with connect();
   * that connection is a client of its own here, not one of the pool's, because the adapter neither listens for its
   * errors (a database restart then killed the process with an unhandled 'error') nor gives a dropped one back to the
   * pool (each drop would leak one of its connections). The adapter opens a new one every few seconds until it succeeds.
   */
  private adapterPool(server: Server): pg.Pool {
    let listenedBefore = false;
    const connect = async (): Promise<pg.Client> => {
      if (this.closed) return never();
      const client = new pg.Client({ connectionString: this.options.databaseUrl, application_name: APPLICATION_NAME });
      client.on('error', (error) => this.log.warn(`live adapter: LISTEN connection lost: ${error.message}`));
      try {
        await client.connect();
        // Listening before the adapter does, so that viewers sent to replay below are heard live from the moment they return.
        await client.query(`LISTEN "${LIVE_CHANNEL}"`);
      } catch (error) {
        void client.end().catch(() => undefined);
        throw error;
      }
      // Closed while connecting: the adapter had no connection to give back then, and would keep this one open for ever.
      if (this.closed) {
        void client.end().catch(() => undefined);
        return never();
      }
      if (listenedBefore) this.replayToViewers(server);
      listenedBefore = true;
      return Object.assign(client, { release: () => void client.end().catch(() => undefined) });
    };
    return { connect, query: this.pool!.query.bind(this.pool) } as unknown as pg.Pool;
  }

  /**
   * Events other instances published while this one was not listening never reached its viewers. Their connections are
   * closed without a goodbye, so clients reconnect at once and, as on every reconnect, replay the thread after their `seq`.
   */
  private replayToViewers(server: Server): void {
    const viewers = server.of('/live').sockets;
    this.log.warn(`live adapter listening again; ${viewers.size} live connection(s) reconnect to replay what they missed`);
    for (const socket of viewers.values()) socket.conn.close();
  }

  /**
   * Nest closes the gateway's namespace, not the Socket.IO server behind it; closing the server closes the adapters,
   * which give their connections back, so the pool (or the Redis clients) can end.
   */
  override async dispose(): Promise<void> {
    this.closed = true;
    await super.dispose();
    await Promise.all(this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    await this.pool?.end();
    await Promise.all(this.redis.map((client) => client.quit().catch(() => client.disconnect())));
  }
}

/**
 * What the adapter's connect() answers once the api is stopping. Not an error: the adapter would schedule another try
 * every two seconds for ever (a timer that keeps the process alive). A promise that never settles holds nothing.
 */
const never = () => new Promise<never>(() => undefined);
