import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

/**
 * One sign-in on one device: the family of its rotating refresh tokens. Revoking it signs that device out;
 * a refresh token presented twice revokes it too (someone copied the token).
 */
@ObjectType('Session')
@Entity('sessions')
export class Session {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: Relation<User>;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @Field({ description: 'The browser or client that signed in, as it described itself.' })
  @Column({ type: 'text', default: '' })
  userAgent!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  ip!: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  lastUsedAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}

/** A refresh token of a session; only its SHA-256 is stored. Each is used once and replaced by the next. */
@Entity('refresh_tokens')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  session?: Relation<Session>;

  @Index()
  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Set when the token was exchanged for the next one; a second use is a theft signal, past the reuse window. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** The token it was exchanged for, whose secret is derived from this one's (tokens.ts successorSecret). */
  @ManyToOne(() => RefreshToken, { nullable: true, onDelete: 'SET NULL' })
  replacedBy?: Relation<RefreshToken> | null;

  @Column({ type: 'uuid', nullable: true })
  replacedById!: string | null;
}
