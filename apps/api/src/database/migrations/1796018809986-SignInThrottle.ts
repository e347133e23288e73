import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins are counted in `sign_in_failures` (rate-limiter-flexible's PostgreSQL table, keyed per budget) instead
 * of a per-account lock on `users`, which told strangers who has an account and let them lock members out.
 */
export class SignInThrottle1796018809986 implements MigrationInterface {
  name = 'SignInThrottle1796018809986';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sign_in_failures" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "PK_sign_in_failures" PRIMARY KEY ("key"))`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locked_until"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "failed_logins"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "failed_logins" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`DROP TABLE "sign_in_failures"`);
  }
}
