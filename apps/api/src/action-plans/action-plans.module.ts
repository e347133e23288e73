import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ActionPlan } from './action-plan.entity.js';
import { ActionPlansResolver, ThemesResolver } from './action-plans.resolver.js';
import { ActionPlansService } from './action-plans.service.js';
import { AdoptionService } from './adoption.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ActionPlan]), AuditModule],
  providers: [ActionPlansService, AdoptionService, ActionPlansResolver, ThemesResolver],
})
export class ActionPlansModule {}
