import { Module } from '@nestjs/common';
import { ComplianceResolver } from './compliance.resolver.js';
import { ComplianceService } from './compliance.service.js';

/** OGP's minimum-requirements panel: public, computed from the data at request time. */
@Module({ providers: [ComplianceService, ComplianceResolver] })
export class ComplianceModule {}
