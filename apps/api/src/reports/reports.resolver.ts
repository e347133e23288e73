import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, Locale, ReportKind } from '@ogp-forum/domain';
import { idArg } from '../common/graphql/id-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import type { User } from '../users/user.entity.js';
import { ConsultationsService } from './consultations.service.js';
import { OpenReportConsultationInput, ReportNarrativeRef, SaveReportNarrativeInput } from './dto/report.inputs.js';
import { NarrativesService } from './narratives.service.js';
import { ReportConsultation } from './report-consultation.entity.js';
import { ReportNarrative, ReportNarrativeVersion } from './report-narrative.entity.js';

@Resolver(() => ReportNarrative)
export class ReportNarrativesResolver {
  constructor(private readonly narratives: NarrativesService) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => [ReportNarrative], { description: 'The written sections of a report in one language, in the report\'s order; unwritten ones have version 0.' })
  reportNarratives(
    @Args(...idArg('planId')) planId: string,
    @Args('kind', { type: () => ReportKind }) kind: ReportKind,
    @Args('locale', { type: () => Locale }) locale: Locale,
  ): Promise<ReportNarrative[]> {
    return this.narratives.sections(planId, kind, locale);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => [ReportNarrativeVersion], { description: 'Every saved version of a section, newest first.' })
  reportNarrativeVersions(@Args('section') section: ReportNarrativeRef): Promise<ReportNarrativeVersion[]> {
    return this.narratives.versions(section);
  }

  @Allow(Action.WRITE_REPORT)
  @Mutation(() => ReportNarrative, { description: 'Saves a section from the version it was edited from; CONFLICT with the newer text if someone saved meanwhile.' })
  saveReportNarrative(@CurrentUser() user: User, @Args('input') input: SaveReportNarrativeInput): Promise<ReportNarrative> {
    return this.narratives.save(user, input);
  }
}

@Resolver(() => ReportConsultation)
export class ReportConsultationsResolver {
  constructor(private readonly consultations: ConsultationsService) {}

  @Allow(Action.READ_PUBLIC)
  @Query(() => ReportConsultation, { nullable: true, description: 'The public comment period of a plan\'s draft report, if one was set.' })
  reportConsultation(@Args(...idArg('planId')) planId: string, @Args('kind', { type: () => ReportKind }) kind: ReportKind): Promise<ReportConsultation | null> {
    return this.consultations.find(planId, kind);
  }

  @Allow(Action.OPEN_REPORT_CONSULTATION)
  @Mutation(() => ReportConsultation, { description: 'Opens a draft report for public comment (at least 14 days), or moves the dates of its period.' })
  openReportConsultation(@CurrentUser() user: User, @Args('input') input: OpenReportConsultationInput): Promise<ReportConsultation> {
    return this.consultations.open(user, input);
  }

  @ResolveField(() => Boolean, { description: 'Whether comments are taken today, in the forum\'s time zone.' })
  open(@Parent() consultation: ReportConsultation): boolean {
    return this.consultations.isOpen(consultation);
  }

  @ResolveField(() => Int, { description: 'Comments received, not counting those hidden by a moderator.' })
  commentCount(@Parent() consultation: ReportConsultation): Promise<number> {
    return this.consultations.commentCount(consultation);
  }
}
