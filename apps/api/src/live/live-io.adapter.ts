import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import type { Server, ServerOptions } from 'socket.io';

/**
 * Socket.IO on the api's port. With the `postgres` adapter, events are shared between api instances through
 * PostgreSQL LISTEN/NOTIFY (@socket.io/postgres-adapter): a comment posted through one instance reaches viewers
 * connected to another. `memory` keeps them in one process (a single instance, and most tests).
 */
export class LiveIoAdapter extends IoAdapter {
  private readonly pool: pg.Pool | null;
  private readonly servers: Server[] = [];
  private readonly log = new Logger(LiveIoAdapter.name);

  constructor(app: INestApplicationContext, databaseUrl: string, adapter: 'postgres' | 'memory') {
    super(app);
    this.pool = adapter === 'postgres' ? new pg.Pool({ connectionString: databaseUrl, max: 4, application_name: 'ogp-forum-live' }) : null;
    // A dropped LISTEN connection is re-opened by the adapter; it must not bring the process down.
    this.pool?.on('error', (error) => this.log.warn(`live adapter connection lost: ${error.message}`));
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, options);
    if (this.pool) server.adapter(createAdapter(this.pool, { tableName: 'socket_io_attachments' }));
    this.servers.push(server);
    return server;
  }

  /**
   * Nest closes the gateway's namespace, not the Socket.IO server behind it; closing the server closes the adapters,
   * which give their LISTEN connection back to the pool, which can then end.
   */
  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all(this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    await this.pool?.end();
  }
}
