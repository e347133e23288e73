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
}

/**
 * Sends e-mail through SMTP when SMTP_URL is set; otherwise writes each message as an .eml file to the outbox folder,
 * where a person (or a test) can open it.
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

  async send(mail: Mail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.mailFrom, ...mail });
    if (this.config.smtpUrl) return;
    fs.mkdirSync(this.config.outboxDir, { recursive: true });
    const file = path.join(this.config.outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.to.replace(/[^\w.@-]/g, '_')}.eml`);
    fs.writeFileSync(file, (info as unknown as { message: Buffer }).message);
    this.logger.log(`mail to ${mail.to} written to ${file}`);
  }
}
