import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PgBoss, type Job, type JobResult, type QueueOptions, type ScheduleOptions, type WorkOptions } from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { MailService, type Mail } from './mail.service.js';

/** Every job carries when it was queued (ISO): the outbox lists e-mails in that order. */
export interface QueuedJob {
  queuedAt: string;
}

/** A ready e-mail waiting in the queue. */
interface MailJob extends QueuedJob {
  mail: Mail;
}

/** Another queue worked by the api (notification e-mails, the daily digest), registered before the application starts. */
interface Worker {
  queue: string;
  handle: (job: Job<object>) => Promise<void>;
  /** A cron expression in the forum's time zone: the queue gets one job at each occurrence. */
  cron?: string;
}

/** pg-boss keeps its tables in a schema of its own, beside the forum's, and migrates it itself when it starts. */
export const QUEUE_SCHEMA = 'pgboss';
export const MAIL_QUEUE = 'mail';

/**
 * Up to five jobs a fetch, each settled on its own (a refused e-mail does not fail the others); while fetches come back
 * full the worker fetches again at once, otherwise it looks every second.
 */
const WORK_OPTIONS = { batchSize: 5, perJobResults: true, pollingIntervalSeconds: 1, burstWhenBatchFull: true } as const satisfies WorkOptions;

/** Runs each job of a batch, in turn; a job that throws is failed (and retried while it has retries left). */
async function settleEach<T>(jobs: Job<T>[], handle: (job: Job<T>) => Promise<void>): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) {
    try {
      await handle(job);
      results.push({ id: job.id, status: 'completed' });
    } catch (error) {
      results.push({ id: job.id, status: 'failed', output: { message: (error as Error).message } });
    }
  }
  return results;
}

/**
 * The e-mail queue, on the forum's own PostgreSQL (pg-boss): jobs are rows, so they survive restarts, and every api
 * instance works the same queues, each job taken by one of them at a time (SELECT … FOR UPDATE SKIP LOCKED). A failed
 * delivery is retried with growing waits (MAIL_RETRY_*) and then marked failed; a job whose api died while sending is
 * retried once its time is up (MAIL_EXPIRE_SECONDS). Delivery is at least once by nature of any queue; the job's id
 * makes a repeat harmless: it is the Message-ID, and the outbox file's name (mail.service.ts).
 */
@Injectable()
export class MailQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailQueue.name);
  private readonly workers: Worker[] = [];
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
  ) {}

  /** Works `queue` with `handle` in this api; call from a provider's constructor or onModuleInit. */
  work<T extends object>(queue: string, handle: (job: Job<T & QueuedJob>) => Promise<void>, cron?: string): void {
    this.workers.push({ queue, handle: handle as (job: Job<object>) => Promise<void>, cron });
  }

  private get queueOptions(): QueueOptions {
    const { retryLimit, retryDelaySeconds, expireSeconds } = this.config.mailQueue;
    return { retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true, expireInSeconds: expireSeconds };
  }

  async onApplicationBootstrap(): Promise<void> {
    const { expireSeconds } = this.config.mailQueue;
    const boss = new PgBoss({
      connectionString: (this.db.options as { url: string }).url,
      schema: QUEUE_SCHEMA,
      application_name: 'ogp-forum-queue',
      max: 4,
      // Jobs of an api that died mid-delivery are given back at about the time they expire.
      superviseIntervalSeconds: Math.min(60, Math.max(1, Math.ceil(expireSeconds / 2))),
      monitorIntervalSeconds: Math.min(60, Math.max(1, Math.ceil(expireSeconds / 2))),
    });
    boss.on('error', (error: Error) => this.logger.error(`e-mail queue: ${error.message}`));
    await boss.start();
    this.boss = boss;
    for (const queue of [MAIL_QUEUE, ...this.workers.map((worker) => worker.queue)]) {
      await boss.createQueue(queue, this.queueOptions);
      // createQueue leaves an existing queue as it was: the retry settings follow the configuration of the last start.
      await boss.updateQueue(queue, this.queueOptions);
    }
    await boss.work<MailJob, unknown, typeof WORK_OPTIONS>(MAIL_QUEUE, WORK_OPTIONS, (jobs) =>
      settleEach(jobs, (job) => this.mail.send(job.data.mail, job.id, new Date(job.data.queuedAt))),
    );
    for (const worker of this.workers) {
      await boss.work<object, unknown, typeof WORK_OPTIONS>(worker.queue, WORK_OPTIONS, (jobs) => settleEach(jobs, worker.handle));
      if (worker.cron) await boss.schedule(worker.queue, worker.cron, {}, { tz: this.config.timeZone } satisfies ScheduleOptions);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // A delivery under way is given a few seconds; one cut off is retried by another instance or after the restart.
    await boss?.stop({ graceful: true, timeout: 5000, close: true });
  }

  /**
   * Queues an e-mail. With `tx`, the job is written in that transaction: it exists exactly when what it tells of does.
   * Returns the job's id.
   */
  async send(mail: Mail, tx?: EntityManager): Promise<string> {
    return this.sendTo(MAIL_QUEUE, { mail }, tx);
  }

  /** Queues a job for one of the registered queues (see `work`), optionally in the caller's transaction. */
  async sendTo(queue: string, data: object, tx?: EntityManager, options: { id?: string } = {}): Promise<string> {
    if (!this.boss) throw new Error('the e-mail queue is not running');
    const db = tx ? { executeSql: async (text: string, values?: unknown[]) => ({ rows: (await tx.query(text, values)) as unknown[] }) } : undefined;
    const id = await this.boss.send(queue, { ...data, queuedAt: new Date().toISOString() } satisfies QueuedJob, { ...this.queueOptions, ...options, ...(db ? { db } : {}) });
    if (!id && !options.id) throw new Error(`the e-mail queue refused a job for ${queue}`);
    return id ?? options.id!;
  }

  /** Sends an e-mail from within a job of another queue (which is the delivery's retry and idempotence): see MailService.send. */
  deliverNow(mail: Mail, jobId: string, queuedAt: Date): Promise<void> {
    return this.mail.send(mail, jobId, queuedAt);
  }

  /** The queue itself, for tests and operators' tools (e.g. looking at failed jobs). */
  get instance(): PgBoss | null {
    return this.boss;
  }
}
