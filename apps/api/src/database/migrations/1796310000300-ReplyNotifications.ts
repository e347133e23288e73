import { MigrationInterface, QueryRunner } from 'typeorm';

/** The author of a comment hears of a reply to it; replies and moderation of one's comments are a notification topic. */
export class ReplyNotifications1796310000300 implements MigrationInterface {
  name = 'ReplyNotifications1796310000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'REPLY'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_topic" ADD VALUE IF NOT EXISTS 'REPLIES'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE kind = 'REPLY'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('MENTION', 'FOLLOWED_UPDATE', 'MEETING_RESCHEDULED', 'MEETING_CANCELLED', 'ACTION_ITEM_ASSIGNED', 'PROPOSAL_DECIDED', 'PROPOSAL_SUBMITTED', 'PROPOSAL_SELECTED_AS_LEAD', 'COMMENT_HIDDEN')`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind" USING "kind"::text::"public"."notification_kind"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind_old"`);
    await queryRunner.query(`DELETE FROM "notification_preferences" WHERE topic = 'REPLIES'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_topic" RENAME TO "notification_topic_old"`);
    await queryRunner.query(`CREATE TYPE "public"."notification_topic" AS ENUM('MENTIONS', 'FOLLOWED_UPDATES', 'PROPOSAL_DECISIONS', 'MEETINGS')`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ALTER COLUMN "topic" TYPE "public"."notification_topic" USING "topic"::text::"public"."notification_topic"`);
    await queryRunner.query(`DROP TYPE "public"."notification_topic_old"`);
  }
}
