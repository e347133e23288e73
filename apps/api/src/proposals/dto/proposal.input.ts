import { Field, ID, InputType, Int, PickType } from '@nestjs/graphql';
import { Locale, MIN_RATIONALE_LENGTH, OgpValue, ProposalStatus, SCORE_MAX, SCORE_MIN, type ProposalMilestone } from '@ogp-forum/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsVisibleText } from '../../common/validation/text.validators.js';

@InputType()
export class ProposalMilestoneInput implements ProposalMilestone {
  @Field()
  @IsString()
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  dueDate!: string | null;
}

/** One milestone of a draft commitment, as its co-drafters enter it. */
@InputType()
export class DraftMilestoneInput {
  @Field()
  @IsString()
  @IsVisibleText()
  @MaxLength(300)
  title!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @IsCalendarDate()
  start!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD), on or after the start.' })
  @IsCalendarDate()
  end!: string;
}

/** The text of a proposal, as its author writes and rewrites it. */
@InputType()
export class ProposalTextInput {
  @Field()
  @IsString()
  @IsVisibleText()
  @Length(5, 200)
  title!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20_000)
  problem!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20_000)
  proposedAction!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20_000)
  expectedResults!: string;

  @Field(() => [ProposalMilestoneInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ProposalMilestoneInput)
  milestones!: ProposalMilestoneInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  suggestedLeadAgency?: string | null;

  @Field(() => [OgpValue], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(OgpValue, { each: true })
  ogpValues!: OgpValue[];
}

@InputType()
export class CreateProposalInput extends ProposalTextInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;
}

/** What the specificity check reads: the proposal's own fields (the title is not judged), and the language to answer in. */
@InputType()
export class SpecificityCheckInput extends PickType(ProposalTextInput, ['proposedAction', 'expectedResults', 'milestones', 'suggestedLeadAgency', 'ogpValues'] as const) {
  @Field(() => Locale, { defaultValue: Locale.en, description: 'The language of the rule texts.' })
  @IsEnum(Locale)
  locale!: Locale;
}

@InputType()
export class EvaluateProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(SCORE_MIN)
  @Max(SCORE_MAX)
  feasibility!: number;

  @Field(() => Int)
  @IsInt()
  @Min(SCORE_MIN)
  @Max(SCORE_MAX)
  specificity!: number;

  @Field(() => Int)
  @IsInt()
  @Min(SCORE_MIN)
  @Max(SCORE_MAX)
  urgency!: number;

  @Field(() => Int)
  @IsInt()
  @Min(SCORE_MIN)
  @Max(SCORE_MAX)
  relevance!: number;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  note!: string;
}

@InputType()
export class DecideProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId!: string;

  @Field(() => ProposalStatus, { description: 'SELECTED, MERGED, PARKED or DECLINED.' })
  @IsIn([ProposalStatus.SELECTED, ProposalStatus.MERGED, ProposalStatus.PARKED, ProposalStatus.DECLINED], { message: 'outcome must be SELECTED, MERGED, PARKED or DECLINED' })
  outcome!: ProposalStatus;

  @Field({ description: `The reasoned response, published with the decision (at least ${MIN_RATIONALE_LENGTH} characters).` })
  @IsString()
  @IsVisibleText()
  @MinLength(MIN_RATIONALE_LENGTH, { message: `rationale must say why, in at least ${MIN_RATIONALE_LENGTH} characters` })
  @MaxLength(10_000)
  rationale!: string;

  @Field(() => ID, { nullable: true, description: 'MERGED: the proposal it is merged into.' })
  @IsOptional()
  @IsUUID()
  mergedIntoId?: string | null;

  @Field(() => ID, { nullable: true, description: 'PARKED: the working group that carries it on.' })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'SELECTED: the government agency that will lead the commitment.' })
  @IsOptional()
  @IsUUID()
  leadOrganizationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'SELECTED: a civil-society co-lead besides the proposing and co-sponsoring organisations; required when none of them is civil society.',
  })
  @IsOptional()
  @IsUUID()
  coLeadOrganizationId?: string | null;
}

@InputType()
export class CreateWorkingGroupInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field()
  @IsString()
  @IsVisibleText()
  @Length(3, 200)
  name!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  description!: string;
}

@InputType()
export class SaveDraftMilestonesInput {
  @Field(() => ID, { description: 'The MILESTONES section of a draft commitment.' })
  @IsUUID()
  sectionId!: string;

  @Field(() => [DraftMilestoneInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DraftMilestoneInput)
  milestones!: DraftMilestoneInput[];

  @Field(() => Int, { description: 'The version the milestones were edited from; a newer one saved meanwhile gives CONFLICT.' })
  @IsInt()
  @Min(0)
  baseVersion!: number;
}

@InputType()
export class SaveDraftSectionInput {
  @Field(() => ID)
  @IsUUID()
  sectionId!: string;

  @Field({ description: 'Markdown.' })
  @IsString()
  @MaxLength(50_000)
  text!: string;

  @Field(() => Int, { description: 'The version the text was edited from; a newer one saved meanwhile gives CONFLICT.' })
  @IsInt()
  @Min(0)
  baseVersion!: number;
}
