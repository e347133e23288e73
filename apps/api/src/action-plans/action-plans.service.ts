import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ActionPlan } from './action-plan.entity.js';

@Injectable()
export class ActionPlansService {
  constructor(@InjectRepository(ActionPlan) private readonly plans: Repository<ActionPlan>) {}

  /** Newest plan first. */
  list(): Promise<ActionPlan[]> {
    return this.plans.find({ order: { number: 'DESC' } });
  }

  async findById(id: string): Promise<ActionPlan> {
    const plan = await this.plans.findOneBy({ id });
    if (!plan) throw new NotFoundError('ActionPlan', id);
    return plan;
  }
}
