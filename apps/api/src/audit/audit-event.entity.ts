import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { GraphQLJSON } from 'graphql-type-json';
import { User } from '../users/user.entity.js';

/** One change to memberships, roles, organisations, plans or commitments: who, what, and the values before and after. */
@ObjectType()
@Entity('audit_events')
@Index(['entityType', 'entityId'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  actor?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field({ description: 'What happened, e.g. "member.invited", "member.role_changed".' })
  @Column({ type: 'text' })
  action!: string;

  @Field({ description: 'The kind of record changed, e.g. "User", "Organization", "Commitment".' })
  @Column({ type: 'text' })
  entityType!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  entityId!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Field()
  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
