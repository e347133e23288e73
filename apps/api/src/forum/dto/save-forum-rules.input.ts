import { Field, InputType, Int } from '@nestjs/graphql';
import { FORUM_RULES_MAX_LENGTH, Locale } from '@ogp-forum/domain';
import { IsEnum, IsInt, IsString, MaxLength, Min } from 'class-validator';

@InputType()
export class SaveForumRulesInput {
  @Field(() => Locale)
  @IsEnum(Locale)
  locale!: Locale;

  @Field({ description: 'Markdown.' })
  @IsString()
  @MaxLength(FORUM_RULES_MAX_LENGTH)
  text!: string;

  @Field(() => Int, { description: 'The version the text was edited from (0 for a first text); a newer one saved meanwhile gives CONFLICT.' })
  @IsInt()
  @Min(0)
  baseVersion!: number;
}
