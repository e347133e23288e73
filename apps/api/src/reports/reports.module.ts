import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ConsultationsService } from './consultations.service.js';
import { NarrativesService } from './narratives.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportConsultationsResolver, ReportNarrativesResolver } from './reports.resolver.js';
import { ReportsService } from './reports.service.js';

/** Self-assessment reports: generated at request time in three formats, narrative sections written in the app, public comment. */
@Module({
  imports: [AuditModule],
  controllers: [ReportsController],
  providers: [ReportsService, NarrativesService, ConsultationsService, ReportNarrativesResolver, ReportConsultationsResolver],
})
export class ReportsModule {}
