import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Member } from '../../members/member.type.js';
import type { User } from '../../users/user.entity.js';

@ObjectType({ description: 'A signed-in session: the short-lived access token and who it belongs to.' })
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>"; valid for 15 minutes, then call refreshSession.' })
  accessToken!: string;

  @Field(() => Member)
  user!: User;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(128)
  currentPassword!: string;

  @Field()
  @IsString()
  @MinLength(12)
  @MaxLength(128)
  newPassword!: string;
}
