import { Field, ID, InputType } from '@nestjs/graphql';
import { Completion } from '@ogp-forum/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsString, IsUrl, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsVisibleText } from '../../common/validation/text.validators.js';

@InputType()
export class MilestoneCompletionInput {
  @Field(() => ID)
  @IsUUID()
  milestoneId!: string;

  @Field(() => Completion)
  @IsEnum(Completion)
  completion!: Completion;
}

@InputType()
export class PostProgressUpdateInput {
  @Field(() => ID)
  @IsUUID()
  commitmentId!: string;

  @Field({ description: 'Markdown: what was done, what is behind schedule and why, what comes next.' })
  @IsString()
  @IsVisibleText()
  @MaxLength(20_000)
  body!: string;

  @Field(() => Completion, { description: 'The completion level of the commitment after this update.' })
  @IsEnum(Completion)
  completion!: Completion;

  @Field(() => [String], { defaultValue: [], description: 'Links to evidence: documents, pages, data.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'each evidence link must be an http(s) address' })
  evidenceLinks!: string[];

  @Field(() => [MilestoneCompletionInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneCompletionInput)
  milestones!: MilestoneCompletionInput[];
}
