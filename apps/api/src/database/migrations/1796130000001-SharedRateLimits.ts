import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-minute budgets (sign-in attempts per address, changes per member, live events per member) are counted in
 * `rate_limits` (rate-limiter-flexible's PostgreSQL table, keyed per budget) so that N api instances allow what one does.
 */
export class SharedRateLimits1796130000001 implements MigrationInterface {
  name = 'SharedRateLimits1796130000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rate_limits" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "PK_rate_limits" PRIMARY KEY ("key"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limits"`);
  }
}
