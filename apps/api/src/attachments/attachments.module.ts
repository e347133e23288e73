import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { ForumModule } from '../forum/forum.module.js';
import path from 'node:path';
import { AuditModule } from '../audit/audit.module.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { DiscussionModule } from '../discussion/discussion.module.js';
import { AttachmentsController, UploadRefusalFilter } from './attachments.controller.js';
import { AttachmentsResolver, CommitmentAttachmentsResolver, MeetingAttachmentsResolver, PlanAttachmentsResolver, ProposalAttachmentsResolver } from './attachments.resolver.js';
import { AttachmentsService } from './attachments.service.js';
import { RepositoryService } from './repository.service.js';
import { createDocumentStorage, DocumentStorage } from './storage.js';
import { HashingTempStorage } from './upload-engine.js';

/** Documents on plans, commitments, meetings and proposals, and each plan's public repository page. */
@Module({
  imports: [
    AuditModule,
    DiscussionModule,
    ForumModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // Uploads land beside the data, not in the attachments folder: only finished documents are ever there.
        storage: new HashingTempStorage(path.join(config.dataDir, 'incoming')),
        // File names beyond ASCII (Korean) arrive as UTF-8.
        defParamCharset: 'utf8',
        limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 4, fieldSize: 200, parts: 6 },
      }),
    }),
  ],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    RepositoryService,
    UploadRefusalFilter,
    { provide: DocumentStorage, inject: [APP_CONFIG], useFactory: createDocumentStorage },
    AttachmentsResolver,
    PlanAttachmentsResolver,
    CommitmentAttachmentsResolver,
    MeetingAttachmentsResolver,
    ProposalAttachmentsResolver,
  ],
})
export class AttachmentsModule {}
