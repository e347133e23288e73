import { Field, InputType, Int, IntersectionType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsCalendarDate, IsVisibleText } from '../../common/validation/text.validators.js';

/** The co-creation calendar: ISO dates, each the last day of its phase but the first; null while not planned. */
@InputType()
export class CoCreationCalendarInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  callOpensOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  callClosesOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  reviewClosesOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  draftingClosesOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Defaults to OGP\'s due date, 31 August of the year implementation starts.' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;
}

/** A plan's own details, as the secretariat corrects them: its titles and its period. */
@InputType()
export class UpdateActionPlanInput {
  @Field()
  @IsString()
  @IsVisibleText()
  @Length(3, 200)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsVisibleText()
  @Length(2, 200)
  titleKo?: string | null;

  @Field({ description: 'ISO date (YYYY-MM-DD): when implementation starts.' })
  @IsCalendarDate()
  periodStart!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @IsCalendarDate()
  periodEnd!: string;
}

/** A new plan, opened for co-creation with its calendar: its number, its details and the calendar. */
@InputType()
export class CreateActionPlanInput extends IntersectionType(UpdateActionPlanInput, CoCreationCalendarInput) {
  @Field(() => Int, { description: '4 for the 4th National Action Plan.' })
  @IsInt()
  @Min(1)
  @Max(99)
  number!: number;
}
