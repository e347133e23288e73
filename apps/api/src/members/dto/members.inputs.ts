import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Locale, OrganizationKind, Role } from '@ogp-forum/domain';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Organization } from '../../organizations/organization.entity.js';
import { Member } from '../member.type.js';
import { IsVisibleText } from '../../common/validation/text.validators.js';

@InputType()
export class InviteMemberInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @IsVisibleText()
  @Length(1, 120)
  displayName!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for GOVERNMENT and CSO members.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => Locale, { defaultValue: Locale.en, description: 'The language of the invitation e-mail and of the account.' })
  @IsEnum(Locale)
  locale!: Locale;
}

@InputType()
export class UpdateMemberInput {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsVisibleText()
  @Length(1, 120)
  displayName?: string;
}

@InputType()
export class OrganizationInput {
  @Field()
  @IsString()
  @IsVisibleText()
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameKo?: string | null;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind!: OrganizationKind;
}

@ObjectType({ description: 'What an invitation link shows before the invitee sets a password.' })
export class InvitationPreview {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => Organization, { nullable: true })
  organization!: Organization | null;

  @Field()
  expiresAt!: Date;
}

@ObjectType()
export class InvitationSent {
  @Field(() => Member)
  member!: Member;

  @Field()
  expiresAt!: Date;
}

@InputType({ description: 'What a member changes on their own account; omitted fields stay as they are.' })
export class UpdateMyAccountInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsVisibleText()
  @Length(1, 120)
  displayName?: string;

  @Field(() => Locale, { nullable: true, description: 'The language of the web app after sign-in, of e-mails and of error messages.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}
