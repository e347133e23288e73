import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { getOperationAST, parse } from 'graphql';
import pg from 'pg';

/**
 * Anonymous GraphQL reads — the public pages — answered from memory. Anyone without a token gets the same answer to the
 * same query, so the answer is kept by query and variables until the forum changes: every statement that changes what a
 * page shows sends NOTIFY forum_changed (a trigger, migration ForumChangedNotifications), and every api process listens
 * and empties its cache. A mutation's response waits until its own process has heard its changes, so the writer's next
 * read is fresh. Entries also expire after `seconds`, for what changes with time alone (a milestone falls late, a
 * meeting becomes past). `Cache-Control: no-cache` on a request builds the page afresh.
 */
export class PageCache {
  private readonly entries = new Map<string, { body: Buffer; expires: number }>();
  private bytes = 0;
  private generation = 0;

  constructor(private readonly limits: { entries: number; seconds: number; bytes?: number }) {}

  get enabled(): boolean {
    return this.limits.entries > 0;
  }

  get(key: string): Buffer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= Date.now()) {
      this.remove(key);
      return undefined;
    }
    // Most recently used last: the oldest is evicted first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.body;
  }

  /** Taken when a page starts being built: a page built while the forum changed is not kept. */
  begin(): number {
    return this.generation;
  }

  set(key: string, body: Buffer, generation: number): void {
    if (!this.enabled || generation !== this.generation) return;
    this.remove(key);
    this.entries.set(key, { body, expires: Date.now() + this.limits.seconds * 1000 });
    this.bytes += body.length;
    const maxBytes = this.limits.bytes ?? 64 * 1024 * 1024;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limits.entries && this.bytes <= maxBytes) break;
      this.remove(oldest);
    }
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }
}

/** LISTEN forum_changed on a connection of its own; reconnects, and empties the cache after any gap in listening. */
export class ForumChanges {
  private client: pg.Client | null = null;
  private stopped = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly logger = new Logger('PageCache');

  constructor(
    private readonly databaseUrl: string,
    private readonly changed: () => void,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', () => this.changed());
    client.on('error', (error) => {
      this.logger.warn(`listening for changes failed (${error.message}); reconnecting`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query('LISTEN forum_changed');
    this.client = client;
    // What changed while nobody listened is unknown: start from nothing.
    this.changed();
  }

  /**
   * Resolves once every change committed before the call has been heard: PostgreSQL delivers a session's pending
   * notifications before it answers that session's next statement.
   */
  settle(): Promise<void> {
    const client = this.client;
    if (!client) {
      this.changed();
      return Promise.resolve();
    }
    const settled = this.queue.then(() => client.query('SELECT 1')).then(
      () => undefined,
      () => this.changed(),
    );
    this.queue = settled;
    return settled;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private reconnect(client: pg.Client): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    this.changed();
    setTimeout(() => {
      if (!this.stopped) this.start().catch((error: Error) => {
        this.logger.warn(`could not listen for changes (${error.message}); retrying`);
        this.client = client;
        this.reconnect(client);
      });
    }, 1000).unref();
  }
}

function isQuery(query: string, operationName: unknown): boolean {
  try {
    return getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)?.operation === 'query';
  } catch {
    return false;
  }
}

/** Express middleware in front of /graphql: answers anonymous queries it has, and keeps the ones it does not. */
export function servePagesFromCache(cache: PageCache, changes: ForumChanges) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path !== '/graphql') {
      // Uploads and other writes outside GraphQL: answer once this process has heard what they changed.
      if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) holdResponseUntil(res, () => changes.settle());
      return next();
    }
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    if (req.method !== 'POST' || req.headers.authorization || typeof body?.query !== 'string') return next();
    const key = `${String(body.operationName ?? '')}\n${body.query}\n${JSON.stringify(body.variables ?? {})}`;
    if (!/no-cache|no-store/.test(req.headers['cache-control'] ?? '')) {
      const hit = cache.get(key);
      if (hit) {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('x-page-cache', 'hit');
        res.end(hit);
        return;
      }
    }
    if (!isQuery(body.query, body.operationName)) return next();
    const generation = cache.begin();
    res.setHeader('x-page-cache', 'miss');
    captureBody(res, (status, page) => {
      // Errors are not kept: a NOT_FOUND now may be a page later, and a failure should be retried.
      if (status === 200 && !page.includes('"errors":')) cache.set(key, page, generation);
    });
    next();
  };
}

/** Apollo plugin: a mutation's response waits until this process has heard the changes it made. */
export function settleAfterMutations(changes: ForumChanges): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') await changes.settle();
        },
      };
    },
  };
}

type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => Response;

function captureBody(res: Response, done: (status: number, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const toBuffer = (chunk: unknown, encoding: unknown) =>
    Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as End;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]));
    return write(chunk, ...rest);
  }) as Response['write'];
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
    done(res.statusCode, Buffer.concat(chunks));
    return end(chunk, encoding, callback);
  }) as Response['end'];
}

function holdResponseUntil(res: Response, settle: () => Promise<void>): void {
  const end = res.end.bind(res) as End;
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    void settle().finally(() => end(chunk, encoding, callback));
    return res;
  }) as Response['end'];
}
