import { Inject, Injectable, Logger } from '@nestjs/common';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on notification e-mails. */
  headers?: Record<string, string>;
}

/**
 * Sends e-mail through SMTP when SMTP_URL is set; otherwise writes each message as an .eml file to the outbox folder,
 * where a person (or a test) can open it. Called by the e-mail queue's worker (mail-queue.service.ts), never directly
 * by a request.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl
      ? nodemailer.createTransport(config.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /**
   * `id` is the queue job's: it becomes the Message-ID (so a receiving server or reader can tell a repeat) and the
   * outbox file's name, written whole or not at all, so a job run again after a crash replaces its file instead of
   * adding a second one. The name starts with when it was queued, so that the folder lists e-mails oldest first.
   */
  async send(mail: Mail, id: string, queuedAt: Date): Promise<void> {
    const host = this.config.mailFrom.match(/@([^>\s]+)/)?.[1] ?? 'ogp-forum.local';
    const info = await this.transport.sendMail({ from: this.config.mailFrom, messageId: `<${id}@${host}>`, ...mail });
    if (this.config.smtpUrl) return;
    fs.mkdirSync(this.config.outboxDir, { recursive: true });
    const file = path.join(this.config.outboxDir, `${queuedAt.toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, (info as unknown as { message: Buffer }).message);
    fs.renameSync(partial, file);
    this.logger.log(`mail to ${mail.to} written to ${file}`);
  }
}
