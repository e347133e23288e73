import { Field, ID, InputType } from '@nestjs/graphql';
import { OgpValue } from '@ogp-forum/domain';
import { ArrayMaxSize, IsArray, IsEnum, IsString, IsUUID, Length, MaxLength } from 'class-validator';

@InputType()
export class CreateProposalInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field()
  @IsString()
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

  @Field(() => [OgpValue], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(OgpValue, { each: true })
  ogpValues!: OgpValue[];
}
