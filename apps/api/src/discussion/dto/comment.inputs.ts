import { Field, ID, InputType } from '@nestjs/graphql';
import { COMMENT_MAX_LENGTH, SubjectType } from '@ogp-forum/domain';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsVisibleText } from '../../common/validation/text.validators.js';

@InputType()
export class PostCommentInput {
  @Field(() => SubjectType)
  @IsEnum(SubjectType)
  subjectType!: SubjectType;

  @Field(() => ID)
  @IsUUID()
  subjectId!: string;

  @Field({ description: `Markdown, at most ${COMMENT_MAX_LENGTH} characters. Mention members as @[Name](member-id).` })
  @IsString()
  @IsVisibleText()
  @MaxLength(COMMENT_MAX_LENGTH, { message: `body must be at most ${COMMENT_MAX_LENGTH} characters` })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The comment this replies to; replies are one level deep.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Chosen by the client for this post; sending the same key again stores nothing new.' })
  @IsOptional()
  @IsString()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsString()
  @IsVisibleText()
  @MaxLength(COMMENT_MAX_LENGTH, { message: `body must be at most ${COMMENT_MAX_LENGTH} characters` })
  body!: string;
}

@InputType()
export class HideCommentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: 'Shown in the thread instead of the comment.' })
  @IsString()
  @IsVisibleText()
  @Length(3, 500)
  reason!: string;
}

@InputType()
export class FlagCommentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: 'Why the comment needs the secretariat\'s attention; they read it in the moderation queue.' })
  @IsString()
  @IsVisibleText()
  @Length(3, 500)
  reason!: string;
}
