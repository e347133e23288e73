import { Field, ID, InputType } from '@nestjs/graphql';
import { Completion } from '@ogp-forum/domain';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

@InputType({ description: 'Narrows a plan\'s commitments; every given condition must hold.' })
export class CommitmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  leadOrganizationId?: string;

  @Field(() => Completion, { nullable: true })
  @IsOptional()
  @IsEnum(Completion)
  completion?: Completion;
}
