import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale, Role } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Locale, { name: 'Locale' });

@ObjectType({ description: 'A member of the forum or a registered citizen.' })
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Unique regardless of case (citext). Not exposed on the public type. */
  @Index({ unique: true })
  @Column({ type: 'citext' })
  email!: string;

  @Field()
  @Column()
  displayName!: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'SET NULL' })
  organization?: Relation<Organization> | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Field(() => Locale)
  @Column({ type: 'enum', enum: Locale, enumName: 'user_locale', default: Locale.en })
  locale!: Locale;

  /**
   * Whether the member chose `locale` themself (at sign-up, in their account settings, or with the language switch while
   * signed in). Only then does the web app switch to it at sign-in; until then it keeps the browser's language, and
   * `locale` is the language the secretariat invited them in.
   */
  @Column({ type: 'boolean', default: false })
  localeChosen!: boolean;

  /** argon2id; null until the invited person sets a password. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  /** Set when the secretariat deactivates a member who left: no sign-in, no session; their name stays on what they wrote. */
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
