import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsISO8601, IsOptional, IsString, Length, Max, Min } from 'class-validator';

const date = { strict: true } as const;

/** The co-creation calendar: ISO dates, each the last day of its phase but the first; null while not planned. */
@InputType()
export class CoCreationCalendarInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601(date)
  callOpensOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601(date)
  callClosesOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601(date)
  reviewClosesOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601(date)
  draftingClosesOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Defaults to OGP\'s due date, 31 August of the year implementation starts.' })
  @IsOptional()
  @IsISO8601(date)
  dueOn?: string | null;
}

/** A new plan, opened for co-creation with its calendar. */
@InputType()
export class CreateActionPlanInput extends CoCreationCalendarInput {
  @Field(() => Int, { description: '4 for the 4th National Action Plan.' })
  @IsInt()
  @Min(1)
  @Max(99)
  number!: number;

  @Field()
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  titleKo?: string | null;

  @Field({ description: 'ISO date (YYYY-MM-DD): when implementation starts.' })
  @IsISO8601(date)
  periodStart!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @IsISO8601(date)
  periodEnd!: string;
}
