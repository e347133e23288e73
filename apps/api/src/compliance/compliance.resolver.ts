import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, complianceDescription, complianceExplanation, complianceTitle, Locale } from '@ogp-forum/domain';
import { idArg } from '../common/graphql/id-args.js';
import { Allow } from '../common/guards/allow.decorator.js';
import { ComplianceService } from './compliance.service.js';
import { OgpCompliance, OgpRequirementCompliance } from './compliance.types.js';

const langArg = ['lang', { type: () => Locale, defaultValue: Locale.en }] as const;

@Resolver(() => OgpRequirementCompliance)
export class ComplianceResolver {
  constructor(private readonly compliance: ComplianceService) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => OgpCompliance, { description: 'OGP\'s minimum requirements (1.1, 2.1, 2.2, 3.1, 4.1, 5.1) for a plan, computed from the data.' })
  ogpCompliance(@Args(...idArg('planId')) planId: string) {
    return this.compliance.forPlan(planId);
  }

  @ResolveField(() => String, { description: 'What OGP asks.' })
  title(@Parent() row: OgpRequirementCompliance, @Args(...langArg) lang: Locale) {
    return complianceTitle(row.requirement, lang);
  }

  @ResolveField(() => String, { description: 'How the panel judges it from the data, with its approximations.' })
  description(@Parent() row: OgpRequirementCompliance, @Args(...langArg) lang: Locale) {
    return complianceDescription(row.requirement, lang);
  }

  @ResolveField(() => String, { description: 'Why it has its status, in a sentence.' })
  explanation(@Parent() row: OgpRequirementCompliance, @Args(...langArg) lang: Locale) {
    return complianceExplanation(row, lang);
  }
}
