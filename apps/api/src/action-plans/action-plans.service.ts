import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ActionPlanStatus, calendarOutOfOrder, ogpDueDate, type CoCreationCalendar } from '@ogp-forum/domain';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import type { User } from '../users/user.entity.js';
import { ActionPlan } from './action-plan.entity.js';
import { CoCreationCalendarInput, CreateActionPlanInput, UpdateActionPlanInput } from './dto/action-plan.input.js';

@Injectable()
export class ActionPlansService {
  constructor(
    @InjectRepository(ActionPlan) private readonly plans: Repository<ActionPlan>,
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Newest plan first. */
  list(): Promise<ActionPlan[]> {
    return this.plans.find({ order: { number: 'DESC' } });
  }

  async findById(id: string): Promise<ActionPlan> {
    const plan = await this.plans.findOneBy({ id });
    if (!plan) throw new NotFoundError('ActionPlan', id);
    return plan;
  }

  /** Opens the next plan for co-creation, with its calendar ending by default on OGP's due date. */
  async create(chair: User, input: CreateActionPlanInput): Promise<ActionPlan> {
    if (input.periodEnd <= input.periodStart) throw new BadUserInputError('A plan ends after it starts', { field: 'periodEnd' });
    const calendar = checkedCalendar(input, input.periodStart);
    if (await this.plans.existsBy({ number: input.number })) throw new ConflictError(`There is already a plan number ${input.number}`, { field: 'number' });
    return this.db.transaction(async (tx) => {
      const plan = await tx.save(tx.create(ActionPlan, { ...input, ...calendar, titleKo: input.titleKo ?? null, status: ActionPlanStatus.CO_CREATION }));
      await this.audit.record(tx, { actorId: chair.id, action: 'plan.created', entityType: 'ActionPlan', entityId: plan.id, after: { number: plan.number, title: plan.title, ...calendar } });
      return plan;
    });
  }

  /**
   * Corrects a plan's titles and period. A closed plan is the record of a finished term and stays as it was closed;
   * the co-creation calendar of a plan in co-creation must still fit its (new) start.
   */
  async update(chair: User, id: string, input: UpdateActionPlanInput): Promise<ActionPlan> {
    if (input.periodEnd <= input.periodStart) throw new BadUserInputError('A plan ends after it starts', { field: 'periodEnd' });
    return this.db.transaction(async (tx) => {
      const plan = await tx.findOne(ActionPlan, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw new NotFoundError('ActionPlan', id);
      if (plan.status === ActionPlanStatus.CLOSED) throw new ConflictError('A closed plan is kept as it was closed');
      const before = { title: plan.title, titleKo: plan.titleKo, periodStart: plan.periodStart, periodEnd: plan.periodEnd };
      const after = { title: input.title, titleKo: input.titleKo ?? null, periodStart: input.periodStart, periodEnd: input.periodEnd };
      Object.assign(plan, after);
      if (plan.status === ActionPlanStatus.CO_CREATION) Object.assign(plan, checkedCalendar(plan, plan.periodStart));
      await tx.save(plan);
      await this.audit.record(tx, { actorId: chair.id, action: 'plan.updated', entityType: 'ActionPlan', entityId: id, before, after });
      return plan;
    });
  }

  /** Moves the dates of a plan still in co-creation. */
  async updateCalendar(chair: User, id: string, input: CoCreationCalendarInput): Promise<ActionPlan> {
    return this.db.transaction(async (tx) => {
      const plan = await tx.findOneBy(ActionPlan, { id });
      if (!plan) throw new NotFoundError('ActionPlan', id);
      if (plan.status !== ActionPlanStatus.CO_CREATION) throw new ConflictError('Only a plan in co-creation has a co-creation calendar');
      const calendar = checkedCalendar(input, plan.periodStart);
      const before = { callOpensOn: plan.callOpensOn, callClosesOn: plan.callClosesOn, reviewClosesOn: plan.reviewClosesOn, draftingClosesOn: plan.draftingClosesOn, dueOn: plan.dueOn };
      Object.assign(plan, calendar);
      await tx.save(plan);
      await this.audit.record(tx, { actorId: chair.id, action: 'plan.calendar_changed', entityType: 'ActionPlan', entityId: id, before, after: calendar });
      return plan;
    });
  }
}

/** The calendar with OGP's due date filled in, refused when its dates are out of order. */
function checkedCalendar(input: CoCreationCalendarInput, periodStart: string): CoCreationCalendar {
  const calendar = {
    callOpensOn: input.callOpensOn ?? null,
    callClosesOn: input.callClosesOn ?? null,
    reviewClosesOn: input.reviewClosesOn ?? null,
    draftingClosesOn: input.draftingClosesOn ?? null,
    dueOn: input.dueOn ?? ogpDueDate(Number(periodStart.slice(0, 4))),
  };
  const wrong = calendarOutOfOrder(calendar);
  if (wrong) throw new BadUserInputError(`${wrong} comes before the date it should follow`, { field: wrong });
  return calendar;
}
