import { Inject, Injectable } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { AttachmentSubjectType, MinutesStatus } from '@ogp-forum/domain';
import { DataSource } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { ForumRulesService } from '../forum/forum-rules.service.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { heldInPeriodSql } from '../meetings/held-in-period.sql.js';
import { Attachment } from './attachment.entity.js';

@ObjectType({ description: "One plan's public repository (OGP standards 2.1, 2.2): its documents, minutes and register, with dates." })
export class PlanRepository {
  @Field(() => ActionPlan)
  plan!: ActionPlan;

  @Field(() => [Attachment], { description: "The plan's own documents (IRM reports, the plan, others), oldest first." })
  documents!: Attachment[];

  @Field(() => [Meeting], { description: "Meetings in the plan's period whose minutes are published, by date." })
  minutes!: Meeting[];

  @Field(() => Date, { nullable: true, description: 'When a proposal of this plan was last decided: the register changed then.' })
  registerUpdatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the forum\'s basic rules (OGP 1.1, at /forum/rules) were last saved; null while none are written.' })
  basicRulesUpdatedAt!: Date | null;

  @Field(() => Date, { description: 'The latest date of anything the page lists, or of the plan itself.' })
  lastUpdatedAt!: Date;
}

/** Gathers a plan's repository page from the data: nothing here is stored for the page itself. */
@Injectable()
export class RepositoryService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rules: ForumRulesService,
  ) {}

  async forPlan(planId: string): Promise<PlanRepository> {
    const plan = await this.db.getRepository(ActionPlan).findOneBy({ id: planId });
    if (!plan) throw new NotFoundError('ActionPlan', planId);
    const documents = await this.db.getRepository(Attachment).find({ where: { subjectType: AttachmentSubjectType.PLAN, subjectId: plan.id }, order: { createdAt: 'ASC' } });
    const minutes = await this.db
      .getRepository(Meeting)
      .createQueryBuilder('meeting')
      .where('meeting.minutesStatus = :published', { published: MinutesStatus.PUBLISHED })
      .andWhere(heldInPeriodSql('meeting.startsAt', ':zone', ':start', ':end'), { zone: this.config.timeZone, start: plan.periodStart, end: plan.periodEnd })
      .orderBy('meeting.startsAt', 'ASC')
      .getMany();
    const [{ decided }] = (await this.db.query('SELECT max(decided_at) AS decided FROM proposals WHERE plan_id = $1', [plan.id])) as { decided: Date | null }[];
    const basicRulesUpdatedAt = await this.rules.publishedAt();
    const dates = [plan.updatedAt, decided, basicRulesUpdatedAt, ...documents.map((d) => d.createdAt), ...minutes.map((m) => m.minutesPublishedAt)].filter((d): d is Date => d instanceof Date);
    return { plan, documents, minutes, registerUpdatedAt: decided, basicRulesUpdatedAt, lastUpdatedAt: new Date(Math.max(...dates.map((d) => d.getTime()))) };
  }
}
