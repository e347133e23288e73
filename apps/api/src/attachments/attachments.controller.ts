import { ArgumentsHost, Body, Catch, Controller, ExceptionFilter, Get, HttpException, HttpStatus, Inject, Param, Post, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Action, ErrorCode } from '@ogp-forum/domain';
import type { Response } from 'express';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { DomainErrorHttpFilter } from '../common/errors/domain-error-http.filter.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import { contentDisposition } from '../common/http/content-disposition.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import type { User } from '../users/user.entity.js';
import { AttachmentsService } from './attachments.service.js';
import type { ReceivedFile } from './upload-engine.js';

/**
 * Multer's refusals (too large, too many files or fields) reach us as Nest's HTTP exceptions: answered as JSON with
 * BAD_USER_INPUT like every other client mistake, the status kept (413 for a file over UPLOAD_MAX_MB).
 */
@Catch(HttpException)
export class UploadRefusalFilter implements ExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(error: HttpException, host: ArgumentsHost): void {
    const status = error.getStatus();
    const response = host.switchToHttp().getResponse<Response>();
    if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
      const megabytes = this.config.uploadMaxBytes / 1024 / 1024;
      response.status(status).json({ code: ErrorCode.BAD_USER_INPUT, message: `The file is larger than ${megabytes} MB, the most the forum takes`, maxBytes: this.config.uploadMaxBytes });
      return;
    }
    if (status >= 400 && status < 500) {
      response.status(status).json({ code: ErrorCode.BAD_USER_INPUT, message: `The upload was refused: ${error.message}` });
      return;
    }
    response.status(500).json({ code: ErrorCode.INTERNAL, message: 'Something went wrong on our side' });
  }
}

/**
 * Documents over plain HTTP (DESIGN.md §6): `POST /attachments` takes one file as multipart (`file`, `subjectType`,
 * `subjectId`) from a signed-in member; `GET /attachments/:id` serves it as a download to whoever may read its subject.
 */
@Controller('attachments')
@UseFilters(DomainErrorHttpFilter, UploadRefusalFilter)
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Allow(Action.UPLOAD_DOCUMENT)
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  async upload(@CurrentUser() user: User, @Body() fields: Record<string, unknown>, @UploadedFile() file: ReceivedFile | undefined, @Res() res: Response): Promise<void> {
    try {
      const attachment = await this.attachments.upload(user, fields ?? {}, file);
      const { id, name, size, sha256, contentType } = attachment;
      res.status(201).location(`/attachments/${id}`).json({ id, name, size, sha256, contentType });
    } finally {
      // Stored or refused, the temporary copy goes.
      if (file?.path) await fs.promises.rm(file.path, { force: true });
    }
  }

  @Allow(Action.READ_PUBLIC)
  @Get(':id')
  async download(@CurrentUser() user: User | null, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { attachment, body } = await this.attachments.open(user, id);
    res
      .status(200)
      .setHeader('Content-Type', attachment.contentType)
      .setHeader('Content-Length', String(attachment.size))
      .setHeader('Content-Disposition', contentDisposition('attachment', attachment.name))
      .setHeader('X-Content-Type-Options', 'nosniff')
      // Never rendered as a page of ours, even if a browser were to try.
      .setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
      // Who may read it can change (a draft proposal is submitted), so caches ask again; the bytes never change.
      .setHeader('Cache-Control', 'private, no-cache')
      .setHeader('ETag', `"${attachment.sha256}"`);
    try {
      await pipeline(body, res);
    } catch {
      // The reader went away or the storage failed mid-stream: the response is already under way, so it just ends.
      res.destroy();
    }
  }
}
