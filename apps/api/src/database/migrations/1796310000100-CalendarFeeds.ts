import { MigrationInterface, QueryRunner } from 'typeorm';

/** Personal calendar feeds: a secret URL per member, kept as its SHA-256. */
export class CalendarFeeds1796310000100 implements MigrationInterface {
  name = 'CalendarFeeds1796310000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_feeds" ("user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_calendar_feeds_token_hash" UNIQUE ("token_hash"), CONSTRAINT "PK_calendar_feeds" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_calendar_feeds_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
  }
}
