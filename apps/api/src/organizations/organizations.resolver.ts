import { Query, Resolver } from '@nestjs/graphql';
import { Action } from '@ogp-forum/domain';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Allow } from '../common/guards/allow.decorator.js';
import { Organization } from './organization.entity.js';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(@InjectRepository(Organization) private readonly repository: Repository<Organization>) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => [Organization], { description: 'Every organisation taking part, by name.' })
  organizations(): Promise<Organization[]> {
    return this.repository.find({ order: { name: 'ASC' } });
  }
}
