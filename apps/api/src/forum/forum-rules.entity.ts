import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Locale } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

/**
 * The forum's basic rules in one language (OGP 1.1), public. Kept like a report's written sections: every save is a
 * numbered version, and a save based on an older version is a CONFLICT, never an overwrite.
 */
@ObjectType({ description: 'The forum\'s basic rules in one language; version 0 while nothing was written.' })
@Entity('forum_rules')
export class ForumRules {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Locale)
  @Column({ type: 'enum', enum: Locale, enumName: 'forum_rules_locale', unique: true })
  locale!: Locale;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text', default: '' })
  text!: string;

  @Field(() => Int, { description: 'Give it back as baseVersion when saving; 0 while nothing was written.' })
  @Column({ type: 'int', default: 0 })
  version!: number;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  updatedBy?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the current version was saved.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date | null;

  @Field({ description: 'The current version was loaded from the seed document, not written in the forum.' })
  @Column({ type: 'boolean', default: false })
  seeded!: boolean;
}

@ObjectType({ description: 'One saved version of the basic rules.' })
@Entity('forum_rules_versions')
@Unique(['rulesId', 'version'])
export class ForumRulesVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ForumRules, { onDelete: 'CASCADE' })
  rules?: Relation<ForumRules>;

  @Column({ type: 'uuid' })
  rulesId!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  version!: number;

  @Field()
  @Column({ type: 'text' })
  text!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  author?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field({ description: 'Loaded from the seed document (or an imported archive\'s seeded version), not written in the forum.' })
  @Column({ type: 'boolean', default: false })
  seeded!: boolean;
}
