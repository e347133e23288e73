import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { MeetingKind } from '@ogp-forum/domain';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, IsVisibleText } from '../../common/validation/text.validators.js';

export enum MeetingTimeFilter {
  /** Not yet over, soonest first (a meeting in progress counts). */
  UPCOMING = 'UPCOMING',
  /** Over, most recent first. */
  PAST = 'PAST',
}
registerEnumType(MeetingTimeFilter, { name: 'MeetingTimeFilter' });

const URL_OPTIONS = { protocols: ['https', 'http'], require_protocol: true };

@InputType()
export class MeetingDetailsInput {
  @Field()
  @IsString()
  @IsVisibleText()
  @Length(3, 200)
  title!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20_000)
  description!: string;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Video call link; shown to forum members only.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  onlineUrl?: string | null;
}

@InputType()
export class CreateMeetingInput extends MeetingDetailsInput {
  @Field(() => MeetingKind, { defaultValue: MeetingKind.REGULAR })
  @IsEnum(MeetingKind)
  kind!: MeetingKind;
}

@InputType()
export class AgendaItemInput {
  @Field()
  @IsString()
  @IsVisibleText()
  @Length(2, 300)
  title!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  commitmentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  proposalId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  presenterId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An open action item of an earlier meeting that this item follows up.' })
  @IsOptional()
  @IsUUID()
  actionItemId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(480)
  minutesAllotted?: number | null;
}

@InputType()
export class AddAgendaItemInput extends AgendaItemInput {
  @Field(() => ID)
  @IsUUID()
  meetingId!: string;
}

@InputType()
export class SaveMinutesInput {
  @Field(() => ID)
  @IsUUID()
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item whose minutes these are; none for the summary.' })
  @IsOptional()
  @IsUUID()
  agendaItemId?: string | null;

  @Field({ description: 'Markdown.' })
  @IsString()
  @MaxLength(50_000)
  text!: string;

  @Field(() => Int, { description: 'The version the text was edited from; a newer one saved meanwhile gives CONFLICT.' })
  @IsInt()
  @Min(0)
  baseVersion!: number;
}

@InputType()
export class AddDecisionInput {
  @Field(() => ID)
  @IsUUID()
  meetingId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agendaItemId?: string | null;

  @Field()
  @IsString()
  @IsVisibleText()
  @Length(3, 2000)
  text!: string;
}

@InputType()
export class AddActionItemInput {
  @Field(() => ID)
  @IsUUID()
  meetingId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agendaItemId?: string | null;

  @Field()
  @IsString()
  @IsVisibleText()
  @Length(3, 500)
  title!: string;

  @Field(() => ID)
  @IsUUID()
  assigneeId!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @IsCalendarDate()
  dueDate!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  commitmentId?: string | null;
}

@InputType()
export class AmendMinutesInput {
  @Field(() => ID)
  @IsUUID()
  meetingId!: string;

  @Field({ description: 'Markdown: what is corrected or added.' })
  @IsString()
  @IsVisibleText()
  @Length(3, 20_000)
  body!: string;

  @Field()
  @IsString()
  @IsVisibleText()
  @Length(3, 1000)
  reason!: string;
}
