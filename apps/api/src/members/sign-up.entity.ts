import { Locale } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A citizen's sign-up waiting for its e-mail to be confirmed. No account exists until the one-time link is opened: the
 * password chosen at sign-up travels with the link (argon2id), so a later sign-up for the same address cannot swap it,
 * and an address nobody confirmed never holds an account. Only the link's SHA-256 is kept.
 */
@Entity('sign_ups')
export class SignUp {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_sign_ups_id' })
  id!: string;

  @Index('IDX_sign_ups_email')
  @Column({ type: 'citext' })
  email!: string;

  @Column()
  displayName!: string;

  @Column({ type: 'enum', enum: Locale, enumName: 'user_locale', default: Locale.en })
  locale!: Locale;

  @Column({ type: 'text' })
  passwordHash!: string;

  @Index('IDX_sign_ups_token_hash', { unique: true })
  @Column({ type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** When the link was used; a used link never works again. */
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;
}
