import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale, Role } from '@ogp-forum/domain';

export enum MemberStatus {
  /** Invited; has not set a password yet. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  /** Left the forum: cannot sign in until reactivated. */
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(MemberStatus, { name: 'MemberStatus' });

/** A user as the forum secretariat (and the user themself) sees them, e-mail included. Backed by the User entity. */
@ObjectType()
export class Member {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => Locale)
  locale!: Locale;

  @Field({ description: 'Whether the member chose their language themself; the web app then follows it after sign-in.' })
  localeChosen!: boolean;

  @Field()
  createdAt!: Date;
}
