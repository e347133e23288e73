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

  constructor(
    app: INestApplicationContext,
    private readonly options: LiveAdapterOptions,
  ) {
    super(app);
    if (options.kind === 'postgres') {
      this.pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4, application_name: 'ogp-forum-live' });
      // A dropped LISTEN connection is re-opened by the adapter; it must not bring the process down.
      this.pool.on('error', (error) => this.log.warn(`live adapter connection lost: ${error.message}`));
    }
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, options);
    if (this.pool) server.adapter(createPostgresAdapter(this.pool, { tableName: 'socket_io_attachments' }));
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
   * Nest closes the gateway's namespace, not the Socket.IO server behind it; closing the server closes the adapters,
   * which give their connections back, so the pool (or the Redis clients) can end.
   */
  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all(this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    await this.pool?.end();
    await Promise.all(this.redis.map((client) => client.quit().catch(() => client.disconnect())));
  }
}
