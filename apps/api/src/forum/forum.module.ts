import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ForumRulesResolver, ForumRulesVersionResolver } from './forum-rules.resolver.js';
import { ForumRulesService } from './forum-rules.service.js';
import { ForumSettingsResolver } from './forum-settings.resolver.js';

/** The forum itself: its settings and its basic rules. */
@Module({
  imports: [AuditModule],
  providers: [ForumSettingsResolver, ForumRulesService, ForumRulesResolver, ForumRulesVersionResolver],
  exports: [ForumRulesService],
})
export class ForumModule {}
