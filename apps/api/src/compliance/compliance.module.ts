import { Module } from '@nestjs/common';
import { ForumModule } from '../forum/forum.module.js';
import { ComplianceResolver } from './compliance.resolver.js';
import { ComplianceService } from './compliance.service.js';

/** OGP's minimum-requirements panel: public, computed from the data at request time. */
@Module({ imports: [ForumModule], providers: [ComplianceService, ComplianceResolver] })
export class ComplianceModule {}
