import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Completion, ProposalStatus } from '@ogp-forum/domain';
import { CompletionCounts } from '../action-plans/completion-counts.type.js';
import { Theme } from '../action-plans/theme.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { SectorCounts } from '../meetings/meeting.types.js';
import { Organization } from '../organizations/organization.entity.js';

@ObjectType()
export class ThemeCompletion {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => CompletionCounts)
  counts!: CompletionCounts;
}

@ObjectType({ description: 'The plan\'s commitments by completion level at the end of one day.' })
export class CompletionPoint {
  @Field({ description: 'ISO date (YYYY-MM-DD) in the forum\'s time zone.' })
  date!: string;

  @Field(() => CompletionCounts)
  counts!: CompletionCounts;
}

@ObjectType({
  description:
    'Completion levels over time, reconstructed from progress updates: at the plan\'s start a commitment with updates is NOT_STARTED and one without is at its current level; then a point for each day an update changed a level.',
})
export class CompletionHistory {
  @Field(() => Int, { description: 'How many progress updates the history was reconstructed from.' })
  updateCount!: number;

  @Field(() => [CompletionPoint])
  points!: CompletionPoint[];
}

@ObjectType({ description: 'A milestone on the plan\'s timeline: planned dates and whether it is delayed today.' })
export class TimelineMilestone {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  commitmentId!: string;

  @Field({ description: 'The code of its commitment, e.g. "1-a".' })
  commitmentCode!: string;

  @Field(() => Int, { description: 'Its place among the commitment\'s milestones, from 1.' })
  position!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  titleKo!: string | null;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  start!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  end!: string;

  @Field(() => Completion)
  completion!: Completion;

  @Field({ description: 'Its end has passed and it is not completed (never for an incorporated or withdrawn commitment).' })
  delayed!: boolean;

  @Field(() => Int)
  daysDelayed!: number;
}

@ObjectType({ description: 'How recently a lead organisation reported on the plan\'s commitments it leads.' })
export class OrganizationFreshness {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => Int)
  commitments!: number;

  @Field(() => Date, { nullable: true, description: 'Its latest progress update on any of them; null if none was ever posted.' })
  lastUpdateAt!: Date | null;

  @Field(() => Int, { nullable: true })
  daysSinceLastUpdate!: number | null;

  @Field(() => Int, { description: 'Its commitments with no update for 60 days; only a plan in implementation has any.' })
  staleCommitments!: number;
}

@ObjectType()
export class MeetingSectorAttendance {
  @Field(() => Meeting)
  meeting!: Meeting;

  @Field(() => SectorCounts)
  bySector!: SectorCounts;
}

@ObjectType()
export class ProposalStatusCount {
  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A plan\'s dashboard: every series its charts draw, computed at request time.' })
export class PlanDashboard {
  @Field(() => ID)
  planId!: string;

  @Field(() => Date, { description: 'The moment the dates were judged at (delayed, days since).' })
  asOf!: Date;

  @Field(() => [ThemeCompletion], { description: 'In the plan\'s theme order.' })
  completionByTheme!: ThemeCompletion[];

  @Field(() => CompletionHistory)
  completionHistory!: CompletionHistory;

  @Field(() => [TimelineMilestone], { description: 'In start order.' })
  milestones!: TimelineMilestone[];

  @Field(() => [OrganizationFreshness], { description: 'Never reported on first, then the longest silence.' })
  freshness!: OrganizationFreshness[];

  @Field(() => [MeetingSectorAttendance], { description: 'Meetings held within the plan\'s period, in date order.' })
  attendance!: MeetingSectorAttendance[];

  @Field(() => [ProposalStatusCount], { description: 'Proposals for the plan that reached the forum, by status; drafts are not counted.' })
  proposalsByStatus!: ProposalStatusCount[];
}
