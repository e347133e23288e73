import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

/** A one-time link for an invited member to set their password: valid 7 days, used once. Only its SHA-256 is kept. */
@ObjectType()
@Entity('invitations')
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: Relation<User>;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  invitedBy?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash!: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** When the link was used; a used link never works again. */
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** When a newer invitation replaced this one. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
