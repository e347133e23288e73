import { Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Organization } from './organization.entity.js';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(@InjectRepository(Organization) private readonly repository: Repository<Organization>) {}

  @Query(() => [Organization], { description: 'Every organisation taking part, by name.' })
  organizations(): Promise<Organization[]> {
    return this.repository.find({ order: { name: 'ASC' } });
  }
}
