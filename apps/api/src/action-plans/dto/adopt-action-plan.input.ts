import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsVisibleText } from '../../common/validation/text.validators.js';

/** A theme of the adopted plan, e.g. "1. Proactive disclosure of public information". */
@InputType()
export class AdoptedThemeInput {
  @Field(() => Int, { description: 'The number the plan gives the theme; the first part of its commitments\' codes.' })
  @IsInt()
  @Min(1)
  @Max(99)
  position!: number;

  @Field()
  @IsString()
  @IsVisibleText()
  @Length(3, 300)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  titleKo?: string | null;
}

/** A signed-off draft commitment taken into the plan, in the order of the codes under its theme. */
@InputType()
export class AdoptedCommitmentInput {
  @Field(() => ID)
  @IsUUID()
  draftCommitmentId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(99)
  themePosition!: number;

  @Field(() => String, { nullable: true, description: 'ISO date; the plan\'s first day when left out.' })
  @IsOptional()
  @IsCalendarDate()
  start?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date; the plan\'s last day when left out.' })
  @IsOptional()
  @IsCalendarDate()
  end?: string | null;

  @Field(() => ID, { nullable: true, description: 'The ministry member who reports on it; by default the one who signed it off for the government.' })
  @IsOptional()
  @IsUUID()
  pointOfContactId?: string | null;

  @Field(() => String, { nullable: true, description: 'The objective in one sentence.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  titleKo?: string | null;
}

/** A draft commitment that does not go into the plan, with the reason published beside it. */
@InputType()
export class LeftOutDraftInput {
  @Field(() => ID)
  @IsUUID()
  draftCommitmentId!: string;

  @Field()
  @IsString()
  @IsVisibleText()
  @Length(10, 2000)
  reason!: string;
}

@InputType()
export class AdoptActionPlanInput {
  @Field(() => [AdoptedThemeInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AdoptedThemeInput)
  themes!: AdoptedThemeInput[];

  @Field(() => [AdoptedCommitmentInput])
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AdoptedCommitmentInput)
  commitments!: AdoptedCommitmentInput[];

  @Field(() => [LeftOutDraftInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => LeftOutDraftInput)
  leftOut!: LeftOutDraftInput[];
}
