import { MigrationInterface, QueryRunner } from 'typeorm';

/** How each member hears of each topic (in the app, e-mail at once, daily digest); no row: the topic's default. */
export class NotificationPreferences1796300000001 implements MigrationInterface {
  name = 'NotificationPreferences1796300000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_topic" AS ENUM('MENTIONS', 'FOLLOWED_UPDATES', 'PROPOSAL_DECISIONS', 'MEETINGS')`);
    await queryRunner.query(`CREATE TYPE "public"."notification_delivery" AS ENUM('IN_APP', 'EMAIL', 'DAILY_DIGEST')`);
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "topic" "public"."notification_topic" NOT NULL, "delivery" "public"."notification_delivery" NOT NULL, CONSTRAINT "PK_notification_preferences" PRIMARY KEY ("user_id", "topic"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_notification_preferences_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TYPE "public"."notification_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."notification_topic"`);
  }
}
